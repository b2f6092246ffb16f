"""A forty-eighth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 46: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one technology, media and consumer week
in early March (phone and gadget launches at and around the Barcelona mobile fair, app, cloud,
bank and card-payment outages, ransomware attacks and data leaks, courts and regulators ruling on
platforms and AI, telecom and media mergers, streaming series, prices and live sport, video
games, broadcasters and newspapers with strikes, closures and editors resigning, consumer
recalls and price rises) as a reader's tech and media feeds carry it at daily-digest density: 39
to 49 items a day (48, 48, 48, 49, 39, 41 and 41 from Monday to Sunday), spanning 6.0 to 165.0
hours. It holds 314 items under 132 labels: 108 stories and 24 hard negatives; 45 labels in
English (115 items), 13 in German (32 items), French and Russian (30 items each), 12 in
Spanish, Italian and Dutch (27 items each) and Portuguese (26 items). Big stories are carried by
two to four outlets over a day (a wire flash or teaser first, then a fuller page, a quote-led or
reaction piece hours later that names the event only by its place, its actor or one detail:
"'A phone you forget to charge,' Ellison tells Olympia crowd", "'Too many eggs in one basket':
MPs round on cloud giant", „Ein Sieg für alle Betroffenen“ – Ärztin nach dem Urteil aus
Karlsruhe erleichtert, «Я не готов делать новости без новостей», — Савельев о своём уходе),
and sixteen of them have a next-day follow-up with a new fact 16 to 24 hours after the first
copy (the Brightwave chief stepping down, Hartwell's staff records published, the Brackley
pupils' data confirmed stolen, the Courier staff's bid, Pulse 9 pre-orders sold out, Nimbra's
configuration update, the Shetland repair ship, Starfall's five million players, the Alpenet
works council, the Lindenau ransom demand, the Alizé suspect arrested in Rennes, the
Роскомнадзор protocol against «Быстрокорзина», the Villaseca ransom demand, the Valdora students'
data published, the Casa Lumiar suspect arrested, the Veendijk ransom demand). 66 labels have
two copies, 49 three, 6 four, and 11 stories are told by one outlet. 121 stories and hard
negatives have a teaser copy whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list
(compared by script), three each, each in its story's language. Four are two events on the
SAME day at the same firm, 7 to 11.5 hours apart: a phone maker's new model unveiled and an
outage of the same maker's cloud service (Corvane's Pulse 9 in London, Brenntal's Vela 3 in
Barcelona, Jandaia's J10 in São Paulo); a streaming service's price rise announced in the
morning and the same service failing during a live broadcast that evening (Lumio and a title
fight, Ondina and a derby, Visio+ and a talent-show final); a broadcaster's news chief resigning
and a cyberattack taking the same broadcaster off air (Canal Horizon, RTV Kempen, «Полярный»);
two telecom operators agreeing to merge and a network outage at one of them (Tessaline and
Brightwave, Nordfunk and Alpenet, Movilink and Telecable del Sur). Four fall days later, 60 to
96 hours apart: a data-protection authority's fine on a social platform and the same authority
ordering an AI chatbot suspended (the CNIL, the Garante, the Autoriteit Persoonsgegevens); a
phone maker's new model unveiled and a recall of chargers or batteries for its previous model
(Fernwerk, Lusofone, «Заря»); a newspaper's journalists on strike and a libel ruling against the
same newspaper (the Gazzetta del Lario, the Utrechts Avondblad, «Волжский вестник»); a
competition authority clearing a media takeover and the same authority blocking another deal
(the Autorité de la concurrence, the CNMC, the Autoridade da Concorrência). Twelve hard
negatives fall within 48 hours of their story, twelve beyond it.

The week also stresses what a tech and media desk really carries side by side: the same few
big firms in several different stories and languages the same week (Corvane's launch, its
cloud failure, its app-store ruling, its stolen phones and its French conviction; Lumio's
finale record, renewal, price rises in Britain and Germany, failed fight stream, rugby rights,
podcast deal and series shot in Marseille, Gent and Galicia; Vexa sued by families, fined by
Ofcom, the Garante and a Moscow court, ordered by the BGH to delete fake profiles, suspended in
Brazil, down worldwide and launching a paid tier; Quillon losing a copyright case, releasing a
model and blocked in Italy; Brightforge's delay and blocked takeover; Alizé Télécom's leak and
price rise), several phone launches, several outages, several ransomware attacks with ransom
demands, several newspapers closing or striking, and several price rises and recalls.

What "same story" means here: one event (one launch, one outage, one attack or leak, one
ruling or fine, one merger or takeover decision, one price rise, one recall, one strike, one
resignation, one closure, one release or audience record) in that event's news cycle, including
a next-day follow-up with a new fact. Not the same story: another event of the same kind or
with the same actor, even at the same firm, broadcaster, newspaper or regulator on the same day.
A label with a suffix after a slash is a hard negative of the story before the slash
(categories in `HARD_NEGATIVES`). No story has more than four copies, and every story's copies
fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, firms, products, titles, shows and towns (Corvane, Lumio, Vexa, Quillon, Nimbra,
Tessaline, Brightforge, Alizé Télécom, Brenntal, Lindenau, Villaseca del Júcar, Valdora,
Veendijk) are invented here; real places and bodies appear only as backdrop (Olympia, Gatwick,
Shetland, the High Court, Ofcom, the CMA, the Competition Appeal Tribunal, the Information
Commissioner's Office, the Bundesgerichtshof, the Landgericht Köln, the CNIL, the Autorité de
la concurrence, the tribunal de Paris, the CNMC, the Supremo, the Garante, the Agcom, the
Autoridade da Concorrência, the ANPD, the Autoriteit Persoonsgegevens, Роскомнадзор,
Росстандарт, Barcelona, Marseille, Murmansk, Sevilla, Como, Aveiro, Gent).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 46's docstring and first lines were read for the
format only; earlier sets were only compared by script for clashing labels, texts and
categories), and never run through the merging code before its one scoring run,
`python -m bench.stories --round48`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-tessaline-brightwave-merger",
        "Tessaline and Brightwave agree £6.2bn merger",
        "The deal would create Britain's largest mobile operator by customers.",
        7.0,
    ),
    (
        "en-tessaline-brightwave-merger",
        "Tessaline to merge with Brightwave in £6.2bn deal creating 31m-customer network",
        "The two mobile operators said on Monday they would combine their networks and close "
        "overlapping shops, promising £3bn of investment in rural coverage over five years.",
        7.5,
    ),
    (
        "en-tessaline-brightwave-merger",
        "Union fears 2,000 shop jobs will go in mobile tie-up",
        "The Connect Workers' union said the overlap of high-street stores made closures "
        "inevitable and asked ministers to demand guarantees before the deal is cleared.",
        12.0,
    ),
    (
        "en-tessaline-brightwave-merger",
        "Brightwave chief to step down once merger completes",
        "Rosalind Achebe will leave when the combined company is formed, Tessaline said on "
        "Tuesday, as the competition watchdog confirmed it would open a formal review.",
        30.0,
    ),
    (
        "en-tessaline-brightwave-merger/network-outage",
        "Tessaline network down across northern England",
        "Customers lost calls and mobile data for much of Monday afternoon.",
        15.0,
    ),
    (
        "en-tessaline-brightwave-merger/network-outage",
        "Tessaline outage leaves hundreds of thousands without signal from Leeds to Newcastle",
        "The operator said a software fault at a switching centre in Sheffield cut calls, texts "
        "and data for about four hours; emergency calls were routed through rival networks.",
        15.8,
    ),
    (
        "en-tessaline-brightwave-merger/network-outage",
        "'I couldn't call the school,' says mother as phones fall silent",
        "Tessaline customers from Leeds to Newcastle described an afternoon without signal; the "
        "company said service had returned by 7pm and promised automatic refunds.",
        19.0,
    ),
    (
        "en-lantern-keepers-finale",
        "The Lantern Keepers finale watched by 14m",
        "Lumio says the fantasy drama set a record for a UK series.",
        8.0,
    ),
    (
        "en-lantern-keepers-finale",
        "Record 14 million watch The Lantern Keepers finale on Lumio",
        "The streaming service said Sunday night's last episode of the fantasy drama was the most "
        "watched programme in its British history, beating last year's crime series by three "
        "million.",
        8.5,
    ),
    (
        "en-lantern-keepers-finale",
        "Fans split over the ending of the lighthouse saga",
        "Many viewers said the final scene of The Lantern Keepers left too many questions, while "
        "its writer Idris Mallory said the ambiguity was deliberate.",
        13.0,
    ),
    (
        "en-kestrel-orbix-price-rise",
        "Orbix console to cost £50 more",
        "Kestrel Interactive blames higher memory chip prices.",
        9.0,
    ),
    (
        "en-kestrel-orbix-price-rise",
        "Kestrel raises price of Orbix console by £50 from April",
        "The games company said the standard model would cost £499 and the digital edition £449, "
        "pointing to the cost of memory chips and shipping.",
        9.6,
    ),
    (
        "en-kestrel-orbix-price-rise",
        "Gamers angry as console gets dearer five years after launch",
        "Players and retailers said it was rare for a machine to cost more so late in its life; "
        "Kestrel said it had 'no choice' after absorbing rising costs for two years.",
        14.0,
    ),
    (
        "en-hartwells-ransomware",
        "Hartwell's stores hit by cyber attack",
        "Card payments failed in most branches on Monday.",
        10.0,
    ),
    (
        "en-hartwells-ransomware",
        "Ransomware attack forces Hartwell's to take cash only at 140 department stores",
        "The retailer said criminals had encrypted its payment and stock systems overnight and "
        "that its website would stay closed while specialists worked to restore them.",
        11.0,
    ),
    (
        "en-hartwells-ransomware",
        "Hackers publish Hartwell's staff records after ransom refused",
        "A criminal gang put the names, addresses and bank details of about 9,000 employees online "
        "on Tuesday, a day after the retailer's tills went down.",
        30.0,
    ),
    (
        "en-orrin-trifold-barcelona",
        "Orrin shows a phone that folds twice",
        "The tri-fold handset was the talk of the Barcelona mobile fair.",
        11.0,
    ),
    (
        "en-orrin-trifold-barcelona",
        "Orrin Mobile unveils tri-fold phone at Barcelona fair, priced at €2,499",
        "The maker's device opens from a phone into a ten-inch tablet in two steps; it will go on "
        "sale in Europe in May, the company said on Monday.",
        11.5,
    ),
    (
        "en-orrin-trifold-barcelona",
        "Hands-on: the double-folding phone is clever but heavy",
        "After an hour with Orrin's new handset at the fair, our reviewer found the hinges solid "
        "but the weight, 310 grams, hard to ignore.",
        16.0,
    ),
    (
        "en-brightforge-ashen-crown-delay",
        "Ashen Crown delayed to 2027",
        "Brightforge pushes back its biggest game by a year.",
        16.5,
    ),
    (
        "en-brightforge-ashen-crown-delay",
        "Brightforge delays Ashen Crown to 2027 and warns on profits",
        "The publisher said its fantasy role-playing game needed more time and that profits this "
        "year would come in about a fifth below forecasts; its shares fell 14% in early trading.",
        17.0,
    ),
    (
        "en-vexa-families-lawsuit",
        "Families sue Vexa over teenagers' deaths",
        "Seven families bring a High Court claim over harmful content.",
        20.0,
    ),
    (
        "en-vexa-families-lawsuit",
        "Seven bereaved families launch High Court claim against Vexa",
        "The parents say the platform's recommendation system pushed self-harm videos to their "
        "children and are seeking damages and changes to the app's design; Vexa said it would "
        "defend the case.",
        20.5,
    ),
    (
        "en-fibrelink-broadband-price",
        "Fibrelink broadband bills to rise 7%",
        "Increase applies to all customers from April.",
        26.0,
    ),
    (
        "en-fibrelink-broadband-price",
        "Fibrelink to raise broadband prices by 7% as mid-contract rises continue",
        "The provider said the increase, worth about £3 a month on an average bill, was set out in "
        "its contracts, despite calls from consumer groups to scrap such rises.",
        26.5,
    ),
    (
        "en-brackley-schools-cyberattack",
        "Cyber attack hits 12 schools",
        "Brackley Academy Trust systems down; pupils told to bring paper.",
        29.0,
    ),
    (
        "en-brackley-schools-cyberattack",
        "Cyber attack shuts computer systems at 12 Brackley Academy Trust schools",
        "The trust said registers, email and lesson plans were unavailable from Tuesday morning "
        "and that coursework stored on its servers might have been affected.",
        29.5,
    ),
    (
        "en-brackley-schools-cyberattack",
        "Pupils' data stolen in schools hack, trust confirms",
        "Brackley Academy Trust told parents on Wednesday that names, dates of birth and some "
        "medical notes of about 8,000 pupils had been copied by the attackers.",
        47.5,
    ),
    (
        "en-northern-courier-closure",
        "Northern Courier to close after 163 years",
        "Owner Halvard Media says the paper's last edition will be on 28 March.",
        30.5,
    ),
    (
        "en-northern-courier-closure",
        "Halvard Media to close the Northern Courier, putting 95 jobs at risk",
        "The owner of the Newcastle daily said print sales had fallen below 20,000 and online "
        "revenue could not carry the newsroom, ending a title first printed in 1863.",
        31.0,
    ),
    (
        "en-northern-courier-closure",
        "'It was the town's memory': readers mourn their daily paper",
        "Former editors and readers in Newcastle said the loss of the Courier would leave council "
        "meetings and magistrates' courts unreported.",
        36.0,
    ),
    (
        "en-northern-courier-closure",
        "Staff of closing Courier launch bid to buy the paper",
        "Journalists at the Newcastle title said on Wednesday they had raised pledges of £400,000 "
        "and asked Halvard Media to sell them the masthead instead of closing it.",
        50.0,
    ),
    (
        "en-high-court-quillon-copyright",
        "Quillon AI loses copyright case brought by photographers",
        "The High Court ruled the firm's image tool copied protected work.",
        35.0,
    ),
    (
        "en-high-court-quillon-copyright",
        "High Court rules Quillon's image generator infringed photographers' copyright",
        "Mr Justice Hamblin found that the AI company trained its system on 40,000 pictures from a "
        "stock agency without a licence and that some outputs reproduced them closely.",
        35.5,
    ),
    (
        "en-high-court-quillon-copyright",
        "Photographers hail 'David and Goliath' win over AI firm",
        "Members of the Freelance Lens collective who brought the claim said Tuesday's judgment "
        "would force developers to pay for the pictures they train on.",
        40.0,
    ),
    (
        "en-corvane-pulse-launch",
        "Corvane unveils Pulse 9 with week-long battery",
        "The phone maker showed its new flagship in London on Tuesday.",
        38.0,
    ),
    (
        "en-corvane-pulse-launch",
        "Corvane Pulse 9: thinner body, a week of battery and a £1,099 price tag",
        "Corvane's chief executive Mara Ellison showed the new flagship phone to 2,000 guests at "
        "Olympia on Tuesday, promising seven days between charges and a camera that films in the "
        "dark.",
        38.4,
    ),
    (
        "en-corvane-pulse-launch",
        "'A phone you forget to charge,' Ellison tells Olympia crowd",
        "Reviewers who handled the handset after the show praised the battery claim but called the "
        "price hard to justify in a squeezed year.",
        41.5,
    ),
    (
        "en-corvane-pulse-launch",
        "Pulse 9 pre-orders sell out in six hours, Corvane says",
        "The first shipment of the new phone was gone by Wednesday morning, the company said, and "
        "delivery dates for later orders have slipped to April.",
        56.0,
    ),
    (
        "en-corvane-pulse-launch/cloud-outage",
        "Corvane Cloud goes down for millions of users",
        "Photos, backups and phone-finding service stop working.",
        45.0,
    ),
    (
        "en-corvane-pulse-launch/cloud-outage",
        "Corvane apologises after three-hour cloud failure on launch night",
        "Users could not reach stored photos or back up their devices from about 9pm until after "
        "midnight; the company blamed a fault in a data centre in Virginia and said no files were "
        "lost.",
        49.0,
    ),
    (
        "en-nimbra-cloud-outage",
        "Nimbra Cloud outage knocks banking apps offline",
        "Several banks and retailers reported failures early on Wednesday.",
        52.0,
    ),
    (
        "en-nimbra-cloud-outage",
        "Banking apps, rail tickets and supermarket tills hit as Nimbra Cloud fails",
        "A failure at Nimbra's data centres in Dublin and Frankfurt left customers of four "
        "high-street banks unable to log in for most of Wednesday morning, while train operators "
        "switched to paper tickets.",
        53.0,
    ),
    (
        "en-nimbra-cloud-outage",
        "'Too many eggs in one basket': MPs round on cloud giant",
        "The chair of the Treasury committee said Wednesday's failure showed banks had become "
        "dangerously dependent on a single provider and asked regulators for an urgent review.",
        58.0,
    ),
    (
        "en-nimbra-cloud-outage",
        "Nimbra blames botched configuration update for Wednesday's failure",
        "The company said on Thursday that a routine change to its network settings had spread to "
        "every region within minutes, and that it would compensate business customers.",
        73.0,
    ),
    (
        "en-albion-tv-strike",
        "Albion Television journalists strike",
        "Breakfast news replaced by repeats as staff walk out over cuts.",
        55.0,
    ),
    (
        "en-albion-tv-strike",
        "Albion Television news staff walk out over plan to cut 300 jobs",
        "Journalists at the commercial broadcaster began a 24-hour strike on Wednesday morning, "
        "taking its breakfast programme off air; the company said cuts were needed as advertising "
        "shrinks.",
        56.5,
    ),
    (
        "en-albion-tv-strike",
        "Repeats of a cookery show fill the slot where the news should be",
        "Albion's 6pm bulletin was replaced by an old episode of Kitchen Rescue as the walkout "
        "held and picket lines formed outside its Salford studios.",
        63.0,
    ),
    (
        "en-ofcom-fine-vexa",
        "Ofcom fines Vexa £18m over child safety",
        "The regulator said the platform failed to check users' ages.",
        60.0,
    ),
    (
        "en-ofcom-fine-vexa",
        "Vexa fined £18m for letting under-13s sign up without age checks",
        "Ofcom said the video platform had relied on users typing in a date of birth and had "
        "ignored its own reports that children were joining in large numbers.",
        60.5,
    ),
    (
        "en-pellion-ring-launch",
        "Pellion launches its first smart ring",
        "The wearable tracks sleep and heart rate for £279.",
        66.0,
    ),
    (
        "en-pellion-ring-launch",
        "Fitness tracker maker Pellion unveils £279 smart ring with ten-day battery",
        "The Oxford company's ring measures sleep, heart rate and temperature and syncs with its "
        "app; it goes on sale in April in six sizes.",
        66.5,
    ),
    (
        "en-gracechurch-renewed",
        "Lumio renews Gracechurch for a third series",
        "The legal drama starring Helen Marchetti will return next year after the second series "
        "drew the service's biggest audience for a British-made show in the autumn.",
        67.5,
    ),
    (
        "en-vantis-chip-plant",
        "Vantis to build £900m chip plant in Newport",
        "The factory would employ 700 people from 2029.",
        70.0,
    ),
    (
        "en-vantis-chip-plant",
        "Vantis Semiconductors picks Newport for £900m chip factory",
        "The company said the plant, backed by a £150m government grant, would make power chips "
        "for electric cars and employ about 700 people when it opens in 2029.",
        70.5,
    ),
    (
        "en-skylace-satellite-texting",
        "Skylace starts satellite texting for UK phones",
        "Customers can send messages where there is no mobile signal.",
        76.0,
    ),
    (
        "en-skylace-satellite-texting",
        "Skylace launches satellite messaging for ordinary phones across the UK",
        "The satellite company said texts and emergency calls would work on most phones sold since "
        "2022 in areas without masts, for £4 a month on top of a normal contract.",
        76.5,
    ),
    (
        "en-nestwell-baby-monitor-recall",
        "Baby monitors recalled over hacking flaw",
        "Nestwell says strangers could view camera feeds.",
        78.0,
    ),
    (
        "en-nestwell-baby-monitor-recall",
        "Nestwell recalls 45,000 baby monitors after flaw let strangers watch feeds",
        "The company said a weakness in the cameras' software allowed anyone who knew a device's "
        "serial number to view its video and is offering free replacements.",
        78.6,
    ),
    (
        "en-nestwell-baby-monitor-recall",
        "Parents describe hearing a stranger's voice through monitor",
        "Families who reported the flaw to Nestwell said the firm was slow to act; one mother in "
        "Derby heard a man speaking to her son at night.",
        83.0,
    ),
    (
        "en-lumio-price-rise",
        "Lumio raises UK prices",
        "The standard plan goes up to £12.99 a month.",
        80.0,
    ),
    (
        "en-lumio-price-rise",
        "Lumio puts up UK subscription prices for the second time in 14 months",
        "The streaming service said its standard plan would rise by £1.50 to £12.99 and its "
        "ad-supported plan by £1 from next month, citing spending on sport and new series.",
        80.6,
    ),
    (
        "en-lumio-price-rise",
        "'It's the second rise in a year': subscribers threaten to cancel",
        "Viewers said Thursday's increase would push them to drop Lumio, while analysts noted that "
        "few had cancelled after the last rise.",
        84.0,
    ),
    (
        "en-lumio-price-rise/live-crash",
        "Lumio crashes during title fight",
        "Viewers miss the knockout as the stream freezes.",
        91.5,
    ),
    (
        "en-lumio-price-rise/live-crash",
        "Lumio stream fails for thousands during heavyweight title fight",
        "Subscribers who paid an extra £19.99 for Thursday night's bout in Manchester saw error "
        "screens for 40 minutes, missing the seventh-round knockout; Lumio promised refunds.",
        93.0,
    ),
    (
        "en-tribunal-zipcart-riders",
        "Zipcart riders are workers, tribunal rules",
        "The grocery app must pay holiday and minimum wage to 14,000 couriers.",
        82.0,
    ),
    (
        "en-tribunal-zipcart-riders",
        "Employment tribunal rules Zipcart delivery riders entitled to holiday pay",
        "The judge rejected the grocery app's argument that its couriers were self-employed, "
        "finding that it set their routes, rated them and cut off those who refused orders.",
        83.5,
    ),
    (
        "en-quillon-5-release",
        "Quillon releases its new AI model",
        "Quillon 5 can plan tasks over several days, the firm says.",
        86.0,
    ),
    (
        "en-quillon-5-release",
        "Quillon 5 launched with claims it can run week-long tasks without supervision",
        "The London AI company said its new model could book travel, write and test software and "
        "manage spreadsheets over several days, and that it would be offered to businesses first.",
        86.4,
    ),
    (
        "en-quillon-5-release",
        "Safety researchers question rushed release of Quillon 5",
        "Two former staff said the company had cut testing short to beat a rival, which Quillon "
        "denied, saying the model had been checked for six months.",
        90.0,
    ),
    (
        "en-solent-sound-closure",
        "Solent Sound to go off air as owner cuts local stations",
        "The Southampton radio station will stop broadcasting at the end of March after 31 years, "
        "its owner Beacon Audio said, with its shows replaced by a national feed.",
        94.0,
    ),
    (
        "en-kindred-data-leak",
        "Dating app Kindred exposes two million users' messages",
        "An unprotected database held private chats and photos, researchers say.",
        100.0,
    ),
    (
        "en-kindred-data-leak",
        "Kindred leak: private messages and photos of 2m dating app users left open online",
        "Security researchers found the database on a public server and said it had been readable "
        "for at least five weeks before the company closed it on Friday morning.",
        101.5,
    ),
    (
        "en-kindred-data-leak",
        "Data watchdog opens inquiry into dating app breach",
        "The Information Commissioner's Office said it was urgently examining how Kindred's chats "
        "came to sit on an unlocked server.",
        106.0,
    ),
    (
        "en-cma-blocks-moonrail",
        "Watchdog blocks Brightforge's takeover of Moonrail Games",
        "The CMA said the £2.4bn deal would harm players and rivals.",
        102.0,
    ),
    (
        "en-cma-blocks-moonrail",
        "CMA blocks £2.4bn Brightforge bid for Moonrail over cloud gaming fears",
        "The Competition and Markets Authority said the combined group would control too many of "
        "the best-selling titles on subscription services and could keep them from rival "
        "platforms.",
        102.5,
    ),
    (
        "en-cma-blocks-moonrail",
        "Brightforge to appeal, calling ruling 'a gift to our rivals'",
        "The games publisher's chief executive, Tobias Wren, said the Moonrail decision ignored "
        "how players buy games and vowed to take it to the tribunal.",
        108.0,
    ),
    (
        "en-cat-corvane-app-store",
        "Corvane overcharged app developers, tribunal rules",
        "Judges say its 30% commission was unfair.",
        104.0,
    ),
    (
        "en-cat-corvane-app-store",
        "Competition Appeal Tribunal finds Corvane abused app store dominance",
        "The ruling in a class action by 1,500 developers found the 30% commission on purchases "
        "was excessive, opening the way to damages that could exceed £700m.",
        104.5,
    ),
    (
        "en-cat-corvane-app-store",
        "Developers say Corvane ruling is 'the end of the app tax'",
        "Small studios that joined the claim said Friday's judgment would let them keep more of "
        "their income; Corvane said it would appeal.",
        109.0,
    ),
    (
        "en-voltix-power-bank-recall",
        "Voltix recalls 60,000 power banks after fires on flights",
        "The charger brand said cells from one supplier could swell and catch fire; airlines had "
        "reported three incidents since January and owners are offered a full refund.",
        122.0,
    ),
    (
        "en-shetland-cable-cut",
        "Shetland cut off as undersea internet cable fails",
        "Phone and internet services down across the islands.",
        124.0,
    ),
    (
        "en-shetland-cable-cut",
        "Undersea cable damage leaves Shetland without internet and mobile data",
        "The telecoms operator said a cable on the seabed between Shetland and Orkney was damaged "
        "early on Saturday, probably by a trawler, and that a repair ship was being sent.",
        124.6,
    ),
    (
        "en-shetland-cable-cut",
        "Repair ship reaches damaged Shetland cable as backup link opens",
        "A radio link restored limited internet to Lerwick on Sunday and the repair vessel arrived "
        "at the break, but engineers said a full fix would take a week.",
        143.0,
    ),
    (
        "en-starfall-tactics-sales",
        "Starfall Tactics sells 3m copies on first day",
        "The strategy game is the fastest-selling launch of the year so far.",
        126.0,
    ),
    (
        "en-starfall-tactics-sales",
        "Strategy game Starfall Tactics sells three million copies within 24 hours",
        "Cardiff studio Lanternfish, which has 60 staff, said the game released on Friday had "
        "passed three million sales by Saturday morning and its servers were struggling to keep "
        "up.",
        127.0,
    ),
    (
        "en-starfall-tactics-sales",
        "Starfall studio adds servers as players hit 5m",
        "Lanternfish said on Sunday that five million people had now bought the game and that "
        "queues to join online matches should ease after it doubled its server capacity.",
        145.0,
    ),
    (
        "en-skyreach-checkin-glitch",
        "Skyreach check-in systems fail at Gatwick",
        "Passengers queue for hours as staff write boarding passes by hand.",
        130.0,
    ),
    (
        "en-skyreach-checkin-glitch",
        "Skyreach Airways IT failure causes hours of delays at Gatwick and Manchester",
        "The airline said a fault in its check-in software had hit both airports on Saturday "
        "morning; 40 flights were delayed and six cancelled before the system returned at noon.",
        131.0,
    ),
    (
        "en-skyreach-checkin-glitch",
        "'We missed the wedding': passengers count cost of airline glitch",
        "Travellers stuck at Gatwick described missed connections and no information, while "
        "Skyreach said it would pay hotel and meal costs.",
        134.0,
    ),
    (
        "en-lumio-rugby-rights",
        "Lumio wins Northern Rugby League rights",
        "Matches will move to the streaming service from 2027.",
        134.5,
    ),
    (
        "en-lumio-rugby-rights",
        "Northern Rugby League sells TV rights to Lumio in £90m deal",
        "The league's matches will be shown only on the streaming service for five seasons from "
        "2027, ending 40 years of coverage on free-to-air television.",
        135.5,
    ),
    (
        "en-reelhouse-ticket-prices",
        "Reelhouse cinema tickets to rise by £1",
        "The chain blames energy bills and fewer films.",
        136.5,
    ),
    (
        "en-reelhouse-ticket-prices",
        "Reelhouse raises ticket prices at its 84 cinemas",
        "Adult evening tickets at the UK's third-largest chain will go up by £1 from next week, "
        "its chief executive said, after audiences fell for the second year.",
        137.5,
    ),
    (
        "en-vexa-global-outage",
        "Vexa down worldwide",
        "Users of the app cannot load their feeds or send messages.",
        139.0,
    ),
    (
        "en-vexa-global-outage",
        "Vexa suffers two-hour global outage as feeds and messages fail",
        "The video and messaging platform said an internal error had stopped its apps loading for "
        "users in Europe, the Americas and Asia on Saturday evening.",
        139.5,
    ),
    (
        "en-vexa-global-outage",
        "Shops that sell on Vexa count lost Saturday takings",
        "Small traders who rely on the platform's live selling said the evening blackout came at "
        "their busiest hour; Vexa said service was fully restored by 9pm.",
        142.0,
    ),
    (
        "en-phone-theft-gang",
        "Police break up gang that stole 40,000 phones",
        "Handsets were shipped abroad in food crates, officers say.",
        140.0,
    ),
    (
        "en-phone-theft-gang",
        "Gang that stole 40,000 phones in London smashed, police say",
        "Eighteen people were arrested in raids across the capital on Saturday over thefts of "
        "phones, mostly Corvane models, that were snatched in the street and shipped to Hong Kong.",
        140.5,
    ),
    (
        "en-deepfake-ceo-scam-arrests",
        "Four arrested over £4m deepfake video call fraud",
        "Police say a freight firm's staff were fooled by a fake chief executive.",
        144.5,
    ),
    (
        "en-deepfake-ceo-scam-arrests",
        "Police arrest four over deepfake scam that tricked Marlowe Freight out of £4m",
        "Detectives said a finance worker at the Felixstowe company had approved transfers during "
        "a video call in which the chief executive's face and voice were faked.",
        145.5,
    ),
    (
        "en-sunday-sentinel-editor",
        "Sunday Sentinel editor resigns",
        "Grace Okafor quits over an interview that never took place.",
        147.0,
    ),
    (
        "en-sunday-sentinel-editor",
        "Sunday Sentinel editor quits after paper admits interview was invented",
        "Grace Okafor resigned on Sunday after the paper confirmed that a front-page interview "
        "with a retired footballer had been made up by a freelance writer it had used for years.",
        148.0,
    ),
    (
        "en-sunday-sentinel-editor",
        "Retired striker says he 'never met' the reporter",
        "Danny Holloway, whose supposed interview cost the Sentinel's editor her job, said he had "
        "found out about it from his daughter.",
        152.0,
    ),
    (
        "en-corrick-smart-meters",
        "Smart meters go blank after update",
        "Corrick Energy says 200,000 homes are affected.",
        150.0,
    ),
    (
        "en-corrick-smart-meters",
        "Corrick Energy customers left with blank smart meter screens after faulty update",
        "The supplier said an overnight software update had stopped in-home displays showing usage "
        "for about 200,000 households but that readings were still being sent.",
        151.0,
    ),
    (
        "en-corrick-smart-meters",
        "'We had no idea what we were using': households left in the dark by meter glitch",
        "Corrick customers said the blank displays made it impossible to keep an eye on bills, and "
        "consumer groups asked the energy regulator to look into the update.",
        156.0,
    ),
    (
        "en-airfryer-recall",
        "Air fryers recalled over fire risk",
        "Brandt & Cole asks owners of two models to stop using them.",
        152.5,
    ),
    (
        "en-airfryer-recall",
        "Brandt & Cole recalls 120,000 air fryers after reports of overheating",
        "The kitchen appliance maker said a faulty thermostat could let the basket reach dangerous "
        "temperatures and that it knew of 31 fires, none causing serious injury.",
        153.5,
    ),
    (
        "en-vexa-ad-free-subscription",
        "Vexa to charge £4.99 for ad-free version",
        "UK users will be offered a paid tier from April.",
        154.0,
    ),
    (
        "en-vexa-ad-free-subscription",
        "Vexa launches paid ad-free subscription in Britain",
        "The platform said users could pay £4.99 a month to remove adverts or keep using it free, "
        "a move it said was needed to satisfy data-protection rules.",
        155.0,
    ),
    (
        "en-lumio-podcast-deal",
        "Lumio signs Dara Quinlan in £40m podcast deal",
        "The comedian's show will leave free platforms in June.",
        157.0,
    ),
    (
        "en-lumio-podcast-deal",
        "Lumio pays £40m for exclusive rights to Dara Quinlan's podcast",
        "The streaming service will carry the comedian's weekly show from June, in its biggest "
        "move yet into audio, and plans to film episodes for its video service.",
        157.5,
    ),
    (
        "en-lumio-podcast-deal",
        "Quinlan's listeners balk at paying to hear him",
        "Fans of the comedian said they would not take out a subscription just for his show, while "
        "rival hosts called the £40m fee a sign of how far audio has come.",
        161.0,
    ),
    (
        "en-daily-meridian-paywall",
        "Daily Meridian to put all its journalism behind a paywall",
        "The national paper's website will stop offering free articles from May, its editor said, "
        "after advertising income fell by a quarter in two years.",
        160.0,
    ),
    # --- Russian ---
    (
        "ru-zarya-smartfon",
        "«Заря» представила смартфон «Заря 7»",
        "Новинка поступит в продажу в апреле по цене 39 990 рублей.",
        13.0,
    ),
    (
        "ru-zarya-smartfon",
        "Российский производитель «Заря» показал новый флагманский смартфон",
        "Компания из Зеленограда представила в понедельник «Зарю 7» с увеличенной батареей и "
        "собственной операционной системой; сборка налажена на заводе в Калужской области.",
        13.5,
    ),
    (
        "ru-zarya-smartfon",
        "Аналитики сомневаются, что новая «Заря» потеснит импортные модели",
        "Эксперты рынка называют цену телефона завышенной и напоминают, что предыдущая модель "
        "продавалась плохо.",
        18.0,
    ),
    (
        "ru-zarya-smartfon/otzyv-zaryadok",
        "«Заря» отзывает зарядные устройства",
        "Речь идёт о блоках питания для модели прошлого года.",
        90.0,
    ),
    (
        "ru-zarya-smartfon/otzyv-zaryadok",
        "Производитель смартфонов «Заря» отзывает 50 тысяч зарядных устройств к «Заре 6»",
        "Компания сообщила в четверг о риске перегрева блоков питания и предложила владельцам "
        "бесплатно заменить их в сервисных центрах.",
        91.0,
    ),
    (
        "ru-volzhsky-vestnik-zabastovka",
        "Журналисты «Волжского вестника» объявили забастовку",
        "Сотрудники газеты не получают зарплату третий месяц.",
        27.0,
    ),
    (
        "ru-volzhsky-vestnik-zabastovka",
        "Редакция саратовской газеты «Волжский вестник» прекратила работу из-за долгов по зарплате",
        "Около сорока журналистов и верстальщиков во вторник отказались выпускать номер, пока "
        "владелец не погасит задолженность в 11 миллионов рублей.",
        27.5,
    ),
    (
        "ru-volzhsky-vestnik-zabastovka/isk-o-klevete",
        "Суд взыскал с «Волжского вестника» 2 миллиона рублей по иску о клевете",
        "Истцом выступил бывший заместитель мэра Саратова.",
        117.0,
    ),
    (
        "ru-volzhsky-vestnik-zabastovka/isk-o-klevete",
        "«Волжский вестник» проиграл иск о защите чести и достоинства",
        "Суд признал не соответствующей действительности статью газеты о закупках в городской "
        "больнице и обязал редакцию опубликовать опровержение и выплатить компенсацию.",
        118.0,
    ),
    (
        "ru-severny-kapital-sboi",
        "Сбой в приложении банка «Северный капитал»",
        "Клиенты не могут войти в приложение и оплатить покупки.",
        51.0,
    ),
    (
        "ru-severny-kapital-sboi",
        "Мобильное приложение банка «Северный капитал» не работало почти пять часов",
        "Клиенты по всей стране в среду утром не могли перевести деньги и оплатить покупки "
        "телефоном; банк объяснил сбой неудачным обновлением программы.",
        51.5,
    ),
    (
        "ru-severny-kapital-sboi",
        "Банк «Северный капитал» пообещал вернуть пострадавшим клиентам комиссии",
        "После утреннего сбоя банк заявил, что отменит штрафы за просроченные из-за него платежи и "
        "компенсирует расходы на такси тем, кто не смог расплатиться.",
        55.5,
    ),
    (
        "ru-sud-vexa-shtraf",
        "Суд оштрафовал «Вексу» на 8 миллионов рублей",
        "Платформа не удалила запрещённые ролики.",
        64.0,
    ),
    (
        "ru-sud-vexa-shtraf",
        "Мировой суд Москвы назначил видеоплатформе «Векса» штраф в 8 миллионов рублей",
        "Платформу наказали за отказ удалить ролики, которые суд ранее признал запрещёнными; это "
        "уже четвёртый штраф за год.",
        64.5,
    ),
    (
        "ru-polyarny-glavred",
        "Главный редактор телеканала «Полярный» ушёл в отставку",
        "Андрей Савельев проработал на канале девять лет.",
        79.0,
    ),
    (
        "ru-polyarny-glavred",
        "Андрей Савельев покинул пост главного редактора «Полярного»",
        "Руководитель мурманского телеканала объявил об уходе в четверг утром, сославшись на "
        "разногласия с новым владельцем из-за сокращения новостных выпусков.",
        79.5,
    ),
    (
        "ru-polyarny-glavred",
        "«Я не готов делать новости без новостей», — Савельев о своём уходе",
        "Бывший главный редактор рассказал, что владелец требовал заменить вечерний выпуск "
        "развлекательной программой.",
        83.0,
    ),
    (
        "ru-polyarny-glavred/hakerskaya-ataka",
        "Хакеры взломали эфир «Полярного»",
        "Вместо вечерних новостей зрители увидели чужой ролик.",
        89.0,
    ),
    (
        "ru-polyarny-glavred/hakerskaya-ataka",
        "Мурманский телеканал «Полярный» на 20 минут потерял контроль над эфиром",
        "В четверг вечером неизвестные подключились к системе вещания и запустили посторонний "
        "видеоролик; канал обратился в полицию и временно перешёл на резервный сервер.",
        90.0,
    ),
    (
        "ru-bystrokorzina-utechka",
        "Утечка данных сервиса доставки «Быстрокорзина»",
        "В сеть попали адреса и телефоны шести миллионов клиентов.",
        99.0,
    ),
    (
        "ru-bystrokorzina-utechka",
        "Данные шести миллионов клиентов «Быстрокорзины» выложены в открытый доступ",
        "В пятницу в телеграм-каналах появилась база с именами, адресами и историей заказов; "
        "сервис подтвердил утечку и назвал её причиной взлом подрядчика.",
        99.5,
    ),
    (
        "ru-bystrokorzina-utechka",
        "Роскомнадзор составил протокол на «Быстрокорзину» после утечки",
        "Сервису доставки грозит оборотный штраф; в субботу компания также сообщила, что расторгла "
        "договор с подрядчиком, через которого произошёл взлом.",
        118.5,
    ),
    (
        "ru-rost-cen-smartfony",
        "Цены на смартфоны в России вырастут на 10% с апреля",
        "Крупные сети электроники предупредили поставщиков о повышении цен из-за подорожания "
        "доставки и ослабления рубля; сильнее всего подорожают недорогие модели.",
        136.0,
    ),
    (
        "ru-skaz-o-buyane-prodazhi",
        "Игра «Сказ о Буяне» стала самой продаваемой в стране",
        "За первые выходные продано 400 тысяч копий.",
        148.0,
    ),
    (
        "ru-skaz-o-buyane-prodazhi",
        "Казанская студия «Ладья» отчиталась о рекордных продажах игры «Сказ о Буяне»",
        "Приключенческая игра по мотивам сказок, вышедшая в пятницу, за три дня разошлась тиражом "
        "400 тысяч копий, сообщили в воскресенье разработчики.",
        148.5,
    ),
    (
        "ru-otzyv-avtokresel-kroha",
        "Отзыв детских автокресел «Кроха»",
        "Производитель нашёл дефект замка ремней.",
        151.5,
    ),
    (
        "ru-otzyv-avtokresel-kroha",
        "Производитель детских автокресел «Кроха» отзывает 30 тысяч изделий",
        "По данным Росстандарта, замок ремней безопасности может расстегнуться при сильном ударе; "
        "владельцам предлагают бесплатную замену.",
        152.0,
    ),
    (
        "ru-serial-taiga-premera",
        "Сериал «Тайга» побил рекорд онлайн-кинотеатра «Экранка»",
        "Первые две серии посмотрели 5 миллионов зрителей.",
        158.0,
    ),
    (
        "ru-serial-taiga-premera",
        "Премьеру сериала «Тайга» посмотрели 5 миллионов человек за выходные",
        "Онлайн-кинотеатр «Экранка» сообщил в воскресенье, что драма о геологах в Сибири стала "
        "самым успешным запуском за всю историю сервиса.",
        158.5,
    ),
    (
        "ru-serial-taiga-premera",
        "Режиссёр «Тайги»: «Мы снимали при минус сорока»",
        "Постановщик сериала Глеб Орлов рассказал, как съёмочная группа провела два месяца в "
        "посёлке под Якутском.",
        162.0,
    ),
    # --- German ---
    (
        "de-brenntal-smartphone",
        "Brenntal zeigt neues Smartphone in Barcelona",
        "Der Ulmer Hersteller setzt auf Akku und Reparierbarkeit.",
        10.0,
    ),
    (
        "de-brenntal-smartphone",
        "Brenntal stellt auf der Mobilfunkmesse das Vela 3 vor",
        "Der Ulmer Handyhersteller präsentierte am Montag in Barcelona sein neues Smartphone, "
        "dessen Akku sich ohne Werkzeug wechseln lässt; es soll im April für 649 Euro in den "
        "Handel kommen.",
        10.5,
    ),
    (
        "de-brenntal-smartphone",
        "„Wir bauen das Handy für zehn Jahre“, sagt die Brenntal-Chefin",
        "Johanna Sterzing verteidigte auf der Messe den Verzicht auf eine dritte Kamera und sagte, "
        "die Kunden wollten vor allem ein Gerät, das lange hält.",
        14.0,
    ),
    (
        "de-brenntal-smartphone/cloud-ausfall",
        "Brenntal-Cloud fällt stundenlang aus",
        "Nutzer kommen nicht an ihre Fotos und Kontakte.",
        17.5,
    ),
    (
        "de-brenntal-smartphone/cloud-ausfall",
        "Stundenlanger Ausfall der Brenntal-Cloud am Abend der Messepremiere",
        "Kunden des Ulmer Herstellers konnten am Montagabend weder Sicherungen anlegen noch auf "
        "gespeicherte Fotos zugreifen; das Unternehmen nannte einen Fehler bei einem Dienstleister "
        "in Frankfurt als Ursache.",
        18.5,
    ),
    (
        "de-fernwerk-faltphone",
        "Fernwerk bringt sein erstes Falthandy",
        "Das Gerät kostet 1.299 Euro und kommt im Mai.",
        28.0,
    ),
    (
        "de-fernwerk-faltphone",
        "Fernwerk stellt das Falthandy Libelle vor",
        "Der Münchner Hersteller zeigte am Dienstag sein erstes faltbares Smartphone, das sich zu "
        "einem Tablet mit acht Zoll öffnen lässt und in Bayern montiert wird.",
        28.5,
    ),
    (
        "de-fernwerk-faltphone/rueckruf-ladegeraete",
        "Fernwerk ruft Ladegeräte zurück",
        "Bei Netzteilen des Vorgängermodells droht ein Stromschlag.",
        104.0,
    ),
    (
        "de-fernwerk-faltphone/rueckruf-ladegeraete",
        "Rückruf: Fernwerk tauscht 80.000 Ladegeräte des Modells Falke 2 aus",
        "Der Münchner Hersteller teilte am Freitag mit, dass sich bei einigen Netzteilen das "
        "Gehäuse lösen könne; Kunden sollen sie nicht mehr benutzen und erhalten kostenlos Ersatz.",
        105.0,
    ),
    (
        "de-fusion-nordfunk-alpenet",
        "Nordfunk und Alpenet wollen fusionieren",
        "Es entstünde der drittgrößte Mobilfunkanbieter im Land.",
        32.0,
    ),
    (
        "de-fusion-nordfunk-alpenet",
        "Nordfunk übernimmt Alpenet für 4,8 Milliarden Euro",
        "Die beiden Mobilfunkanbieter kündigten am Dienstag in Hamburg ihren Zusammenschluss an; "
        "die neue Firma hätte 19 Millionen Kunden und soll ihre Netze bis 2028 zusammenlegen.",
        32.5,
    ),
    (
        "de-fusion-nordfunk-alpenet",
        "Verbraucherschützer warnen vor höheren Handytarifen nach dem Zusammenschluss",
        "Mit nur noch drei großen Netzbetreibern drohe weniger Wettbewerb, sagte der Bundesverband "
        "der Verbraucherzentralen; Nordfunk versprach stabile Preise.",
        36.0,
    ),
    (
        "de-fusion-nordfunk-alpenet",
        "Betriebsrat von Alpenet fordert Jobgarantie bis 2030",
        "Die Arbeitnehmervertreter verlangten am Mittwoch Zusagen für die 4.200 Beschäftigten; "
        "Nordfunk sprach von 600 Stellen, die durch die Zusammenlegung wegfallen könnten.",
        52.0,
    ),
    (
        "de-fusion-nordfunk-alpenet/netzstoerung",
        "Störung im Nordfunk-Netz",
        "In Norddeutschland fallen Telefonate und mobiles Internet aus.",
        40.0,
    ),
    (
        "de-fusion-nordfunk-alpenet/netzstoerung",
        "Großstörung bei Nordfunk legt den Mobilfunk in Hamburg und Bremen lahm",
        "Am Dienstagabend waren Kunden des Anbieters rund drei Stunden ohne Netz; als Ursache "
        "nannte das Unternehmen einen Stromausfall in einem Rechenzentrum bei Hannover.",
        41.0,
    ),
    (
        "de-cyberangriff-stadtwerke-lindenau",
        "Cyberangriff auf die Stadtwerke Lindenau",
        "Kundenportal und Abrechnung sind seit der Nacht offline.",
        54.0,
    ),
    (
        "de-cyberangriff-stadtwerke-lindenau",
        "Hacker legen die IT der Stadtwerke Lindenau lahm – Strom und Wasser fließen weiter",
        "Die Stadtwerke der niedersächsischen Stadt haben nach einem Angriff in der Nacht zum "
        "Mittwoch alle Systeme vom Netz genommen; die Versorgung sei nicht gefährdet, hieß es.",
        55.0,
    ),
    (
        "de-cyberangriff-stadtwerke-lindenau",
        "Erpresser fordern von den Lindenauer Stadtwerken zwei Millionen Euro",
        "Die Täter hätten sich am Donnerstag mit einer Lösegeldforderung gemeldet, sagte der "
        "Geschäftsführer; die Stadt will nicht zahlen, das Landeskriminalamt ermittelt.",
        74.0,
    ),
    (
        "de-landgericht-ki-stimme",
        "Gericht verbietet den KI-Klon einer Synchronstimme",
        "Ein Hörbuchportal darf die Stimme eines Sprechers nicht nachbilden.",
        63.0,
    ),
    (
        "de-landgericht-ki-stimme",
        "Landgericht Köln: Hörbuchanbieter darf die Stimme eines Synchronsprechers nicht per KI "
        "kopieren",
        "Das Gericht gab am Mittwoch dem Sprecher Rainer Albrecht recht, dessen Stimme ohne "
        "Erlaubnis für 300 Hörbücher künstlich erzeugt worden war; der Anbieter muss die Titel "
        "löschen.",
        63.5,
    ),
    (
        "de-landgericht-ki-stimme",
        "Sprecherverband jubelt: „Unsere Stimme gehört uns“",
        "Nach dem Kölner Urteil fordern Synchronsprecher ein Gesetz, das KI-Kopien von Stimmen "
        "grundsätzlich an eine Zustimmung bindet.",
        68.0,
    ),
    (
        "de-datenleck-vitakasse",
        "Datenleck bei der VitaKasse",
        "Daten von drei Millionen Versicherten sind im Netz aufgetaucht.",
        84.0,
    ),
    (
        "de-datenleck-vitakasse",
        "VitaKasse: Daten von drei Millionen Versicherten bei einem Dienstleister abgeflossen",
        "Namen, Adressen und Versichertennummern seien über einen Abrechnungsdienstleister in die "
        "Hände von Kriminellen gelangt, teilte die Krankenkasse am Donnerstag mit.",
        85.0,
    ),
    (
        "de-bgh-vexa-fake-profile",
        "BGH: Vexa muss gefälschte Profile löschen",
        "Die Plattform haftet, wenn sie Hinweise ignoriert.",
        88.0,
    ),
    (
        "de-bgh-vexa-fake-profile",
        "Bundesgerichtshof verpflichtet Vexa zur Löschung gefälschter Profile",
        "Die Plattform müsse nach einem Hinweis auch identische Nachahmungen eines Profils von "
        "sich aus entfernen, entschieden die Karlsruher Richter am Donnerstag im Fall einer Ärztin "
        "aus Mainz.",
        88.5,
    ),
    (
        "de-bgh-vexa-fake-profile",
        "„Ein Sieg für alle Betroffenen“ – Ärztin nach dem Urteil aus Karlsruhe erleichtert",
        "Die Klägerin hatte jahrelang gegen Dutzende falsche Profile mit ihrem Namen gekämpft, "
        "über die Betrüger ihre Patienten um Geld baten.",
        93.0,
    ),
    (
        "de-lumio-preiserhoehung",
        "Lumio wird in Deutschland teurer",
        "Das Standard-Abo kostet künftig 13,99 Euro im Monat.",
        125.0,
    ),
    (
        "de-lumio-preiserhoehung",
        "Streamingdienst Lumio erhöht die Preise für deutsche Kunden",
        "Ab April steigen alle Tarife um ein bis zwei Euro, teilte das Unternehmen mit; "
        "Bestandskunden müssen der Erhöhung zustimmen, sonst endet ihr Abo.",
        125.5,
    ),
    (
        "de-allgaeuer-bote-print",
        "„Allgäuer Bote“ stellt die Druckausgabe ein",
        "Die Zeitung erscheint ab April nur noch digital.",
        128.0,
    ),
    (
        "de-allgaeuer-bote-print",
        "Nach 140 Jahren: Der „Allgäuer Bote“ wird nicht mehr gedruckt",
        "Der Verlag in Kempten begründete das Ende der gedruckten Zeitung mit gestiegenen Papier- "
        "und Zustellkosten; 38 Stellen in Druck und Vertrieb fallen weg.",
        129.0,
    ),
    (
        "de-allgaeuer-bote-print",
        "Ältere Leser im Allgäu fühlen sich abgehängt",
        "Viele Abonnenten ohne Tablet wissen nicht, wie sie künftig an ihre Zeitung kommen; der "
        "Verlag bietet Kurse in seinen Geschäftsstellen an.",
        133.0,
    ),
    (
        "de-velomo-akku-rueckruf",
        "Velomo ruft 25.000 E-Bike-Akkus wegen Brandgefahr zurück",
        "Bei Akkus aus dem Produktionsjahr 2024 könne es zu Kurzschlüssen kommen, teilte der "
        "Fahrradhersteller aus Bielefeld mit; Besitzer sollen die Räder bis zum Austausch nicht "
        "laden.",
        146.0,
    ),
    # --- French ---
    (
        "fr-fuite-alize-telecom",
        "Fuite de données chez Alizé Télécom",
        "Neuf millions de clients concernés, selon l'opérateur.",
        6.0,
    ),
    (
        "fr-fuite-alize-telecom",
        "Alizé Télécom : les données de 9 millions de clients dérobées par des pirates",
        "L'opérateur a reconnu lundi que les noms, adresses, numéros de téléphone et IBAN de ses "
        "abonnés avaient été copiés lors d'une intrusion dans un logiciel de facturation.",
        6.6,
    ),
    (
        "fr-fuite-alize-telecom",
        "Après la fuite chez Alizé, les clients appelés à surveiller leurs comptes",
        "Les associations de consommateurs craignent une vague d'arnaques au faux conseiller "
        "bancaire dans les semaines qui viennent.",
        11.0,
    ),
    (
        "fr-fuite-alize-telecom",
        "Piratage d'Alizé Télécom : un suspect de 19 ans interpellé à Rennes",
        "Le jeune homme, soupçonné d'avoir revendu les données sur un forum, a été placé en garde "
        "à vue mardi, a indiqué le parquet.",
        28.0,
    ),
    (
        "fr-cnil-amende-cigale",
        "La CNIL inflige 40 millions d'euros d'amende au réseau social Cigale",
        "L'application conservait les données des utilisateurs après leur départ.",
        12.0,
    ),
    (
        "fr-cnil-amende-cigale",
        "Données personnelles : amende record de 40 millions pour Cigale",
        "La CNIL reproche au réseau social bordelais d'avoir gardé pendant des années les messages "
        "et la localisation de comptes supprimés et d'avoir mal informé les mineurs.",
        12.5,
    ),
    (
        "fr-cnil-amende-cigale",
        "Cigale va faire appel de la sanction",
        "Le fondateur du réseau social, Julien Marchal, juge l'amende « disproportionnée » et "
        "annonce un recours devant le Conseil d'État.",
        17.0,
    ),
    (
        "fr-cnil-amende-cigale/suspension-chatbot",
        "La CNIL suspend l'assistant d'Aster IA",
        "Le robot conversationnel collectait des données de santé sans consentement.",
        86.5,
    ),
    (
        "fr-cnil-amende-cigale/suspension-chatbot",
        "Intelligence artificielle : la CNIL ordonne la suspension de l'assistant médical d'Aster "
        "IA",
        "La start-up parisienne doit cesser sous huit jours de proposer son assistant en ligne, "
        "qui enregistrait les symptômes décrits par les utilisateurs sans leur accord.",
        87.5,
    ),
    (
        "fr-autorite-concurrence-radio-azur",
        "Feu vert au rachat de Radio Azur par le groupe Méridien",
        "L'Autorité de la concurrence autorise l'opération sous conditions.",
        34.0,
    ),
    (
        "fr-autorite-concurrence-radio-azur",
        "L'Autorité de la concurrence autorise Méridien à racheter Radio Azur",
        "Le groupe de médias devra céder deux fréquences à Marseille et à Nice et garantir "
        "l'indépendance de la rédaction de la radio pendant cinq ans, a annoncé l'Autorité mardi.",
        34.5,
    ),
    (
        "fr-autorite-concurrence-radio-azur/blocage-cinemas",
        "L'Autorité de la concurrence bloque la fusion de deux réseaux de cinémas",
        "Ciné Lumière ne pourra pas racheter Écrans de l'Ouest.",
        112.0,
    ),
    (
        "fr-autorite-concurrence-radio-azur/blocage-cinemas",
        "Cinémas : l'Autorité de la concurrence interdit le rachat d'Écrans de l'Ouest",
        "L'Autorité estime que Ciné Lumière aurait détenu plus de 70 % des salles dans plusieurs "
        "villes de Bretagne et que le prix des places aurait augmenté.",
        113.0,
    ),
    (
        "fr-lumio-serie-marseille",
        "Lumio tourne sa première série française à Marseille",
        "Le tournage du polar « Les Calanques » commence en avril.",
        44.0,
    ),
    (
        "fr-lumio-serie-marseille",
        "Le géant du streaming Lumio investit 30 millions dans une série marseillaise",
        "La plateforme a annoncé mardi le tournage de huit épisodes d'un polar dans les quartiers "
        "nord, avec une équipe et une distribution en majorité locales.",
        44.5,
    ),
    (
        "fr-canal-horizon-demission",
        "La directrice de l'information de Canal Horizon démissionne",
        "Claire Vasseur quitte la chaîne après un désaccord avec l'actionnaire.",
        57.0,
    ),
    (
        "fr-canal-horizon-demission",
        "Canal Horizon : Claire Vasseur claque la porte de la rédaction",
        "La directrice de l'information de la chaîne d'info en continu a annoncé mercredi son "
        "départ, dénonçant des pressions de l'actionnaire sur le choix des invités politiques.",
        57.5,
    ),
    (
        "fr-canal-horizon-demission",
        "La société des journalistes de Canal Horizon « inquiète pour l'indépendance »",
        "Les journalistes de la chaîne réclament des garanties écrites après le départ de leur "
        "directrice et menacent de voter une motion de défiance.",
        61.0,
    ),
    (
        "fr-canal-horizon-demission/cyberattaque",
        "Canal Horizon coupé par une cyberattaque",
        "L'antenne a été interrompue pendant près de deux heures.",
        65.0,
    ),
    (
        "fr-canal-horizon-demission/cyberattaque",
        "Cyberattaque : Canal Horizon diffuse un écran noir pendant deux heures",
        "La chaîne d'info a été privée d'antenne mercredi soir après l'intrusion de pirates dans "
        "ses serveurs de diffusion ; le parquet de Paris a ouvert une enquête.",
        66.0,
    ),
    (
        "fr-corvane-condamne-obsolescence",
        "Corvane condamné pour obsolescence programmée",
        "Le fabricant devra verser 25 millions d'euros.",
        80.0,
    ),
    (
        "fr-corvane-condamne-obsolescence",
        "Le tribunal de Paris condamne Corvane pour avoir bridé ses anciens téléphones",
        "Le fabricant américain a été reconnu coupable jeudi d'avoir ralenti par une mise à jour "
        "des modèles de 2021 sans prévenir les clients ; l'association plaignante parle d'une "
        "décision historique.",
        80.5,
    ),
    (
        "fr-corvane-condamne-obsolescence",
        "« Une victoire pour tous les consommateurs », salue l'association Répare-Moi",
        "Après la condamnation du fabricant, l'association appelle les propriétaires d'anciens "
        "modèles à se joindre à une action de groupe.",
        84.5,
    ),
    (
        "fr-pixelume-ombres-de-vence",
        "Le studio lyonnais Pixelume sort « Les Ombres de Vence »",
        "Le jeu d'aventure est disponible dès ce vendredi.",
        98.0,
    ),
    (
        "fr-pixelume-ombres-de-vence",
        "« Les Ombres de Vence », le jeu lyonnais qui défie les géants",
        "Développé pendant six ans par 40 personnes à Lyon, le jeu d'aventure sort vendredi sur "
        "consoles et PC et a déjà reçu des critiques élogieuses dans la presse spécialisée.",
        98.5,
    ),
    (
        "fr-alize-hausse-box",
        "Alizé Télécom augmente le prix de ses box",
        "Hausse de 3 euros par mois à partir d'avril.",
        124.0,
    ),
    (
        "fr-alize-hausse-box",
        "Après la fuite de données, Alizé augmente ses abonnements internet de 3 euros",
        "L'opérateur justifie la hausse par le coût du déploiement de la fibre ; les abonnés "
        "pourront résilier sans frais pendant quatre mois.",
        124.5,
    ),
    (
        "fr-primeo-panne-paiement",
        "Panne des paiements par carte chez Primeo",
        "Les caisses des supermarchés bloquées dimanche matin.",
        146.5,
    ),
    (
        "fr-primeo-panne-paiement",
        "Les supermarchés Primeo paralysés par une panne de paiement par carte",
        "Pendant près de trois heures, les clients des 600 magasins de l'enseigne n'ont pu payer "
        "qu'en espèces dimanche ; Primeo évoque une panne chez son prestataire informatique.",
        147.0,
    ),
    (
        "fr-rappel-trottinettes-volta",
        "Rappel de 30 000 trottinettes électriques Volta pour un risque de rupture du guidon",
        "Le fabricant demande aux propriétaires des modèles vendus depuis septembre de ne plus les "
        "utiliser et de les rapporter en magasin, après une dizaine de chutes signalées.",
        150.5,
    ),
    # --- Spanish ---
    (
        "es-cnmc-onda-levante",
        "La CNMC autoriza la compra de Onda Levante por Grupo Atalaya",
        "La operación se aprueba con compromisos.",
        9.5,
    ),
    (
        "es-cnmc-onda-levante",
        "Competencia da luz verde a que Grupo Atalaya se quede con la radio Onda Levante",
        "La CNMC aprobó el lunes la operación a cambio de que el grupo venda dos emisoras en "
        "Valencia y mantenga la programación local durante cuatro años.",
        10.0,
    ),
    (
        "es-cnmc-onda-levante/bloquea-cines",
        "La CNMC bloquea la fusión de Cines Luna y Multicines Brisa",
        "Es la primera operación que prohíbe en tres años.",
        92.0,
    ),
    (
        "es-cnmc-onda-levante/bloquea-cines",
        "Competencia prohíbe que Multicines Brisa compre Cines Luna",
        "La CNMC considera que la unión habría dejado a una sola empresa con casi todas las "
        "pantallas de Murcia y Alicante y habría subido el precio de las entradas.",
        93.0,
    ),
    (
        "es-ciberataque-villaseca",
        "Ciberataque contra el Ayuntamiento de Villaseca del Júcar",
        "Los servicios municipales funcionan en papel.",
        25.0,
    ),
    (
        "es-ciberataque-villaseca",
        "Un ciberataque paraliza el Ayuntamiento de Villaseca del Júcar",
        "Los piratas cifraron el martes los ordenadores del consistorio conquense, que no puede "
        "tramitar licencias, padrones ni el pago de impuestos, según el alcalde.",
        25.5,
    ),
    (
        "es-ciberataque-villaseca",
        "Los piratas exigen dos millones al Ayuntamiento de Villaseca",
        "El grupo que atacó los sistemas municipales reclamó el rescate en criptomonedas; el "
        "alcalde, Tomás Ruedas, anunció que no pagará.",
        45.0,
    ),
    (
        "es-brisa-tech-plegable",
        "Brisa Tech presenta su primer móvil plegable",
        "La empresa valenciana lo venderá por 999 euros.",
        31.0,
    ),
    (
        "es-brisa-tech-plegable",
        "La valenciana Brisa Tech estrena en Barcelona un móvil plegable fabricado en España",
        "La compañía mostró el martes en el congreso de telefonía su primer terminal plegable, "
        "montado en Paterna, que llegará a las tiendas en junio.",
        31.5,
    ),
    (
        "es-fusion-movilink-telecable",
        "Movilink y Telecable del Sur anuncian su fusión",
        "Nacerá el cuarto operador de telefonía de España.",
        58.0,
    ),
    (
        "es-fusion-movilink-telecable",
        "Movilink compra Telecable del Sur por 2.100 millones de euros",
        "Los dos operadores anunciaron el miércoles en Sevilla una fusión que reunirá a 7 millones "
        "de clientes de móvil y fibra y que deberá aprobar la Comisión Europea.",
        58.5,
    ),
    (
        "es-fusion-movilink-telecable",
        "Los sindicatos temen despidos en la nueva operadora andaluza",
        "Comisiones Obreras y UGT piden garantías para los 3.000 empleados de Telecable del Sur.",
        62.0,
    ),
    (
        "es-fusion-movilink-telecable/caida-red",
        "Caída de la red móvil de Movilink en Andalucía",
        "Miles de clientes se quedan sin llamadas ni datos por la tarde.",
        66.0,
    ),
    (
        "es-fusion-movilink-telecable/caida-red",
        "Una avería deja sin cobertura móvil a los clientes de Movilink en media Andalucía",
        "El operador atribuyó la caída del miércoles por la tarde a un fallo en un centro de datos "
        "de Málaga; el servicio se restableció pasadas las diez de la noche.",
        67.0,
    ),
    (
        "es-heraldo-del-sur-dimision",
        "Dimite el director de El Heraldo del Sur",
        "Ramón Ibarra se va tras publicar una foto manipulada.",
        76.0,
    ),
    (
        "es-heraldo-del-sur-dimision",
        "El director de El Heraldo del Sur dimite por la portada con una foto retocada",
        "Ramón Ibarra asumió la responsabilidad de la imagen de un mitin, alterada con "
        "inteligencia artificial, que el diario publicó en portada el miércoles.",
        76.5,
    ),
    (
        "es-heraldo-del-sur-dimision",
        "La redacción del Heraldo pide un código sobre el uso de la IA",
        "Los periodistas del diario sevillano exigieron normas claras después de la salida de su "
        "director.",
        81.0,
    ),
    (
        "es-supremo-rapidito",
        "El Supremo confirma la multa de 5 millones a la aplicación de reparto Rapidito",
        "El alto tribunal avala la sanción de Trabajo por tener a 4.000 repartidores como falsos "
        "autónomos y ordena a la empresa darles de alta en la Seguridad Social.",
        114.0,
    ),
    (
        "es-casa-del-faro-record",
        "«La casa del faro» bate récords en Lumio",
        "La serie gallega es la más vista en 40 países.",
        128.5,
    ),
    (
        "es-casa-del-faro-record",
        "La serie española «La casa del faro» es la más vista de Lumio en el mundo",
        "La plataforma informó el sábado de que el drama rodado en la Costa da Morte sumó 38 "
        "millones de horas vistas en su primera semana.",
        129.5,
    ),
    (
        "es-imanitos-retirada",
        "Retiran un juguete magnético por el riesgo para los niños",
        "Consumo alerta sobre las piezas de Imanitos.",
        132.0,
    ),
    (
        "es-imanitos-retirada",
        "Consumo ordena retirar el juguete Imanitos por el peligro de tragar sus imanes",
        "El ministerio pidió a las familias que dejen de usar el juego de construcción, vendido en "
        "jugueterías y por internet, tras dos casos de niños operados.",
        132.5,
    ),
    (
        "es-ondina-sube-precios",
        "Ondina sube su tarifa básica a 10,99 euros",
        "La plataforma aplicará la subida desde el 1 de abril.",
        153.0,
    ),
    (
        "es-ondina-sube-precios",
        "La plataforma de streaming Ondina encarece todas sus tarifas en España",
        "El servicio anunció el domingo por la mañana que la tarifa básica pasa de 8,99 a 10,99 "
        "euros y la que incluye fútbol sube tres euros, la segunda subida en un año.",
        153.5,
    ),
    (
        "es-ondina-sube-precios",
        "Los usuarios de Ondina estallan en las redes contra la subida",
        "Miles de abonados amenazan con darse de baja y la OCU pide a la plataforma que permita "
        "cancelar sin penalización.",
        156.0,
    ),
    (
        "es-ondina-sube-precios/caida-derbi",
        "Ondina se cae en pleno derbi",
        "Miles de abonados se quedan sin ver el partido.",
        164.0,
    ),
    (
        "es-ondina-sube-precios/caida-derbi",
        "Una caída de Ondina deja sin imagen a miles de aficionados durante el derbi andaluz",
        "La plataforma dejó de funcionar durante 25 minutos en la segunda parte del Atlético "
        "Almenara-Real Sotavento del domingo por la noche y prometió compensar a los abonados.",
        165.0,
    ),
    # --- Italian ---
    (
        "it-garante-multa-vexa",
        "Il Garante privacy multa Vexa per 15 milioni",
        "Contestata la profilazione dei minori.",
        11.5,
    ),
    (
        "it-garante-multa-vexa",
        "Privacy, il Garante sanziona Vexa: 15 milioni per i dati dei minori",
        "Secondo l'Autorità, la piattaforma ha usato i dati di utenti tra i 13 e i 16 anni per "
        "mostrare pubblicità mirata senza il consenso dei genitori.",
        12.0,
    ),
    (
        "it-garante-multa-vexa",
        "Vexa annuncia ricorso contro la sanzione del Garante",
        "La società sostiene di aver già modificato le impostazioni per i ragazzi in tutta Europa "
        "e impugnerà la multa davanti al tribunale di Roma.",
        16.5,
    ),
    (
        "it-garante-multa-vexa/stop-chatbot-quillon",
        "Il Garante blocca il chatbot di Quillon in Italia",
        "Stop immediato al trattamento dei dati degli utenti italiani.",
        88.0,
    ),
    (
        "it-garante-multa-vexa/stop-chatbot-quillon",
        "Intelligenza artificiale, il Garante ordina a Quillon di sospendere il suo assistente in "
        "Italia",
        "L'Autorità contesta la mancanza di verifiche sull'età degli utenti e di una base "
        "giuridica per l'uso delle conversazioni nell'addestramento del modello.",
        89.0,
    ),
    (
        "it-sciopero-gazzetta-lario",
        "Sciopero alla Gazzetta del Lario",
        "Domani il giornale non sarà in edicola.",
        14.0,
    ),
    (
        "it-sciopero-gazzetta-lario",
        "Giornalisti della Gazzetta del Lario in sciopero contro i tagli",
        "La redazione del quotidiano comasco ha proclamato lunedì due giorni di sciopero dopo "
        "l'annuncio di dodici esuberi e della chiusura della sede di Lecco.",
        14.5,
    ),
    (
        "it-sciopero-gazzetta-lario/condanna-diffamazione",
        "Gazzetta del Lario condannata per diffamazione",
        "Il giornale dovrà risarcire un ex assessore.",
        110.0,
    ),
    (
        "it-sciopero-gazzetta-lario/condanna-diffamazione",
        "Diffamazione, il tribunale di Como condanna la Gazzetta del Lario a pagare 80 mila euro",
        "I giudici hanno ritenuto falsa un'inchiesta del 2022 su presunti favori edilizi a un ex "
        "assessore comunale; il direttore annuncia appello.",
        111.0,
    ),
    (
        "it-ransomware-universita-valdora",
        "Attacco hacker all'Università di Valdora",
        "Bloccati la posta, le iscrizioni e i sistemi per gli esami.",
        38.0,
    ),
    (
        "it-ransomware-universita-valdora",
        "Ransomware all'Università di Valdora, rinviati gli appelli di marzo",
        "L'ateneo ha spento martedì tutti i server dopo che i criminali hanno cifrato i dati; le "
        "sessioni d'esame online sono sospese per almeno una settimana.",
        38.5,
    ),
    (
        "it-ransomware-universita-valdora",
        "Università di Valdora, i dati degli studenti pubblicati nel dark web",
        "Il gruppo criminale ha messo online mercoledì i documenti d'identità e i libretti di 20 "
        "mila iscritti, dopo che l'ateneo ha rifiutato di pagare.",
        57.0,
    ),
    (
        "it-rincari-fonia",
        "Fonia aumenta di 2 euro le offerte mobili",
        "I rincari scatteranno ad aprile per tre milioni di clienti.",
        68.0,
    ),
    (
        "it-rincari-fonia",
        "Telefonia, Fonia annuncia rincari da 2 euro al mese per le vecchie offerte",
        "L'operatore ha inviato mercoledì gli sms ai clienti; chi non accetta può recedere senza "
        "penali entro 60 giorni, come prevede la legge.",
        68.5,
    ),
    (
        "it-agcom-multa-rete-sole",
        "L'Agcom multa Rete Sole per pubblicità occulta nei programmi del mattino",
        "L'Autorità ha inflitto 600 mila euro all'emittente per aver presentato come consigli di "
        "esperti alcuni prodotti pagati dagli sponsor durante una trasmissione di cucina.",
        79.0,
    ),
    (
        "it-visio-aumento-prezzi",
        "Visio+ aumenta i prezzi degli abbonamenti",
        "Il piano base sale a 9,99 euro dal mese prossimo.",
        100.0,
    ),
    (
        "it-visio-aumento-prezzi",
        "Streaming, Visio+ alza le tariffe in Italia fino a 3 euro al mese",
        "La piattaforma ha comunicato venerdì mattina ai clienti i nuovi prezzi, che scatteranno "
        "ad aprile; il pacchetto con il calcio passa a 34,99 euro.",
        100.5,
    ),
    (
        "it-visio-aumento-prezzi",
        "Le associazioni dei consumatori contro i rincari di Visio+",
        "Codacons e Altroconsumo chiedono all'Agcom di verificare le clausole che permettono alla "
        "piattaforma di cambiare i prezzi.",
        103.5,
    ),
    (
        "it-visio-aumento-prezzi/blackout-finale",
        "Visio+ in tilt durante la finale di «Voci Nuove»",
        "Lo streaming si blocca per migliaia di utenti.",
        107.0,
    ),
    (
        "it-visio-aumento-prezzi/blackout-finale",
        "Blackout di Visio+ durante la finale del talent, proteste degli abbonati",
        "Per quasi mezz'ora venerdì sera la diretta della finale di «Voci Nuove» non è stata "
        "visibile; la piattaforma parla di un picco di accessi superiore alle attese.",
        108.0,
    ),
    (
        "it-app-credito-alpino",
        "App del Credito Alpino in tilt",
        "Clienti senza accesso ai conti per tutta la mattina.",
        121.0,
    ),
    (
        "it-app-credito-alpino",
        "Disservizio per l'app del Credito Alpino, impossibili bonifici e pagamenti",
        "La banca trentina ha spiegato che un aggiornamento notturno dei sistemi non è andato a "
        "buon fine e che i servizi sono tornati regolari a mezzogiorno.",
        121.5,
    ),
    (
        "it-gatto-nero-fiumi-di-fuoco",
        "«Fiumi di Fuoco» di Gatto Nero Games vola nelle classifiche",
        "Il videogioco milanese è primo negli store europei.",
        138.0,
    ),
    (
        "it-gatto-nero-fiumi-di-fuoco",
        "Il videogioco italiano «Fiumi di Fuoco» supera il milione di copie",
        "Lo studio milanese Gatto Nero Games ha annunciato sabato il traguardo, raggiunto in otto "
        "giorni, per il suo gioco d'azione ambientato nella Milano del Settecento.",
        138.5,
    ),
    (
        "it-gatto-nero-fiumi-di-fuoco",
        "«Abbiamo iniziato in un garage di Lambrate»: parlano i fondatori di Gatto Nero",
        "I tre fondatori raccontano gli inizi e promettono di assumere trenta sviluppatori con i "
        "ricavi del successo.",
        142.5,
    ),
    (
        "it-leoni-di-capri-ascolti",
        "«I leoni di Capri» da record su Visio+",
        "Il debutto della serie è il più visto dell'anno.",
        161.0,
    ),
    (
        "it-leoni-di-capri-ascolti",
        "Ascolti record per «I leoni di Capri», la serie di Visio+ sulla famiglia di albergatori",
        "La piattaforma ha comunicato domenica che i primi quattro episodi sono stati visti da 3,2 "
        "milioni di abbonati nel fine settimana.",
        161.5,
    ),
    # --- Portuguese ---
    (
        "pt-lusofone-atlantico-5",
        "Lusofone apresenta o seu novo topo de gama",
        "O telemóvel português custa 599 euros.",
        18.5,
    ),
    (
        "pt-lusofone-atlantico-5",
        "Portuguesa Lusofone apresenta o telemóvel Atlântico 5 em Barcelona",
        "A empresa de Aveiro mostrou na segunda-feira o novo modelo, montado em Portugal, na feira "
        "de telemóveis de Barcelona e espera vender 100 mil unidades este ano.",
        19.0,
    ),
    (
        "pt-lusofone-atlantico-5/recolha-baterias",
        "Lusofone recolhe baterias do Atlântico 4",
        "Risco de sobreaquecimento nas unidades vendidas em 2024.",
        94.0,
    ),
    (
        "pt-lusofone-atlantico-5/recolha-baterias",
        "Lusofone chama 20 mil telemóveis do modelo anterior para trocar a bateria",
        "A empresa de Aveiro pede aos donos do Atlântico 4 que levem os aparelhos a uma loja, "
        "depois de três casos de baterias que incharam durante o carregamento.",
        95.0,
    ),
    (
        "pt-adc-radio-atlantida",
        "Concorrência aprova compra da Rádio Atlântida",
        "O grupo Média Tejo fica com a estação de rádio.",
        39.0,
    ),
    (
        "pt-adc-radio-atlantida",
        "Autoridade da Concorrência dá luz verde à compra da Rádio Atlântida pela Média Tejo",
        "O regulador aprovou na terça-feira a operação, com a condição de o grupo manter a redação "
        "da rádio nos Açores e não fechar emissoras locais durante três anos.",
        39.5,
    ),
    (
        "pt-adc-radio-atlantida/chumba-cabonorte",
        "Concorrência chumba compra da CaboNorte",
        "A operação entre as duas operadoras de cabo foi proibida.",
        115.0,
    ),
    (
        "pt-adc-radio-atlantida/chumba-cabonorte",
        "Autoridade da Concorrência proíbe a Luzcom de comprar a CaboNorte",
        "O regulador entende que a compra deixaria a Luzcom sem concorrente na televisão por cabo "
        "em todo o distrito de Braga e abriria caminho a aumentos de preços.",
        116.0,
    ),
    (
        "pt-greve-rtn",
        "Jornalistas da RTN em greve",
        "Os telejornais da estação foram reduzidos ao mínimo.",
        45.0,
    ),
    (
        "pt-greve-rtn",
        "Greve dos jornalistas da Rádio Televisão do Norte deixa telejornais reduzidos",
        "Os trabalhadores da estação do Porto pararam na terça-feira contra o congelamento de "
        "salários e a saída de 40 pessoas anunciada pela administração.",
        45.5,
    ),
    (
        "pt-jandaia-j10",
        "Jandaia lança o celular J10",
        "O aparelho chega às lojas por 2.999 reais.",
        62.0,
    ),
    (
        "pt-jandaia-j10",
        "Fabricante brasileira Jandaia apresenta o J10 em São Paulo",
        "A empresa de Manaus mostrou na quarta-feira o seu novo celular topo de linha, com bateria "
        "para dois dias e câmera com zoom de dez vezes, que chega às lojas em abril.",
        62.5,
    ),
    (
        "pt-jandaia-j10",
        "“Queremos disputar com as marcas estrangeiras”, diz presidente da Jandaia",
        "Carla Menezes disse no lançamento que a empresa quer dobrar a produção em Manaus até o "
        "fim do ano.",
        65.5,
    ),
    (
        "pt-jandaia-j10/nuvem-fora-do-ar",
        "Nuvem da Jandaia fica fora do ar",
        "Os usuários não conseguem acessar fotos e cópias de segurança.",
        69.0,
    ),
    (
        "pt-jandaia-j10/nuvem-fora-do-ar",
        "Serviço de nuvem da Jandaia sai do ar horas depois do lançamento do J10",
        "Os clientes da fabricante ficaram sem acesso a fotos, contatos e cópias de segurança "
        "durante cerca de quatro horas na noite de quarta-feira; a empresa culpou uma falha de "
        "energia.",
        70.0,
    ),
    (
        "pt-casa-lumiar-vazamento",
        "Vazamento expõe dados de 12 milhões de clientes da Casa Lumiar",
        "CPFs e endereços foram parar num fórum de hackers.",
        77.0,
    ),
    (
        "pt-casa-lumiar-vazamento",
        "Varejista Casa Lumiar confirma vazamento de dados de 12 milhões de clientes",
        "A rede de lojas disse na quinta-feira que nomes, CPFs, endereços e histórico de compras "
        "foram copiados de um sistema de entregas e que avisou a ANPD.",
        77.5,
    ),
    (
        "pt-casa-lumiar-vazamento",
        "Polícia prende suspeito de vazar os dados da Casa Lumiar",
        "Um técnico de 24 anos de uma empresa terceirizada foi preso na sexta-feira em Curitiba, "
        "suspeito de vender a base de dados por 50 mil reais.",
        96.0,
    ),
    (
        "pt-novela-mar-de-dentro",
        "Final de «Mar de Dentro» bate recorde",
        "O último capítulo da novela teve a maior audiência do ano.",
        103.0,
    ),
    (
        "pt-novela-mar-de-dentro",
        "Novela «Mar de Dentro» termina com a maior audiência da televisão este ano",
        "O último capítulo, transmitido na quinta-feira à noite, foi visto por 3,1 milhões de "
        "pessoas, segundo as medições divulgadas na sexta-feira.",
        103.5,
    ),
    (
        "pt-vexa-suspensa-brasil",
        "Justiça suspende a Vexa no Brasil por 48 horas",
        "A plataforma não cumpriu a ordem de retirar os perfis.",
        123.0,
    ),
    (
        "pt-vexa-suspensa-brasil",
        "Juiz manda suspender a Vexa em todo o Brasil por descumprir decisões judiciais",
        "A plataforma deixou de remover perfis que espalhavam golpes com nomes de bancos, segundo "
        "a decisão de sábado; as operadoras têm 24 horas para bloquear o acesso.",
        123.5,
    ),
    (
        "pt-vexa-suspensa-brasil",
        "Usuários migram para redes concorrentes após o bloqueio da Vexa",
        "Os aplicativos rivais registraram um pico de downloads no sábado, enquanto a Vexa disse "
        "que vai recorrer da suspensão.",
        127.5,
    ),
    (
        "pt-operadoras-aumento-precos",
        "Operadoras sobem preços 4,5% em abril",
        "O aumento afeta telemóvel, internet e televisão.",
        149.0,
    ),
    (
        "pt-operadoras-aumento-precos",
        "Preços das telecomunicações sobem 4,5% a partir de abril",
        "As três maiores operadoras vão aplicar a atualização anual prevista nos contratos, o que "
        "significa em média mais dois euros por mês numa fatura de pacote.",
        149.5,
    ),
    (
        "pt-correio-do-mondego-fecha",
        "Jornal «Correio do Mondego» fecha ao fim de 92 anos",
        "O diário de Coimbra publica a última edição no domingo, depois de a empresa proprietária "
        "não encontrar comprador; os 23 trabalhadores serão despedidos.",
        163.0,
    ),
    # --- Dutch ---
    (
        "nl-ap-boete-buurtpraat",
        "Privacytoezichthouder beboet Buurtpraat",
        "De buurtapp krijgt een boete van 6 miljoen euro.",
        15.5,
    ),
    (
        "nl-ap-boete-buurtpraat",
        "Autoriteit Persoonsgegevens legt buurtapp Buurtpraat een boete van 6 miljoen op",
        "Het sociale netwerk voor buren deelde volgens de toezichthouder jarenlang de adressen van "
        "gebruikers met adverteerders zonder dat die daar toestemming voor hadden gegeven.",
        16.0,
    ),
    (
        "nl-ap-boete-buurtpraat/chatbot-verbod",
        "AP verbiedt de chatbot van verzekeraar Zorgwijs",
        "De AI-assistent moet binnen een week offline.",
        96.5,
    ),
    (
        "nl-ap-boete-buurtpraat/chatbot-verbod",
        "Autoriteit Persoonsgegevens legt de AI-chatbot van Zorgwijs stil",
        "De chatbot van de zorgverzekeraar vroeg klanten naar medische gegevens en gebruikte de "
        "gesprekken om het systeem verder te trainen, wat volgens de toezichthouder niet mag.",
        97.5,
    ),
    (
        "nl-veendijk-ziekenhuis-datalek",
        "Datalek bij het ziekenhuis in Veendijk",
        "Gegevens van 90.000 patiënten zijn mogelijk ingezien.",
        21.0,
    ),
    (
        "nl-veendijk-ziekenhuis-datalek",
        "Hackers stelen patiëntgegevens bij Streekziekenhuis Veendijk",
        "Het ziekenhuis maakte maandagavond bekend dat criminelen toegang hadden tot een systeem "
        "met namen, adressen en diagnoses van ongeveer 90.000 patiënten.",
        21.5,
    ),
    (
        "nl-veendijk-ziekenhuis-datalek",
        "Hackers eisen losgeld van Streekziekenhuis Veendijk",
        "De criminelen dreigen de patiëntgegevens te publiceren als het ziekenhuis niet betaalt; "
        "de raad van bestuur zegt niet op de eis in te gaan.",
        40.0,
    ),
    (
        "nl-rtv-kempen-hoofdredacteur",
        "Hoofdredacteur RTV Kempen stapt op",
        "Ingrid Maas vertrekt na een ruzie met het bestuur.",
        33.0,
    ),
    (
        "nl-rtv-kempen-hoofdredacteur",
        "Hoofdredacteur van regionale omroep RTV Kempen neemt ontslag",
        "Ingrid Maas zegt dat het bestuur van de Brabantse omroep zich te veel bemoeide met de "
        "verslaggeving over de gemeenteraad van Eindhoven en dat haar positie onhoudbaar was.",
        33.5,
    ),
    (
        "nl-rtv-kempen-hoofdredacteur",
        "Redactie RTV Kempen: 'Vertrek van Maas is een groot verlies'",
        "Medewerkers van de omroep eisen in een brief opheldering van het bestuur over de "
        "inmenging waarover hun hoofdredacteur sprak.",
        37.0,
    ),
    (
        "nl-rtv-kempen-hoofdredacteur/hack-uitzending",
        "Hackers leggen de uitzending van RTV Kempen plat",
        "Het journaal van de omroep viel dinsdagavond weg.",
        41.5,
    ),
    (
        "nl-rtv-kempen-hoofdredacteur/hack-uitzending",
        "RTV Kempen uit de lucht na een aanval van hackers op de servers",
        "Het avondjournaal van de Brabantse omroep kon dinsdag niet worden uitgezonden omdat "
        "criminelen de systemen hadden versleuteld; de omroep heeft aangifte gedaan.",
        42.5,
    ),
    (
        "nl-utrechts-avondblad-staking",
        "Journalisten van het Utrechts Avondblad staken",
        "De krant verschijnt donderdag niet.",
        59.0,
    ),
    (
        "nl-utrechts-avondblad-staking",
        "Staking bij het Utrechts Avondblad om plan voor een centrale redactie",
        "De journalisten leggen 24 uur het werk neer uit protest tegen het plan van de uitgever om "
        "de stadsredactie op te heffen en het nieuws vanuit Amsterdam te maken.",
        59.5,
    ),
    (
        "nl-utrechts-avondblad-staking/vonnis-smaad",
        "Rechter: Utrechts Avondblad moet een rectificatie plaatsen",
        "De krant beschuldigde een ondernemer ten onrechte van fraude.",
        119.0,
    ),
    (
        "nl-utrechts-avondblad-staking/vonnis-smaad",
        "Utrechts Avondblad veroordeeld wegens smaad tegen een vastgoedondernemer",
        "De rechtbank in Utrecht oordeelde dat de krant in een artikel over huisjesmelkers een "
        "ondernemer zonder bewijs van fraude beschuldigde; hij krijgt 25.000 euro "
        "schadevergoeding.",
        121.5,
    ),
    (
        "nl-snelbord-bezorgers-rechter",
        "Rechter: bezorgers van maaltijdapp Snelbord zijn gewoon werknemers",
        "Het gerechtshof in Den Haag oordeelt dat het bedrijf de 2.500 fietskoeriers in vaste "
        "dienst moet nemen en over de afgelopen vijf jaar pensioenpremie moet betalen.",
        71.0,
    ),
    (
        "nl-lumio-serie-gent",
        "Lumio neemt een Vlaamse dramaserie op in Gent",
        "De opnames van 'Het Gravensteen' starten in mei.",
        75.0,
    ),
    (
        "nl-lumio-serie-gent",
        "Streamingdienst Lumio maakt een Vlaamse serie over een familie in Gent",
        "De dienst investeert 12 miljoen euro in de achtdelige reeks, met vooral Vlaamse acteurs; "
        "het is de eerste productie van Lumio in België.",
        75.5,
    ),
    (
        "nl-paylo-pinstoring",
        "Landelijke storing bij pinbetalingen",
        "In veel winkels kan alleen contant worden betaald.",
        112.5,
    ),
    (
        "nl-paylo-pinstoring",
        "Pinstoring legt betalingen in winkels in het hele land urenlang stil",
        "Door een fout bij betaalverwerker Paylo konden klanten vrijdagmiddag in supermarkten, bij "
        "tankstations en op markten niet met hun pas betalen.",
        113.0,
    ),
    (
        "nl-paylo-pinstoring",
        "'Ik had geen cent op zak': winkeliers en klanten over de pinstoring",
        "In Rotterdam en Groningen stonden rijen voor de geldautomaten; sommige supermarkten "
        "lieten klanten hun boodschappen later betalen.",
        117.5,
    ),
    (
        "nl-kookgoed-waterkokers",
        "Waterkokers van Kookgoed teruggeroepen",
        "Het handvat kan loskomen en brandwonden veroorzaken.",
        130.5,
    ),
    (
        "nl-kookgoed-waterkokers",
        "Kookgoed roept 70.000 waterkokers terug na meldingen van brandwonden",
        "De fabrikant vraagt klanten die het apparaat sinds oktober bij een bouwmarkt kochten het "
        "niet meer te gebruiken en het terug te brengen voor een nieuw exemplaar.",
        131.0,
    ),
    (
        "nl-tulpfabriek-ontslagen",
        "Gamestudio Tulpfabriek schrapt banen",
        "Een derde van het personeel moet vertrekken.",
        155.0,
    ),
    (
        "nl-tulpfabriek-ontslagen",
        "Amsterdamse gamemaker Tulpfabriek ontslaat 60 van de 180 medewerkers",
        "De studio achter het spel Polderkoorts zegt dat de verkoop van zijn nieuwste spel "
        "tegenviel en dat een investeerder zich heeft teruggetrokken.",
        155.5,
    ),
    (
        "nl-tulpfabriek-ontslagen",
        "Medewerkers Tulpfabriek hoorden via een videogesprek van hun ontslag",
        "Oud-werknemers vertellen dat ze zondag een uitnodiging kregen voor een gesprek van tien "
        "minuten, waarna hun toegang werd geblokkeerd.",
        159.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a phone maker's new model unveiled and an outage of the same maker's cloud service hours "
    "later": (
        "en-corvane-pulse-launch/cloud-outage",
        "de-brenntal-smartphone/cloud-ausfall",
        "pt-jandaia-j10/nuvem-fora-do-ar",
    ),
    "a streaming service's price rise announced in the morning and the same service failing "
    "during a live broadcast that evening": (
        "en-lumio-price-rise/live-crash",
        "es-ondina-sube-precios/caida-derbi",
        "it-visio-aumento-prezzi/blackout-finale",
    ),
    "a broadcaster's news chief resigning and a cyberattack taking the same broadcaster off air "
    "hours later": (
        "fr-canal-horizon-demission/cyberattaque",
        "nl-rtv-kempen-hoofdredacteur/hack-uitzending",
        "ru-polyarny-glavred/hakerskaya-ataka",
    ),
    "two telecom operators agreeing to merge and a network outage at one of them hours later": (
        "en-tessaline-brightwave-merger/network-outage",
        "de-fusion-nordfunk-alpenet/netzstoerung",
        "es-fusion-movilink-telecable/caida-red",
    ),
    "a data-protection authority's fine on a social platform and the same authority ordering an "
    "AI chatbot suspended days later": (
        "fr-cnil-amende-cigale/suspension-chatbot",
        "it-garante-multa-vexa/stop-chatbot-quillon",
        "nl-ap-boete-buurtpraat/chatbot-verbod",
    ),
    "a phone maker's new model unveiled and a recall of chargers or batteries for the same "
    "maker's previous model days later": (
        "de-fernwerk-faltphone/rueckruf-ladegeraete",
        "pt-lusofone-atlantico-5/recolha-baterias",
        "ru-zarya-smartfon/otzyv-zaryadok",
    ),
    "a newspaper's journalists on strike and a libel ruling against the same newspaper days "
    "later": (
        "it-sciopero-gazzetta-lario/condanna-diffamazione",
        "nl-utrechts-avondblad-staking/vonnis-smaad",
        "ru-volzhsky-vestnik-zabastovka/isk-o-klevete",
    ),
    "a competition authority clearing a media takeover and the same authority blocking another "
    "deal days later": (
        "es-cnmc-onda-levante/bloquea-cines",
        "fr-autorite-concurrence-radio-azur/blocage-cinemas",
        "pt-adc-radio-atlantida/chumba-cabonorte",
    ),
}
