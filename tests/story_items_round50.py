"""A fiftieth check set for story merging, written blind, with publication times, scored once.

Written in the format of round 46: items are (story, title, lead, hours), `hours` being when the
item was published, in hours after the set's start (a Monday, 00:00), so the merging's 48-hour
window decides as in production. It is one week of crime, courts and culture in towns and
regions in mid-November (Monday 16 to Sunday 22 November: burglaries, raids and arrests, trials,
verdicts, sentences and appeals, museum, theatre and gallery openings, concerts and festivals,
art thefts and forgeries, councils cutting culture budgets) as a reader's feeds carry it at
daily-digest density: 40 to 47 items a day (44, 46, 47, 46, 43, 40 and 44 from Monday to
Sunday), spanning 7.0 to 165.0 hours. It holds 310 items under 131 labels: 107 stories and 24
hard negatives; 46 labels in English (108 items), 13 in Italian (30 items), 12 in Russian (30
items), German (30 items), French (29 items), Spanish (28 items), Dutch (28 items) and
Portuguese (27 items). Big stories are carried by two to four outlets over a day (a wire flash
or teaser first, then a fuller page, a quote-led or reaction piece hours later that names the
event only by its place, its actor or one detail: "'They knew exactly what they wanted,' says
Harrowby curator", „Ein schwarzer Tag für die Stadt“: Intendant reagiert auf Ratsbeschluss,
«Por fin nos creen»: los vecinos de Los Pinares celebran la sentencia), and seventeen of them
have a follow-up with a new fact 16 to 25 hours after the first copy (the Tanners Walk arrests,
the Harrowby Gallery CCTV, the Hartnell family's next step, the Marlbury petition, the heron
mural offered for sale, the suspect in the shooting at «Янтарь», the former mayor's appeal, the
Hallbrück jewel thieves caught at the border, the Kronsfeld arrest warrant, the Vollmer show's
longer hours, the Villebrune town-hall suspects, the Peñaluz remands, the Borgoleone town-hall
thieves traced, the Vila Serrana auctioneer made a suspect, the Porto Alvo remands, the
Kreekdijk theatre's receiver, the Lindelaan suspect). 59 labels have two copies, 57 three, 2
four, and 13 stories are told by one outlet. 118 stories and hard negatives have a teaser copy
whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list
(compared by script), three each, each in its story's language. Four are two events on the
SAME day at the same place or with the same actor, 4 to 11.5 hours apart: a police force's
yearly crime figures in the morning and a shooting in the same town that evening (Kestleford,
Красноборск, Kreekdijk); a music festival's opening day and a police drug raid on its campsite
or car park that night (the Kronsfelder Jazztage, Peñaluz Sonora, Maré Cheia in Porto Alvo); a
town council's vote on its culture budget and a break-in at the same town hall hours later
(Villebrune, Borgoleone, Ommerwolde); a verdict at a court and the same courthouse evacuated
hours later over a suspicious bag, a bomb threat or smoke (Marlbury Crown Court, the Landgericht
Hallbrück, the Tribunal de Vila Serrana). Four fall days later: a painting stolen from a museum
or church and an older stolen work from the same town recovered by police (Верхнеозёрск,
Montferrac, Castelrocca; 68.5 to 72 hours apart); an appeal court upholding one conviction and
quashing another (the Court of Appeal in London, the Audiencia Provincial de Castromar, the hof
in Arnhem; 50 to 73 hours); an art or antiques fair's opening and looted antiquities seized at
the same fair (Oberweiden, Castelnau-les-Pins, San Ferreolo; 69 to 73 hours); a gang arrested
over a series of burglaries and a new break-in in the same town one or two days later
(Североречинск, Villarreña, Santa Luzia do Vale; 26 to 28 hours). Fifteen hard negatives fall
within 48 hours of their story, nine beyond it.

The week also stresses what a local crime and culture desk really carries side by side: the
same towns, courts and venues in several separate stories in one week. Kestleford Crown Court
sentences a silver forger, a bus-station killer and concert pickpockets, hears a murder trial
open and a bribery trial collapse; Market Hill in Harrowby has a gallery theft, a cannabis farm
in the old bank, a stop-and-search apology and the Christmas lights; Marlbury has its Crown
Court, a council cutting arts grants, a museum returning carved figures and closed by a strike,
a stage accident, a film festival and a stately-home burglary nearby; Coldwell has dawn raids,
a ram raid, a novelist's prize, an opera premiere and a brass band's title. Borgoleone,
Castelrocca, Villebrune, Montferrac, Castromar, Villarreña, Peñaluz, Hallbrück, Kronsfeld,
Porto Alvo, Vila Serrana, Kreekdijk, Ommerwolde, Bergeloo and Красноборск each carry three to
six stories, and several councils cut culture, several courts hand down sentences, several
museums open or reopen and several churches are robbed.

What "same story" means here: one event (one theft, one raid, one arrest, one trial's opening,
one verdict or sentence, one appeal ruling, one opening, one premiere, one festival's opening,
one council vote) in that event's news cycle, including a follow-up with a new fact the next
day (an arrest after a theft or shooting, a remand after a raid, an appeal lodged after a
verdict). Not the same story: another event of the same kind or at the same place or with the
same actor, even in the same court, town hall, museum or festival on the same day. A label with
a suffix after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`). No story has more than four copies, and every story's copies fall within 48
hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, firms, towns, venues and the country Tavessa are invented here; real places and bodies
appear only as backdrop (the Old Bailey, the Court of Appeal and the Royal Courts of Justice,
Mayfair, Birmingham, County Antrim, south Wales, the Highlands, Тверь, the hof in Arnhem and the
Hoge Raad, Milan, the Loire, the Polish border).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 46's docstring and first lines and its
HARD_NEGATIVES block were read for the format only; earlier sets were only compared by script
for clashing labels, texts and categories), and never run through the merging code before its
one scoring run, `python -m bench.stories --round50`. Once its errors have been read it is no
longer a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-nov-kestleford-crime-figures",
        "Kestleford burglaries fall by a fifth",
        "Wessmoor Police yearly figures show a drop in house break-ins.",
        9.0,
    ),
    (
        "en-nov-kestleford-crime-figures",
        "Burglaries in Kestleford down 21% but knife offences rise, police figures show",
        "Wessmoor Police's annual crime report, presented to the county's police and crime panel "
        "on Monday morning, recorded 1,412 burglaries in the Kestleford district, down from "
        "1,790, while knife offences rose by 9%.",
        10.5,
    ),
    (
        "en-nov-kestleford-crime-figures",
        "'We are not complacent about knives,' says Kestleford's police commander",
        "Chief Superintendent Rachel Awoyemi said extra patrols in the town centre had cut "
        "break-ins but conceded that the rise in blade offences among teenagers was 'the figure "
        "that keeps me awake'.",
        14.0,
    ),
    (
        "en-nov-kestleford-crime-figures/shooting",
        "Man shot on Kestleford's Brookside estate",
        "Armed officers are at the scene and the victim is in hospital.",
        20.5,
    ),
    (
        "en-nov-kestleford-crime-figures/shooting",
        "Man in his thirties seriously hurt in Brookside shooting",
        "Police were called to Tanners Walk on the Brookside estate in Kestleford shortly after "
        "8pm on Monday after reports of gunshots; a cordon is in place and residents were told "
        "to stay indoors.",
        21.3,
    ),
    (
        "en-nov-kestleford-crime-figures/shooting",
        "Two men arrested after Tanners Walk shooting",
        "Detectives said on Tuesday that the victim, 34, was stable in hospital and that two men "
        "aged 19 and 22 had been detained in Coldwell overnight on suspicion of attempted murder.",
        38.0,
    ),
    (
        "en-nov-harrowby-gallery-theft",
        "Watercolours stolen from Harrowby Gallery",
        "Two works by Eliza Crane were taken overnight.",
        7.0,
    ),
    (
        "en-nov-harrowby-gallery-theft",
        "Thieves break into Harrowby Gallery and take two Eliza Crane watercolours",
        "Staff at the gallery on Market Hill found on Monday morning that a skylight had been "
        "forced and the two small views of the river Lenn, valued together at about £90,000, cut "
        "from their frames.",
        8.0,
    ),
    (
        "en-nov-harrowby-gallery-theft",
        "'They knew exactly what they wanted,' says Harrowby curator",
        "Fiona Galbraith said the thieves ignored larger and more valuable pictures on the same "
        "wall, which suggested the two Cranes had been stolen to order.",
        12.5,
    ),
    (
        "en-nov-harrowby-gallery-theft",
        "Police release CCTV of two men seen near Harrowby Gallery before theft",
        "Wessmoor Police on Tuesday published images of two men in dark coats filmed on Market "
        "Hill at 2.40am, and said a grey van had been seen leaving the town at speed shortly "
        "afterwards.",
        30.5,
    ),
    (
        "en-nov-old-bailey-jewel-trial",
        "Trial opens over £2m Mayfair jewel raid",
        "Three men deny robbing the jeweller Hallstead & Vane.",
        11.0,
    ),
    (
        "en-nov-old-bailey-jewel-trial",
        "Three men go on trial at the Old Bailey accused of armed raid on Mayfair jeweller",
        "Prosecutors told the jury that the men, who all deny robbery, smashed display cases at "
        "Hallstead & Vane with sledgehammers in March and escaped on mopeds with rings and "
        "watches worth £2.1m.",
        12.0,
    ),
    (
        "en-nov-old-bailey-jewel-trial",
        "Jeweller's staff 'lay on the floor praying', jury told",
        "On the first day of the Hallstead & Vane trial, the shop's manager described hearing "
        "the glass break and being ordered to the ground by a man with an axe.",
        17.0,
    ),
    (
        "en-nov-kestleford-museum-protesters-fined",
        "Protesters who glued their hands to a museum painting are fined",
        "Two activists appeared at Kestleford Magistrates' Court on Monday and were fined £400 "
        "each for damaging the frame of a landscape at Kestleford Museum in August.",
        15.0,
    ),
    (
        "en-nov-kestleford-museum-protesters-fined",
        "Kestleford Museum glue protest pair ordered to pay for frame",
        "Magistrates add £1,200 in compensation to the fines.",
        16.0,
    ),
    (
        "en-nov-corn-exchange-pickpockets-jailed",
        "Pickpockets who targeted concert crowds are jailed",
        "Two men stole phones at Kestleford's Corn Exchange.",
        13.0,
    ),
    (
        "en-nov-corn-exchange-pickpockets-jailed",
        "Pair who stole 60 phones from concertgoers at Kestleford Corn Exchange jailed",
        "Kestleford Crown Court heard on Monday that the men, both from London, worked the "
        "queues at sold-out gigs over the summer and passed the handsets to a third man waiting "
        "in a car outside.",
        18.5,
    ),
    (
        "en-nov-wessmoor-symphony-grant",
        "Wessmoor Symphony loses its national funding",
        "The orchestra's £800,000 grant will end in 2027.",
        32.0,
    ),
    (
        "en-nov-wessmoor-symphony-grant",
        "'Devastating': Wessmoor Symphony Orchestra to lose national grant",
        "The orchestra, based at the Corn Exchange in Kestleford, said on Tuesday that the Arts "
        "Funding Board's decision to end its £800,000 yearly award put the jobs of its 60 "
        "musicians at risk.",
        33.5,
    ),
    (
        "en-nov-marlbury-cathedral-lead-theft",
        "Lead stripped from Marlbury Cathedral cloister roof",
        "Rain is now getting into the 14th-century walkway.",
        157.5,
    ),
    (
        "en-nov-marlbury-cathedral-lead-theft",
        "Thieves strip lead from Marlbury Cathedral's cloister for second time in three years",
        "The Dean said on Sunday that thieves climbed scaffolding overnight and took about two "
        "tonnes of lead, leaving the medieval cloister open to the weather.",
        159.0,
    ),
    (
        "en-nov-coldwell-dawn-raids",
        "Eleven held in Coldwell drug raids",
        "Police searched 14 addresses at dawn.",
        29.0,
    ),
    (
        "en-nov-coldwell-dawn-raids",
        "Dawn raids across Coldwell target county lines gang",
        "More than 200 officers took part in Tuesday's operation, arresting eleven people and "
        "seizing cocaine, cash and two machetes from homes in the port town and nearby villages.",
        30.0,
    ),
    (
        "en-nov-coldwell-dawn-raids",
        "'This gang used children as couriers,' says detective after Coldwell operation",
        "Detective Inspector Mark Ellery said boys as young as 14 had been recruited to carry "
        "drugs between Coldwell and Kestleford on buses.",
        35.5,
    ),
    (
        "en-nov-marlbury-crown-court-verdict",
        "Care home boss guilty of stealing from residents",
        "Denise Ormerod was convicted at Marlbury Crown Court.",
        34.0,
    ),
    (
        "en-nov-marlbury-crown-court-verdict",
        "Former care home manager Denise Ormerod found guilty of £340,000 fraud",
        "A jury at Marlbury Crown Court convicted the 58-year-old of taking money from the bank "
        "accounts of eleven elderly residents of Larchfield House over six years. She will be "
        "sentenced in January.",
        35.0,
    ),
    (
        "en-nov-marlbury-crown-court-verdict",
        "'Mum trusted her with everything,' says daughter after Larchfield verdict",
        "Relatives of residents at the Marlbury care home wept in the public gallery as the "
        "verdict was read, and called for a review of how homes handle the savings of the people "
        "in their care.",
        40.0,
    ),
    (
        "en-nov-marlbury-crown-court-verdict/evacuated",
        "Marlbury Crown Court evacuated over suspicious package",
        "A bomb disposal team was called to the court car park.",
        41.5,
    ),
    (
        "en-nov-marlbury-crown-court-verdict/evacuated",
        "Hearings halted as suspicious bag found outside Marlbury court",
        "Staff, jurors and defendants were led out of the Crown Court building on Tuesday "
        "afternoon after a holdall was found by the car park gates; army bomb disposal experts "
        "later declared it harmless.",
        42.3,
    ),
    (
        "en-nov-dunmarran-salmon-poachers",
        "Sheriff fines father and son for poaching salmon on the Dun",
        "Dunmarran Sheriff Court fined the pair £2,500 each on Tuesday after water bailiffs "
        "caught them netting fish at night during the spawning season.",
        36.0,
    ),
    (
        "en-nov-glenarra-linen-museum-reopens",
        "Glenarra Linen Museum reopens a year after flood",
        "The County Antrim museum is open again.",
        154.0,
    ),
    (
        "en-nov-glenarra-linen-museum-reopens",
        "Flood-hit Glenarra Linen Museum welcomes visitors back with restored looms",
        "The museum, whose ground floor was under a metre of river water last November, reopened "
        "on Sunday with its six 19th-century looms dried out, rebuilt and working again for "
        "weaving demonstrations.",
        155.0,
    ),
    (
        "en-nov-fenmoor-quad-bike-thefts",
        "Quad bikes stolen from three Fenmoor farms in one night",
        "Farmers around the village of Fenmoor woke on Sunday to find sheds forced and four quad "
        "bikes gone; police believe the same gang struck all three farms between midnight and "
        "4am.",
        149.0,
    ),
    (
        "en-nov-fake-silver-dealer-jailed",
        "Coldwell antiques dealer jailed for fake silver",
        "Bernard Quilley sold forged Georgian pieces.",
        55.0,
    ),
    (
        "en-nov-fake-silver-dealer-jailed",
        "Dealer who sold fake Georgian silver to collectors jailed for four years",
        "Bernard Quilley, 66, of Coldwell, was sentenced at Kestleford Crown Court on Wednesday "
        "after admitting selling 140 forged teapots, jugs and candlesticks bearing false "
        "hallmarks for more than £600,000.",
        56.0,
    ),
    (
        "en-nov-fake-silver-dealer-jailed",
        "Judge tells silver forger he 'betrayed a trade built on trust'",
        "Sentencing Quilley, Judge Caroline Ashe said the Coldwell dealer had fooled museums as "
        "well as private buyers, and ordered that the pieces still traced be destroyed.",
        61.5,
    ),
    (
        "en-nov-court-of-appeal-upholds",
        "Appeal judges uphold Coldwell nightclub murder conviction",
        "Lewis Hartnell loses his challenge in London.",
        58.0,
    ),
    (
        "en-nov-court-of-appeal-upholds",
        "Court of Appeal rejects Lewis Hartnell's bid to overturn murder conviction",
        "Three judges ruled that there was nothing unsafe about the jury's verdict over the "
        "death of doorman Gary Fell outside the Anchor Rooms in Coldwell in 2023, and dismissed "
        "claims that CCTV evidence was wrongly admitted.",
        59.5,
    ),
    (
        "en-nov-court-of-appeal-upholds",
        "Hartnell family to take case to review commission after appeal fails",
        "The mother of Lewis Hartnell said on Thursday that the family would apply to the "
        "Criminal Cases Review Commission, a day after the Court of Appeal upheld her son's life "
        "sentence.",
        80.0,
    ),
    (
        "en-nov-kestleford-murder-trial-opens",
        "Landlord on trial for murder of tenant",
        "Kestleford Crown Court hears of a row over rent.",
        60.0,
    ),
    (
        "en-nov-kestleford-murder-trial-opens",
        "Kestleford landlord accused of killing tenant in row over unpaid rent",
        "Graham Tolley, 52, denies murdering Ionut Radu, 31, who was found dead at a house in "
        "Station Road in February; the trial is expected to last three weeks.",
        61.0,
    ),
    (
        "en-nov-kestleford-murder-trial-opens",
        "Neighbour heard 'shouting about money' before Station Road death, jury told",
        "A woman living next door told the court that she heard two men arguing and then a heavy "
        "thud on the night the tenant died.",
        66.0,
    ),
    (
        "en-nov-marlbury-museum-repatriation",
        "Marlbury Museum to return carved figures to Tavessa",
        "Trustees agree to hand back eight wooden statues.",
        62.0,
    ),
    (
        "en-nov-marlbury-museum-repatriation",
        "Marlbury Museum agrees to give back eight ancestral figures taken from Tavessa in 1896",
        "The trustees voted on Wednesday to return the carved figures, seized by a British naval "
        "expedition, after a request from Tavessa's culture ministry; they will travel home next "
        "spring.",
        63.0,
    ),
    (
        "en-nov-marlbury-museum-repatriation",
        "Tavessan minister hails 'a door opened' after Marlbury decision",
        "Culture minister Adaeze Morrow said the return of the statues would be marked with a "
        "ceremony in the capital and urged other museums to follow.",
        68.0,
    ),
    (
        "en-nov-marlbury-council-arts-cuts",
        "Marlbury councillors vote for 30% cut in arts grants",
        "The Arts Centre cinema and the city festival are among the losers.",
        64.0,
    ),
    (
        "en-nov-marlbury-council-arts-cuts",
        "Marlbury City Council cuts arts funding by nearly a third to close budget gap",
        "The council's cabinet voted 7-3 on Wednesday to reduce grants to cultural groups from "
        "£2.1m to £1.47m next year, leaving the Marlbury Arts Centre unable to keep its cinema "
        "screen open, its trustees said.",
        65.0,
    ),
    (
        "en-nov-marlbury-council-arts-cuts",
        "Arts centre chief says Marlbury vote 'turns the lights off' on the cinema",
        "Priya Nandakumar, director of the Arts Centre on Quay Street, said 40 jobs were at risk "
        "and that the screen would close in April unless another funder stepped in.",
        70.0,
    ),
    (
        "en-nov-marlbury-council-arts-cuts",
        "Petition against Marlbury arts cuts passes 10,000 signatures",
        "By Thursday afternoon the petition had enough names to force a debate of the full "
        "council, its organisers said, a day after the cabinet's decision.",
        84.5,
    ),
    (
        "en-nov-harrowby-cannabis-farm",
        "Cannabis farm found in Harrowby's old bank",
        "Police who forced the doors of the empty Victorian bank on Market Hill on Sunday found "
        "600 plants growing across three floors and a bypassed electricity meter; no one was "
        "inside.",
        152.0,
    ),
    (
        "en-nov-kelpie-gallery-opens",
        "Dunmarran's Kelpie Gallery opens in old ice house",
        "The Highland town has a new art space.",
        158.0,
    ),
    (
        "en-nov-kelpie-gallery-opens",
        "Former ice house on Dunmarran harbour reopens as the Kelpie Gallery",
        "The stone building where the town's salmon was once packed in ice opened as a gallery "
        "on Sunday with paintings of the coast by Morag Lindsay, bought with a £1.2m lottery "
        "grant.",
        159.0,
    ),
    (
        "en-nov-kelpie-gallery-opens",
        "'My grandfather packed fish here,' says painter at Kelpie opening",
        "Morag Lindsay told guests at the Dunmarran gallery that her first memories were of the "
        "ice house's cold floor, and that she had painted the harbour for fifty years from its "
        "windows.",
        163.0,
    ),
    (
        "en-nov-harrowby-mural-removed",
        "Street artist's mural cut from Harrowby wall",
        "A work by Pell has vanished overnight.",
        126.0,
    ),
    (
        "en-nov-harrowby-mural-removed",
        "Mural by street artist Pell removed from Harrowby launderette wall overnight",
        "Residents of Orchard Lane found a rectangular hole in the brickwork on Saturday morning "
        "where the painting of a heron had been since 2022; the launderette's owner said no one "
        "had asked his permission.",
        127.5,
    ),
    (
        "en-nov-harrowby-mural-removed",
        "Missing Harrowby heron mural appears on online auction site",
        "A listing offering the work for £45,000 was taken down on Sunday morning after the "
        "launderette's owner and Wessmoor Police contacted the site.",
        151.0,
    ),
    (
        "en-nov-coldwell-councillors-trial-collapses",
        "Coldwell planning bribes trial collapses",
        "The judge discharged the jury after an evidence blunder.",
        85.0,
    ),
    (
        "en-nov-coldwell-councillors-trial-collapses",
        "Trial of two Coldwell councillors accused of taking bribes collapses",
        "The judge at Kestleford Crown Court discharged the jury on Thursday after prosecutors "
        "admitted that 300 pages of emails had not been disclosed to the defence; a decision on "
        "a retrial is expected next month.",
        86.0,
    ),
    (
        "en-nov-coldwell-councillors-trial-collapses",
        "Prosecutors face questions after Coldwell councillors' case falls apart",
        "The Crown Prosecution Service said it would review its handling of the case against "
        "Pauline Drury and Mike Ransome, who both deny corruption.",
        91.0,
    ),
    (
        "en-nov-prison-officer-charged",
        "Prison officer charged over phones smuggled into HMP Kestleford",
        "The officer, 29, faces misconduct and drugs charges.",
        82.0,
    ),
    (
        "en-nov-prison-officer-charged",
        "HMP Kestleford officer accused of smuggling phones and drugs to inmates",
        "Callum Reid, 29, was charged with misconduct in public office and conspiracy to supply "
        "drugs and will appear before Kestleford magistrates next week, the Crown Prosecution "
        "Service said on Thursday.",
        83.0,
    ),
    (
        "en-nov-marlbury-market-barriers",
        "Concrete barriers for Marlbury's Christmas market",
        "Police advice leads to new security at Cathedral Green.",
        86.0,
    ),
    (
        "en-nov-marlbury-market-barriers",
        "Marlbury Christmas market to open behind concrete blocks after police advice",
        "The council said on Thursday that 40 barriers would ring the 90 stalls on Cathedral "
        "Green when the market opens next week, and that bags would be checked at two entrances.",
        90.5,
    ),
    (
        "en-nov-wessmoor-library-closures",
        "Wessmoor to close nine libraries",
        "The county cabinet has backed a cuts plan.",
        88.0,
    ),
    (
        "en-nov-wessmoor-library-closures",
        "Nine Wessmoor libraries to shut as county council cuts £4m",
        "The council's cabinet agreed on Thursday to close nine of its 31 branch libraries by "
        "next summer and hand four more to volunteers, blaming the rising cost of adult social "
        "care.",
        89.0,
    ),
    (
        "en-nov-wessmoor-library-closures",
        "Fenmoor villagers vow to keep their library open themselves",
        "Residents who packed the public gallery at County Hall said they would form a trust to "
        "run the Fenmoor branch, one of the nine facing closure.",
        94.0,
    ),
    (
        "en-nov-kestleford-playhouse-reopens",
        "Kestleford Playhouse reopens after £6m refit",
        "The curtain rises again at the restored Victorian theatre.",
        91.0,
    ),
    (
        "en-nov-kestleford-playhouse-reopens",
        "Restored Kestleford Playhouse opens its doors with The Lamplighter's Daughter",
        "The 1884 theatre, closed for two years while its roof, seating and stage machinery were "
        "replaced, welcomed a sold-out audience of 640 on Thursday night for a new play by local "
        "writer Owen Tregear.",
        95.5,
    ),
    (
        "en-nov-kestleford-playhouse-reopens",
        "'It smells like a theatre again,' says Playhouse director on first night",
        "Helen Mabry told the audience that the refit had saved the building from closure, and "
        "thanked the 3,000 residents who gave to the appeal.",
        105.5,
    ),
    (
        "en-nov-coldwell-novelist-prize",
        "Coldwell novelist wins first-novel prize",
        "Maeve Duggan, a former fish-market clerk in Coldwell, won the Harrow & Finch prize for "
        "a first novel on Thursday evening for The Ice House, a story of two sisters running a "
        "harbour cafe.",
        93.0,
    ),
    (
        "en-nov-coldwell-bus-station-sentence",
        "Teenager gets life for Coldwell bus station killing",
        "He must serve a minimum of 16 years.",
        104.0,
    ),
    (
        "en-nov-coldwell-bus-station-sentence",
        "Boy, 17, jailed for life for stabbing Jordan Blake at Coldwell bus station",
        "The youth, who cannot be named, must serve at least 16 years, Kestleford Crown Court "
        "heard on Friday; he stabbed the 18-year-old apprentice after a row over a phone in June.",
        105.0,
    ),
    (
        "en-nov-coldwell-bus-station-sentence",
        "'No sentence brings Jordan back,' says mother after Kestleford hearing",
        "Lorraine Blake urged parents to check their children's bags for knives and said the "
        "family would campaign for metal detectors at the bus station.",
        110.0,
    ),
    (
        "en-nov-harrowby-forger-arrested",
        "Man arrested in Harrowby over forged Albery paintings",
        "Police seized canvases and paints at a barn.",
        103.0,
    ),
    (
        "en-nov-harrowby-forger-arrested",
        "Police arrest suspected forger of Thomas Albery landscapes",
        "Detectives searched a converted barn near Harrowby on Friday and seized 23 canvases, "
        "old frames and pigments after dealers reported a string of doubtful works by the "
        "Victorian painter; a man of 61 is being questioned.",
        104.5,
    ),
    (
        "en-nov-stop-search-apology",
        "Wessmoor police chief apologises over Harrowby stop-and-search",
        "The chief constable said sorry to a teenager.",
        105.0,
    ),
    (
        "en-nov-stop-search-apology",
        "Chief constable apologises to Harrowby teenager searched four times in a month",
        "Jonathan Pryce-Evans said on Friday that the searches of the 16-year-old, filmed by a "
        "passer-by on Market Hill, were 'not justified' and that two officers had been given "
        "management advice.",
        107.5,
    ),
    (
        "en-nov-court-of-appeal-upholds/quashed",
        "Kestleford shopkeeper's conviction quashed",
        "The Court of Appeal has cleared Arjun Malde.",
        108.0,
    ),
    (
        "en-nov-court-of-appeal-upholds/quashed",
        "Appeal judges clear shopkeeper jailed over stolen phones",
        "The Court of Appeal on Friday quashed the conviction of Arjun Malde, 47, who ran a "
        "phone repair shop in Kestleford, ruling that the trial judge misdirected the jury on "
        "what he could have known about the handsets' origin.",
        109.0,
    ),
    (
        "en-nov-court-of-appeal-upholds/quashed",
        "'Two years of my life gone,' says freed Kestleford trader",
        "Arjun Malde, speaking outside the Royal Courts of Justice, said he would reopen his "
        "shop on Bridge Street and seek compensation.",
        113.5,
    ),
    (
        "en-nov-dunmarran-jazz-festival",
        "Dunmarran Jazz Festival opens with Nadia Orr",
        "Four days of concerts begin in the Highland town.",
        114.0,
    ),
    (
        "en-nov-dunmarran-jazz-festival",
        "Saxophonist Nadia Orr opens Dunmarran's jazz weekend in a packed town hall",
        "The festival, in its 21st year, has sold 9,000 tickets for 38 concerts in halls, "
        "churches and pubs across the town, its organisers said on Friday evening.",
        118.0,
    ),
    (
        "en-nov-marlbury-film-festival",
        "Marlbury Film Festival opens with Tidewater",
        "Director Sam Okafor premieres his drama at the Regal.",
        115.0,
    ),
    (
        "en-nov-marlbury-film-festival",
        "Sam Okafor's Tidewater opens the tenth Marlbury Film Festival",
        "The drama, shot in the fishing villages south of the city, had its first screening at "
        "the Regal on Friday night, opening nine days of 70 films.",
        116.5,
    ),
    (
        "en-nov-theatre-royal-stage-accident",
        "Actor hurt in fall at Marlbury Theatre Royal",
        "Friday's performance of Twelfth Night was stopped.",
        122.0,
    ),
    (
        "en-nov-theatre-royal-stage-accident",
        "Marlbury's Twelfth Night halted after actor falls through open trapdoor",
        "Leo Farrant, 26, who plays Sebastian, was taken to hospital with a broken ankle; the "
        "Theatre Royal cancelled Saturday's matinee and said the Health and Safety Executive had "
        "been told.",
        124.5,
    ),
    (
        "en-nov-coldwell-cash-machine-raid",
        "Cash machine ripped from Coldwell supermarket wall",
        "Ram raiders used a stolen digger.",
        125.0,
    ),
    (
        "en-nov-coldwell-cash-machine-raid",
        "Gang uses stolen digger to tear cash machine out of Coldwell supermarket",
        "The raiders struck at 3am on Saturday at the store on Harbour Road, loaded the machine "
        "onto a pickup and set fire to the digger before escaping towards Kestleford, police "
        "said.",
        126.5,
    ),
    (
        "en-nov-marlbury-museum-attendants-strike",
        "Marlbury Museum closes as attendants strike over pay",
        "The museum shut its doors on Saturday, its busiest day, as 22 gallery attendants began "
        "a two-day walkout over a pay offer that their union called 'an insult'.",
        127.0,
    ),
    (
        "en-nov-kestleford-museum-hoard-gallery",
        "Fenmoor hoard goes on show in Kestleford",
        "A new Roman gallery opens at the town museum.",
        130.0,
    ),
    (
        "en-nov-kestleford-museum-hoard-gallery",
        "Kestleford Museum opens Roman gallery built around the Fenmoor hoard",
        "The 1,300 silver coins found by a metal detectorist in 2021 go on permanent display "
        "from Saturday, alongside a reconstructed farmhouse kitchen and a child's leather shoe "
        "found at the same site.",
        131.5,
    ),
    (
        "en-nov-ticket-tout-jailed",
        "Ticket tout jailed for £1.3m resale scheme",
        "He used 200 fake identities to buy seats.",
        101.0,
    ),
    (
        "en-nov-ticket-tout-jailed",
        "Tout who bought concert tickets with 200 fake identities jailed for three years",
        "Marlbury Crown Court heard on Friday that Dean Farrow, 38, resold seats for stadium "
        "tours at up to ten times their price and hid the profits in his mother's bank account.",
        102.5,
    ),
    (
        "en-nov-harrowby-lights-switch-on",
        "Harrowby switches on its Christmas lights",
        "Singer Tamsin Rhodes did the honours on Market Hill.",
        139.0,
    ),
    (
        "en-nov-harrowby-lights-switch-on",
        "Thousands pack Market Hill as Tamsin Rhodes turns on Harrowby's lights",
        "The singer, who grew up in the town, performed three songs before switching on 20,000 "
        "bulbs on Saturday evening; the council said 7,000 people came, a record.",
        140.0,
    ),
    (
        "en-nov-salt-road-opera-premiere",
        "New opera The Salt Road premieres in Coldwell",
        "The Harbour Theatre stages a story of the herring girls.",
        142.0,
    ),
    (
        "en-nov-salt-road-opera-premiere",
        "Coldwell's Harbour Theatre premieres The Salt Road, an opera of the herring girls",
        "Composer Imelda Strachan's first opera, sung by a cast of 14 with a chorus of 40 local "
        "singers, ended on Saturday night with a standing ovation.",
        143.0,
    ),
    (
        "en-nov-salt-road-opera-premiere",
        "'The chorus stole the night': Strachan's opera wins over its home town",
        "Critics and the fishing families who filled the Harbour Theatre praised the 40 Coldwell "
        "singers, many of them descendants of the women whose story the opera tells.",
        155.0,
    ),
    (
        "en-nov-fenmoor-hare-coursing",
        "Five arrested for hare coursing near Fenmoor",
        "Police stopped two vehicles with dogs on a farm track outside Fenmoor at dawn on Sunday "
        "and arrested five men from outside the county under the new hunting laws.",
        153.0,
    ),
    (
        "en-nov-ravensholt-hall-burglary",
        "Porcelain stolen in raid on Ravensholt Hall",
        "Burglars hit a stately home near Marlbury.",
        150.0,
    ),
    (
        "en-nov-ravensholt-hall-burglary",
        "Burglars take Chinese porcelain from Ravensholt Hall near Marlbury",
        "Thieves smashed a window in the house's east wing in the early hours of Sunday and took "
        "eleven pieces of 18th-century porcelain from a display cabinet; they had gone when "
        "police arrived 12 minutes later.",
        151.0,
    ),
    (
        "en-nov-ravensholt-hall-burglary",
        "Ravensholt's owner fears the porcelain has already left the country",
        "Lady Imogen Sheraton said the pieces would only be of use to a collector abroad and "
        "appealed to dealers to look out for a blue dragon vase.",
        156.0,
    ),
    (
        "en-nov-pontardyn-choir-festival",
        "Pontardyn male voice choirs fill the chapel",
        "A hundred singers gathered for the festival.",
        153.0,
    ),
    (
        "en-nov-pontardyn-choir-festival",
        "Eight male voice choirs sing together at Pontardyn festival in the Valleys",
        "More than a hundred singers from across south Wales filled Bethel Chapel on Sunday "
        "afternoon for the festival, which organisers revived this year after a gap of twelve "
        "years.",
        154.5,
    ),
    (
        "en-nov-kestleford-nightclub-stabbing",
        "Man stabbed outside Kestleford nightclub",
        "The victim was attacked as the club closed and is critical.",
        148.5,
    ),
    (
        "en-nov-kestleford-nightclub-stabbing",
        "Man fighting for life after stabbing outside Kestleford's Velvet Rooms",
        "Police said a 23-year-old man was attacked as crowds left the club on Sheep Street at "
        "about 3am on Sunday; a 20-year-old woman has been arrested and the street was closed "
        "for most of the morning.",
        150.5,
    ),
    (
        "en-nov-brass-band-final",
        "Coldwell Colliery Band wins national brass title",
        "It is the port town band's first win in 31 years.",
        160.0,
    ),
    (
        "en-nov-brass-band-final",
        "Coldwell Colliery Band ends 31-year wait for national championship",
        "The band, founded by miners in 1898, beat 19 rivals at the final in Birmingham on "
        "Sunday with its performance of a new test piece by Ruth Maynard.",
        161.5,
    ),
    # --- Russian ---
    (
        "ru-nov-verkhneozersk-krazha-kartiny",
        "Из музея в Верхнеозёрске украли картину",
        "Пропал пейзаж позапрошлого века из постоянной экспозиции.",
        14.0,
    ),
    (
        "ru-nov-verkhneozersk-krazha-kartiny",
        "Из краеведческого музея Верхнеозёрска похищен пейзаж художника Аверкиева",
        "Пропажу картины «Вечер на Вельге» в понедельник утром обнаружили сотрудники музея; по "
        "данным полиции, вор проник в здание через окно подсобного помещения.",
        15.0,
    ),
    (
        "ru-nov-verkhneozersk-krazha-kartiny",
        "«Сигнализация молчала»: директор музея в Верхнеозёрске о пропаже Аверкиева",
        "Тамара Гладких рассказала, что датчики в зале не работали с лета, а деньги на их ремонт "
        "музей дважды просил у области.",
        20.0,
    ),
    (
        "ru-nov-severorechensk-banda-vorov",
        "В Североречинске задержали банду квартирных воров",
        "На счету группы более сорока краж.",
        32.0,
    ),
    (
        "ru-nov-severorechensk-banda-vorov",
        "Полиция Североречинска задержала четверых подозреваемых в серии квартирных краж",
        "По версии следствия, с весны группа вскрывала квартиры в новостройках Заречного "
        "микрорайона, пока хозяева были на работе; при обысках изъяты отмычки и украшения.",
        33.0,
    ),
    (
        "ru-nov-severorechensk-banda-vorov",
        "Жители Заречного микрорайона: «Наконец можно выдохнуть»",
        "Соседи по новостройкам, где за полгода обокрали десятки квартир, рассказали, что до "
        "задержания воров сами по очереди дежурили в подъездах.",
        38.0,
    ),
    (
        "ru-nov-zaozersk-duma-kultura",
        "Областная дума урезала расходы на культуру",
        "Филармония и два театра лишатся части денег.",
        40.0,
    ),
    (
        "ru-nov-zaozersk-duma-kultura",
        "Депутаты Заозёрской области сократили бюджет культуры на следующий год на 18%",
        "Во вторник дума приняла поправки, по которым областная филармония, драмтеатр в "
        "Красноборске и кукольный театр получат на треть меньше субсидий, а гастроли по районам "
        "будут отменены.",
        41.0,
    ),
    (
        "ru-nov-zaozersk-duma-kultura",
        "«Нам придётся отменить сезон»: худрук кукольного театра о решении депутатов",
        "Художественный руководитель театра Олег Зимин сказал, что без субсидии не сможет "
        "выпустить две новогодние постановки и платить актёрам с марта.",
        45.0,
    ),
    (
        "ru-nov-krasnobor-statistika",
        "В Красноборске за год стало меньше краж",
        "Полиция отчиталась о снижении числа квартирных краж.",
        56.0,
    ),
    (
        "ru-nov-krasnobor-statistika",
        "Начальник полиции Красноборска: квартирных краж на четверть меньше, мошенничеств больше",
        "На коллегии в среду полковник Игорь Ланской сообщил, что за десять месяцев в городе "
        "зарегистрировано 612 краж из квартир против 820 годом ранее, а число телефонных "
        "мошенничеств выросло почти вдвое.",
        57.5,
    ),
    (
        "ru-nov-krasnobor-statistika",
        "«Мошенники звонят пенсионерам каждый день», — предупредил полковник Ланской",
        "Главный полицейский Красноборска призвал горожан не сообщать по телефону коды из СМС и "
        "рассказал, что за год жители отдали мошенникам 140 миллионов рублей.",
        62.0,
    ),
    (
        "ru-nov-krasnobor-statistika/strelba",
        "Стрельба у торгового центра в Красноборске",
        "Ранен охранник, стрелявший скрылся.",
        66.5,
    ),
    (
        "ru-nov-krasnobor-statistika/strelba",
        "В Красноборске неизвестный открыл огонь у торгового центра «Янтарь»",
        "Вечером в среду мужчина несколько раз выстрелил из травматического пистолета после "
        "ссоры на парковке; охранник центра ранен в ногу, нападавшего ищут.",
        67.5,
    ),
    (
        "ru-nov-krasnobor-statistika/strelba",
        "Задержан подозреваемый в стрельбе у «Янтаря»",
        "Мужчину 27 лет задержали утром в четверг в соседнем посёлке; ему предъявлено обвинение "
        "в хулиганстве с применением оружия.",
        84.0,
    ),
    (
        "ru-nov-severorechensk-banda-vorov/novaya-krazha",
        "В Заречном микрорайоне снова обокрали квартиру",
        "Из квартиры на Лесной улице вынесли технику и деньги.",
        58.0,
    ),
    (
        "ru-nov-severorechensk-banda-vorov/novaya-krazha",
        "Новая квартирная кража в Североречинске — через день после задержания банды",
        "Вор проник в квартиру на третьем этаже дома на Лесной улице, пока хозяйка была в "
        "поликлинике; полиция проверяет, не действовал ли он по той же схеме.",
        59.5,
    ),
    (
        "ru-nov-oblsud-prigovor-mer",
        "Бывший мэр Красноборска получил восемь лет",
        "Суд признал его виновным во взятках.",
        80.0,
    ),
    (
        "ru-nov-oblsud-prigovor-mer",
        "Экс-мэра Красноборска Виктора Бурова приговорили к восьми годам за взятки",
        "Областной суд в четверг признал, что Буров получил от подрядчиков 23 миллиона рублей за "
        "контракты на ремонт дорог и набережной; он также оштрафован и лишён права занимать "
        "должности.",
        81.0,
    ),
    (
        "ru-nov-oblsud-prigovor-mer",
        "Защита Бурова подала апелляцию на приговор",
        "Адвокаты бывшего мэра Красноборска в пятницу обжаловали решение областного суда, "
        "заявив, что показания подрядчиков были получены под давлением.",
        97.0,
    ),
    (
        "ru-nov-verkhneozersk-krazha-kartiny/najdena-ikona",
        "В Верхнеозёрске нашли икону, украденную пять лет назад",
        "Образ восемнадцатого века вернётся в Троицкую церковь.",
        86.0,
    ),
    (
        "ru-nov-verkhneozersk-krazha-kartiny/najdena-ikona",
        "Полиция вернула Троицкой церкви Верхнеозёрска похищенную в 2020 году икону",
        "Икону святителя Николая обнаружили при обыске у коллекционера в Твери; настоятель храма "
        "сообщил, что её покажут прихожанам в воскресенье.",
        88.0,
    ),
    (
        "ru-nov-obysk-galereya",
        "Обыски в галерее «Палитра» по делу о поддельных картинах",
        "Следователи изъяли около тридцати полотен.",
        106.0,
    ),
    (
        "ru-nov-obysk-galereya",
        "Владельца красноборской галереи подозревают в продаже подделок под Шишкина",
        "В пятницу следователи провели обыски в галерее «Палитра» и в доме её владельца; по "
        "версии следствия, покупатели заплатили за поддельные пейзажи более 40 миллионов рублей.",
        107.5,
    ),
    (
        "ru-nov-dramteatr-premiera",
        "Красноборский драмтеатр показал «Грозу» Островского",
        "Премьера собрала полный зал.",
        114.0,
    ),
    (
        "ru-nov-dramteatr-premiera",
        "В Красноборском драмтеатре — премьера «Грозы» в постановке Анны Лыковой",
        "Спектакль, в котором Волга превращена в затопленную сцену с настоящей водой, в пятницу "
        "вечером зрители провожали стоя; следующие показы распроданы до января.",
        116.0,
    ),
    (
        "ru-nov-ozernyj-dzhaz",
        "В Верхнеозёрске открылся фестиваль «Озёрный джаз»",
        "Три дня концертов на берегу озера.",
        134.0,
    ),
    (
        "ru-nov-ozernyj-dzhaz",
        "Фестиваль «Озёрный джаз» в Верхнеозёрске открыл квартет Марка Ройтмана",
        "В субботу в городском доме культуры прошли первые концерты фестиваля, на который, по "
        "словам организаторов, приехали музыканты из девяти городов и около двух тысяч гостей.",
        135.5,
    ),
    (
        "ru-nov-ozernyj-dzhaz",
        "«Здесь джаз слушают как в столице»: Ройтман об открытии фестиваля",
        "Саксофонист Марк Ройтман, открывший «Озёрный джаз», сказал, что впервые играл в "
        "Верхнеозёрске двадцать лет назад в зале на сорок мест, а теперь не хватает и тысячи.",
        150.5,
    ),
    (
        "ru-nov-muzej-rechnogo-flota",
        "В Североречинске открылся музей речного флота",
        "В воскресенье в здании бывшего пароходного агентства на набережной открылся музей, где "
        "собраны модели судов, карты лоцманов и колокол парохода «Гражданин».",
        150.0,
    ),
    # --- German ---
    (
        "de-nov-kunstmesse-oberweiden",
        "Kunst- und Antiquitätenmesse in Oberweiden eröffnet",
        "Rund 120 Händler stellen in der Stadthalle aus.",
        11.0,
    ),
    (
        "de-nov-kunstmesse-oberweiden",
        "Oberweidener Kunstmesse startet mit Rekordzahl an Ausstellern",
        "Zur Eröffnung der 34. Kunst- und Antiquitätenmesse am Montag kamen nach Angaben der "
        "Veranstalter rund 2.000 Besucher in die Stadthalle, wo 120 Händler Gemälde, Möbel und "
        "Münzen anbieten.",
        12.5,
    ),
    (
        "de-nov-kunstmesse-oberweiden",
        "„Die Sammler sind zurück“: Messechefin zieht in Oberweiden erste Bilanz",
        "Schon am ersten Tag seien mehrere Bilder für sechsstellige Summen verkauft worden, "
        "sagte Messeleiterin Birgit Kallweit; die Messe läuft bis Sonntag.",
        17.0,
    ),
    (
        "de-nov-kronsfeld-faelscherprozess",
        "Prozess gegen mutmaßlichen Kunstfälscher in Kronsfeld",
        "Der Angeklagte soll 40 Bilder gefälscht haben.",
        33.0,
    ),
    (
        "de-nov-kronsfeld-faelscherprozess",
        "Kunstfälscher-Prozess in Kronsfeld: Angeklagter schweigt zum Auftakt",
        "Vor dem Landgericht Kronsfeld muss sich seit Dienstag ein 58-jähriger Maler "
        "verantworten, der Werke des Expressionisten Otto Rainfeld gefälscht und über "
        "Auktionshäuser für 3,2 Millionen Euro verkauft haben soll.",
        34.0,
    ),
    (
        "de-nov-philharmonie-tournee-abgesagt",
        "Philharmonie Hallbrück sagt Asien-Tournee ab",
        "Grund sind fehlende Mittel der Stadt.",
        44.0,
    ),
    (
        "de-nov-philharmonie-tournee-abgesagt",
        "Geldmangel: Hallbrücker Philharmoniker streichen Tournee durch Japan und Korea",
        "Das Orchester teilte am Dienstag mit, die Reise im Frühjahr mit zwölf Konzerten sei "
        "nach der Kürzung des städtischen Zuschusses um 400.000 Euro nicht mehr zu bezahlen.",
        45.0,
    ),
    (
        "de-nov-einbruch-juwelier-hallbrueck",
        "Einbruch bei Juwelier in Hallbrück",
        "Täter erbeuten Uhren und Schmuck.",
        55.0,
    ),
    (
        "de-nov-einbruch-juwelier-hallbrueck",
        "Einbrecher räumen Juweliergeschäft in der Hallbrücker Altstadt aus",
        "Die Täter brachen in der Nacht zum Mittwoch durch die Wand eines leerstehenden "
        "Nachbarladens in das Geschäft Brenninger am Marktplatz ein und erbeuteten Uhren und "
        "Schmuck im Wert von rund 600.000 Euro.",
        56.0,
    ),
    (
        "de-nov-einbruch-juwelier-hallbrueck",
        "Nach Juwelier-Einbruch in Hallbrück: Verdächtige an der Grenze gefasst",
        "Die Bundespolizei nahm am Donnerstagmorgen zwei Männer bei einer Kontrolle an der "
        "Autobahn nach Polen fest; in ihrem Wagen lagen nach Angaben der Ermittler mehrere Uhren "
        "aus der Beute.",
        77.0,
    ),
    (
        "de-nov-kronsfeld-stadtrat-kammerspiele",
        "Kronsfelder Stadtrat beschließt Aus für Kammerspiele",
        "Die kleine Bühne soll Ende 2027 schließen.",
        66.0,
    ),
    (
        "de-nov-kronsfeld-stadtrat-kammerspiele",
        "Kronsfeld schließt seine Kammerspiele: Stadtrat stimmt für Sparpaket",
        "Mit 27 zu 22 Stimmen beschloss der Rat am Mittwochabend, die Zweitbühne des "
        "Stadttheaters aufzugeben und das Gebäude zu verkaufen, um jährlich 1,1 Millionen Euro "
        "einzusparen.",
        67.0,
    ),
    (
        "de-nov-kronsfeld-stadtrat-kammerspiele",
        "„Ein schwarzer Tag für die Stadt“: Intendant reagiert auf Ratsbeschluss",
        "Intendant Jochen Haberland kündigte an, mit dem Ensemble vor dem Rathaus zu spielen, "
        "bis das Bürgerbegehren gegen die Schließung genug Unterschriften hat.",
        72.0,
    ),
    (
        "de-nov-kunstmesse-oberweiden/beschlagnahme",
        "Zoll beschlagnahmt Raubgrabungsfunde auf Oberweidener Messe",
        "Betroffen sind antike Vasen eines Händlers.",
        80.0,
    ),
    (
        "de-nov-kunstmesse-oberweiden/beschlagnahme",
        "Mutmaßlich geplünderte Antiken: Zollfahnder räumen Stand auf der Messe in Oberweiden",
        "Die Fahnder stellten am Donnerstag 19 Vasen und Bronzefiguren sicher, die aus illegalen "
        "Grabungen im Nahen Osten stammen sollen; gegen den Händler aus Süddeutschland wird "
        "ermittelt.",
        81.5,
    ),
    (
        "de-nov-landgericht-hallbrueck-urteil",
        "Sieben Jahre Haft für Goldhändler",
        "Urteil im Aurivest-Prozess in Hallbrück.",
        82.0,
    ),
    (
        "de-nov-landgericht-hallbrueck-urteil",
        "Landgericht Hallbrück verurteilt Aurivest-Gründer wegen Betrugs an 3.000 Anlegern",
        "Die Kammer sah es am Donnerstag als erwiesen an, dass Rainer Stoltz Gold verkauft "
        "hatte, das es nie gab, und verurteilte ihn zu sieben Jahren Haft; der Schaden liegt bei "
        "48 Millionen Euro.",
        83.0,
    ),
    (
        "de-nov-landgericht-hallbrueck-urteil",
        "„Das Geld ist weg“: Aurivest-Anleger nach dem Urteil enttäuscht",
        "Viele Geschädigte, die im Saal saßen, rechnen nicht damit, ihr Erspartes je "
        "wiederzusehen; der Insolvenzverwalter hat bisher nur vier Millionen Euro gefunden.",
        88.5,
    ),
    (
        "de-nov-landgericht-hallbrueck-urteil/raeumung",
        "Bombendrohung: Landgericht Hallbrück geräumt",
        "Die Polizei durchsucht das Justizgebäude am Schlossplatz.",
        86.5,
    ),
    (
        "de-nov-landgericht-hallbrueck-urteil/raeumung",
        "Landgericht Hallbrück nach Drohanruf evakuiert, Verhandlungen abgebrochen",
        "Rund 300 Menschen mussten am Donnerstagnachmittag das Gebäude verlassen, nachdem ein "
        "anonymer Anrufer mit einem Sprengsatz gedroht hatte; Spürhunde fanden nichts.",
        87.5,
    ),
    (
        "de-nov-kronsfelder-jazztage",
        "Kronsfelder Jazztage eröffnet",
        "Auftakt mit einem Mittagskonzert auf dem Marktplatz.",
        109.0,
    ),
    (
        "de-nov-kronsfelder-jazztage",
        "Mit Bigband auf dem Marktplatz: Die 30. Kronsfelder Jazztage haben begonnen",
        "Trotz Nieselregen hörten am Freitagmittag rund 1.500 Menschen das Eröffnungskonzert; "
        "bis Sonntag spielen 60 Bands in der Festhalle, in Kneipen und Kirchen.",
        110.0,
    ),
    (
        "de-nov-kronsfelder-jazztage",
        "„Jazz gehört auf die Straße“: Festivalchefin über das Jubiläum in Kronsfeld",
        "Festivalleiterin Sabine Oertel sagte, man habe zum 30. Geburtstag bewusst unter freiem "
        "Himmel begonnen, damit auch Menschen ohne Karte dabei sein könnten.",
        113.0,
    ),
    (
        "de-nov-kronsfelder-jazztage/razzia",
        "Drogenrazzia auf dem Parkplatz der Kronsfelder Festhalle",
        "Die Polizei kontrolliert dort Dutzende Besucher.",
        117.5,
    ),
    (
        "de-nov-kronsfelder-jazztage/razzia",
        "Großkontrolle in Kronsfeld: Polizei findet Kokain und Ecstasy bei Konzertbesuchern",
        "Bei einer Razzia am Freitagabend auf dem Parkplatz vor der Festhalle durchsuchten 80 "
        "Beamte Autos und Besucher; sie stellten Drogen sicher und nahmen einen 24-Jährigen fest.",
        118.5,
    ),
    (
        "de-nov-kronsfelder-jazztage/razzia",
        "Nach Razzia an der Festhalle: Haftbefehl gegen mutmaßlichen Dealer",
        "Der am Freitagabend festgenommene 24-Jährige kam am Samstag in Untersuchungshaft; in "
        "seiner Wohnung fanden die Ermittler ein Kilo Kokain.",
        134.0,
    ),
    (
        "de-nov-kunsthalle-hallbrueck-vollmer",
        "Kunsthalle Hallbrück zeigt Greta Vollmer",
        "Die erste große Schau der Malerin seit ihrem Tod.",
        128.0,
    ),
    (
        "de-nov-kunsthalle-hallbrueck-vollmer",
        "Kunsthalle Hallbrück eröffnet große Retrospektive der Malerin Greta Vollmer",
        "Die Ausstellung mit 140 Bildern, darunter viele nie gezeigte Skizzenbücher, ist ab "
        "Samstag bis Ende März zu sehen und gilt als wichtigste Schau des Hauses seit zehn "
        "Jahren.",
        129.5,
    ),
    (
        "de-nov-kunsthalle-hallbrueck-vollmer",
        "Ansturm auf Vollmer-Schau: Kunsthalle verlängert Öffnungszeiten",
        "Nach 4.000 Besuchern am ersten Tag öffnet die Kunsthalle Hallbrück die Retrospektive ab "
        "sofort auch montags und donnerstags bis 21 Uhr, teilte das Haus am Sonntag mit.",
        152.0,
    ),
    (
        "de-nov-bronzeplastik-gestohlen",
        "Diebe stehlen Bronzeplastik aus dem Oberweidener Stadtpark",
        "Die lebensgroße Figur eines Fischers, 1928 von einem Bildhauer der Stadt geschaffen, "
        "wurde in der Nacht zum Sonntag von ihrem Sockel gesägt; die Polizei vermutet "
        "Metalldiebe.",
        153.0,
    ),
    # --- French ---
    (
        "fr-nov-coup-de-filet-castelnau",
        "Coup de filet antidrogue à Castelnau-les-Pins",
        "Quinze personnes interpellées à l'aube.",
        8.0,
    ),
    (
        "fr-nov-coup-de-filet-castelnau",
        "Trafic de stupéfiants : quinze interpellations lors d'un vaste coup de filet à "
        "Castelnau-les-Pins",
        "Les gendarmes ont perquisitionné lundi matin une vingtaine de logements de la cité des "
        "Tilleuls et saisi quatre kilos de résine de cannabis, deux armes de poing et 30 000 "
        "euros en liquide.",
        9.0,
    ),
    (
        "fr-nov-coup-de-filet-castelnau",
        "« Le point de deal tournait jour et nuit » : le procureur détaille l'opération de "
        "Castelnau",
        "Le procureur de Montferrac, Étienne Roussel, a indiqué que le réseau employait des "
        "mineurs comme guetteurs et réalisait jusqu'à 8 000 euros de ventes par jour.",
        13.0,
    ),
    (
        "fr-nov-salon-antiquaires-castelnau",
        "Le salon des antiquaires de Castelnau ouvre ses portes",
        "Soixante exposants sont réunis à la halle aux grains.",
        17.0,
    ),
    (
        "fr-nov-salon-antiquaires-castelnau",
        "À Castelnau-les-Pins, le 40e salon des antiquaires attire les collectionneurs",
        "Meubles provençaux, faïences et objets d'art antique : soixante marchands venus de "
        "toute la France exposent jusqu'à dimanche à la halle aux grains, qui a accueilli lundi "
        "plus de 1 500 visiteurs.",
        18.0,
    ),
    (
        "fr-nov-villebrune-budget-culture",
        "Villebrune réduit son budget culturel",
        "Le conseil municipal a voté une baisse de 15 %.",
        34.0,
    ),
    (
        "fr-nov-villebrune-budget-culture",
        "Le conseil municipal de Villebrune vote une baisse de 15 % du budget de la culture",
        "Réunis mardi matin, les élus ont adopté par 29 voix contre 14 une enveloppe de 6,8 "
        "millions d'euros pour 2027 ; le conservatoire et le festival de théâtre de rue sont les "
        "plus touchés.",
        35.0,
    ),
    (
        "fr-nov-villebrune-budget-culture",
        "« On nous demande de faire autant avec moins » : les artistes de Villebrune dénoncent "
        "le vote",
        "Le collectif des compagnies de la ville estime que la coupe menace une dizaine "
        "d'emplois et annonce une manifestation samedi devant le théâtre municipal.",
        39.5,
    ),
    (
        "fr-nov-villebrune-budget-culture/cambriolage-mairie",
        "Cambriolage à l'hôtel de ville de Villebrune",
        "Des ordinateurs ont été dérobés dans la soirée.",
        45.5,
    ),
    (
        "fr-nov-villebrune-budget-culture/cambriolage-mairie",
        "Villebrune : l'hôtel de ville cambriolé, les bureaux de l'état civil visés",
        "Des individus ont forcé une porte de service mardi soir et emporté des ordinateurs "
        "portables ainsi que le coffre de la régie ; l'alarme a retenti mais ils avaient fui à "
        "l'arrivée de la police.",
        46.5,
    ),
    (
        "fr-nov-villebrune-budget-culture/cambriolage-mairie",
        "Cambriolage de la mairie de Villebrune : deux suspects placés en garde à vue",
        "Les deux hommes, âgés de 20 et 23 ans, ont été interpellés mercredi après-midi grâce "
        "aux images de vidéosurveillance de la place de la Mairie, a indiqué le parquet.",
        63.0,
    ),
    (
        "fr-nov-proces-ancien-maire-castelnau",
        "Procès de l'ancien maire de Castelnau pour favoritisme",
        "L'audience s'est ouverte à Montferrac.",
        58.0,
    ),
    (
        "fr-nov-proces-ancien-maire-castelnau",
        "L'ancien maire de Castelnau-les-Pins jugé pour favoritisme devant le tribunal de "
        "Montferrac",
        "Gérard Vial, maire de 2008 à 2020, est soupçonné d'avoir attribué la rénovation de la "
        "halle aux grains à l'entreprise de son beau-frère ; il conteste les faits.",
        59.0,
    ),
    (
        "fr-nov-montferrac-vol-tableau",
        "Un tableau volé au musée des Beaux-Arts de Montferrac",
        "Une nature morte du XVIIe siècle a disparu.",
        59.5,
    ),
    (
        "fr-nov-montferrac-vol-tableau",
        "Montferrac : une nature morte du XVIIe siècle dérobée en plein jour au musée des "
        "Beaux-Arts",
        "Le vol a été constaté mercredi vers 11 heures par un gardien ; le petit tableau, "
        "attribué au peintre Louis Devaux, a été décroché dans une salle de l'étage que ne "
        "surveillait aucune caméra.",
        60.5,
    ),
    (
        "fr-nov-montferrac-vol-tableau",
        "« Un choc pour toute la ville » : la directrice du musée de Montferrac réagit",
        "Claire Benhamou a reconnu que les salles de l'étage n'étaient plus surveillées faute de "
        "personnel et a lancé un appel aux témoins présents dans la matinée.",
        65.0,
    ),
    (
        "fr-nov-salon-antiquaires-castelnau/saisie",
        "Saisie d'antiquités pillées au salon de Castelnau",
        "Les douaniers ont emporté 26 objets d'un stand.",
        88.0,
    ),
    (
        "fr-nov-salon-antiquaires-castelnau/saisie",
        "Castelnau-les-Pins : les douanes saisissent des antiquités issues de fouilles illégales",
        "Jeudi, des agents ont saisi sur le stand d'un marchand belge 26 statuettes et lampes à "
        "huile qui proviendraient de sites pillés en Afrique du Nord ; une enquête est ouverte.",
        89.0,
    ),
    (
        "fr-nov-reouverture-theatre-villebrune",
        "Le théâtre municipal de Villebrune rouvre",
        "Deux ans de travaux sont achevés.",
        157.0,
    ),
    (
        "fr-nov-reouverture-theatre-villebrune",
        "Après deux ans de travaux, le théâtre à l'italienne de Villebrune a rouvert ses portes",
        "La salle de 1862, dont la coupole peinte a été restaurée, a accueilli dimanche "
        "après-midi 700 spectateurs pour un concert de gala avec l'orchestre régional.",
        158.0,
    ),
    (
        "fr-nov-assises-montferrac-verdict",
        "Vingt ans de réclusion pour le meurtre d'un bijoutier",
        "Verdict de la cour d'assises de Montferrac.",
        104.0,
    ),
    (
        "fr-nov-assises-montferrac-verdict",
        "Meurtre du bijoutier de Villebrune : Kevin Marchal condamné à vingt ans de réclusion",
        "La cour d'assises de Montferrac a reconnu vendredi l'accusé coupable d'avoir tué Henri "
        "Delorme lors du braquage de sa boutique en 2023 ; son complice a été condamné à huit "
        "ans.",
        105.0,
    ),
    (
        "fr-nov-assises-montferrac-verdict",
        "« Justice est faite pour mon père » : la fille du bijoutier soulagée après le verdict",
        "À la sortie du palais de justice, Sophie Delorme a remercié les jurés et annoncé "
        "qu'elle rouvrirait la boutique familiale au printemps.",
        110.0,
    ),
    (
        "fr-nov-montferrac-vol-tableau/toile-retrouvee",
        "Une toile volée il y a neuf ans retrouvée à Montferrac",
        "Le paysage avait disparu d'une église en 2017.",
        128.0,
    ),
    (
        "fr-nov-montferrac-vol-tableau/toile-retrouvee",
        "Montferrac : la police retrouve un paysage volé en 2017 dans l'église Saint-Julien",
        "La toile, qui représente les bords de la Loire, a été découverte samedi dans le garage "
        "d'un particulier après un signalement d'un commissaire-priseur ; elle sera rendue à la "
        "paroisse.",
        129.5,
    ),
    (
        "fr-nov-festival-bd-villebrune",
        "Villebrune lance son festival de la bande dessinée",
        "Une centaine d'auteurs sont attendus pour les dédicaces.",
        130.0,
    ),
    (
        "fr-nov-festival-bd-villebrune",
        "Le festival de la bande dessinée de Villebrune ouvre avec une exposition sur la "
        "dessinatrice Léa Tournier",
        "Pour sa 15e édition, le festival accueille jusqu'à dimanche une centaine d'auteurs sous "
        "les chapiteaux de la place du Marché et attend 25 000 visiteurs.",
        131.0,
    ),
    (
        "fr-nov-festival-bd-villebrune",
        "« Ici, la bulle est chez elle » : Léa Tournier accueille ses lecteurs sous les chapiteaux",
        "La dessinatrice, invitée d'honneur à Villebrune, a signé des albums pendant six heures "
        "samedi et raconté qu'elle avait vendu ses premiers dessins sur ce même marché.",
        138.0,
    ),
    (
        "fr-nov-vol-bronzes-cimetiere",
        "Des bronzes volés sur des tombes du cimetière de Castelnau",
        "Une quarantaine de plaques et de statuettes en bronze ont été arrachées dans la nuit de "
        "samedi à dimanche au cimetière communal de Castelnau-les-Pins ; la mairie a porté "
        "plainte.",
        154.0,
    ),
    # --- Spanish ---
    (
        "es-nov-audiencia-castromar-confirma",
        "La Audiencia de Castromar confirma la condena al constructor Olmedo",
        "Mantiene los tres años de prisión por estafa.",
        12.0,
    ),
    (
        "es-nov-audiencia-castromar-confirma",
        "La Audiencia Provincial de Castromar ratifica la pena de tres años al constructor "
        "Julián Olmedo",
        "El tribunal rechazó el lunes el recurso del empresario, condenado por vender como "
        "nuevas 40 viviendas de la urbanización Los Pinares que tenían graves defectos de "
        "construcción.",
        13.0,
    ),
    (
        "es-nov-audiencia-castromar-confirma",
        "«Por fin nos creen»: los vecinos de Los Pinares celebran la sentencia",
        "La asociación de afectados recordó que muchas familias siguen pagando la hipoteca de "
        "casas con grietas y pidió que se ejecute ya la indemnización de 2,3 millones.",
        18.0,
    ),
    (
        "es-nov-juicio-narcolanchas-castromar",
        "Arranca el juicio a la red de narcolanchas de Castromar",
        "Veintidós acusados se sientan en el banquillo.",
        33.0,
    ),
    (
        "es-nov-juicio-narcolanchas-castromar",
        "Comienza en Castromar el juicio contra 22 acusados de introducir hachís en narcolanchas",
        "La Fiscalía pide penas que suman 190 años de prisión para la organización, que según la "
        "Guardia Civil desembarcó más de 30 toneladas en las calas de la comarca entre 2021 y "
        "2023.",
        34.0,
    ),
    (
        "es-nov-museo-penaluz-reapertura",
        "Reabre el Museo de Bellas Artes de Peñaluz",
        "Tras tres años de obras.",
        150.0,
    ),
    (
        "es-nov-museo-penaluz-reapertura",
        "El Museo de Bellas Artes de Peñaluz reabre sus puertas tras tres años cerrado por obras",
        "El edificio, un antiguo convento del siglo XVI, estrena este domingo dos nuevas salas "
        "dedicadas a la pintura del siglo XIX y un ascensor que por fin lo hace accesible.",
        151.0,
    ),
    (
        "es-nov-museo-penaluz-reapertura",
        "«Es otro museo»: la directora de Peñaluz presume de las nuevas salas",
        "Marta Arriaga explicó que se han recuperado del almacén 80 cuadros que no se exponían "
        "desde hace décadas y que la entrada será gratuita hasta Navidad.",
        155.0,
    ),
    (
        "es-nov-villarrena-banda-robos",
        "Desarticulada una banda de robos en chalés de Villarreña",
        "Cinco detenidos por la Guardia Civil.",
        60.0,
    ),
    (
        "es-nov-villarrena-banda-robos",
        "La Guardia Civil detiene a cinco personas por una treintena de robos en chalés de "
        "Villarreña",
        "Según el instituto armado, el grupo vigilaba las urbanizaciones durante días y entraba "
        "en las viviendas cuando los dueños se iban de fin de semana; se han recuperado joyas y "
        "relojes.",
        61.0,
    ),
    (
        "es-nov-villarrena-banda-robos",
        "Los vecinos de El Encinar respiran tras la caída de la banda",
        "En la urbanización más castigada por los robos, los residentes habían contratado una "
        "patrulla privada y organizado turnos de vigilancia por WhatsApp.",
        65.0,
    ),
    (
        "es-nov-festival-penaluz",
        "Arranca el festival Peñaluz Sonora",
        "Conciertos desde el mediodía en el recinto ferial.",
        84.0,
    ),
    (
        "es-nov-festival-penaluz",
        "El festival Peñaluz Sonora abre su décima edición con 40.000 entradas vendidas",
        "El grupo Los Invisibles inauguró el jueves a mediodía el festival en el recinto ferial, "
        "donde hasta el domingo actuarán 45 bandas en tres escenarios.",
        85.5,
    ),
    (
        "es-nov-audiencia-castromar-confirma/anula",
        "La Audiencia de Castromar anula la condena a un policía local",
        "Absuelve al agente por falta de pruebas.",
        85.0,
    ),
    (
        "es-nov-audiencia-castromar-confirma/anula",
        "La Audiencia Provincial de Castromar absuelve al policía local condenado por lesiones",
        "El tribunal anuló el jueves la condena de un año impuesta al agente por una detención "
        "en el paseo marítimo, al considerar que el vídeo aportado no prueba que golpeara al "
        "detenido.",
        86.0,
    ),
    (
        "es-nov-villarrena-banda-robos/nuevo-robo",
        "Nuevo robo en una urbanización de Villarreña",
        "Los ladrones entraron en un chalé de Los Olivos.",
        86.5,
    ),
    (
        "es-nov-villarrena-banda-robos/nuevo-robo",
        "Roban en un chalé de Los Olivos, en Villarreña, mientras la familia dormía",
        "Los ladrones forzaron una ventana de la planta baja en la madrugada del jueves y se "
        "llevaron dos ordenadores, un televisor y el coche de la familia, que apareció horas "
        "después en un camino.",
        87.5,
    ),
    (
        "es-nov-festival-penaluz/redada",
        "Redada antidroga en el festival de Peñaluz",
        "La Policía Nacional detiene a siete personas.",
        94.0,
    ),
    (
        "es-nov-festival-penaluz/redada",
        "Siete detenidos en una operación antidroga en la zona de acampada de Peñaluz Sonora",
        "Agentes de paisano y perros detectores registraron el jueves por la noche las tiendas "
        "de la zona de acampada y se incautaron de pastillas de éxtasis, cocaína y 5.000 euros.",
        95.0,
    ),
    (
        "es-nov-festival-penaluz/redada",
        "Prisión provisional para dos de los detenidos en la redada de Peñaluz",
        "La jueza de guardia envió el viernes a prisión a los dos supuestos proveedores, "
        "mientras que los otros cinco quedaron en libertad con cargos.",
        110.0,
    ),
    (
        "es-nov-pleno-castromar-coleccion",
        "Castromar comprará la colección del pintor Ramón Salcedo",
        "El pleno aprueba pagar 1,2 millones.",
        112.0,
    ),
    (
        "es-nov-pleno-castromar-coleccion",
        "El pleno de Castromar aprueba la compra de 300 obras del pintor Ramón Salcedo por 1,2 "
        "millones",
        "La colección, hasta ahora en manos de los herederos del artista, se expondrá en el "
        "antiguo mercado de abastos, que el ayuntamiento convertirá en centro de arte.",
        113.0,
    ),
    (
        "es-nov-falsificador-entradas",
        "Detenido en Villarreña un falsificador de entradas de conciertos",
        "Vendía por internet entradas falsas para estadios.",
        129.0,
    ),
    (
        "es-nov-falsificador-entradas",
        "Cae en Villarreña un hombre que vendió 1.800 entradas falsas para conciertos",
        "La Policía Nacional halló en su casa una impresora, rollos de papel térmico y "
        "hologramas; los compradores descubrían el engaño en la puerta del estadio.",
        130.0,
    ),
    (
        "es-nov-estreno-teatro-principal",
        "El Teatro Principal de Villarreña estrena «La casa de las horas»",
        "Lleno total en la noche del estreno.",
        140.0,
    ),
    (
        "es-nov-estreno-teatro-principal",
        "Ovación en Villarreña para el estreno de «La casa de las horas», de Carmen Ledesma",
        "La obra, que retrata a tres generaciones de mujeres de una fábrica de conservas, se "
        "estrenó el sábado con las 600 localidades vendidas y comenzará una gira nacional en "
        "enero.",
        141.0,
    ),
    (
        "es-nov-estreno-teatro-principal",
        "Carmen Ledesma: «Escribí esta obra para mi abuela, que pelaba sardinas»",
        "La autora de «La casa de las horas» contó tras el estreno en Villarreña que la fábrica "
        "de la obra es la misma en la que trabajaron su abuela y su madre durante cuarenta años.",
        151.5,
    ),
    (
        "es-nov-robo-corona-virgen",
        "Roban la corona de plata de la Virgen del Rosario en Peñaluz",
        "Los ladrones forzaron la puerta lateral de la iglesia de San Bartolomé en la noche del "
        "sábado y se llevaron la corona de plata del siglo XVIII y varias piezas del ajuar de la "
        "imagen.",
        151.0,
    ),
    # --- Italian ---
    (
        "it-nov-borgoleone-bilancio-cultura",
        "Borgoleone taglia i fondi alla cultura",
        "Il consiglio comunale approva il bilancio.",
        11.0,
    ),
    (
        "it-nov-borgoleone-bilancio-cultura",
        "Il consiglio comunale di Borgoleone approva il taglio del 20% ai fondi per la cultura",
        "Con 18 voti a favore e 11 contrari, la seduta di lunedì mattina ha ridotto i contributi "
        "alla Pinacoteca, alla biblioteca civica e alla stagione del Teatro Comunale per coprire "
        "i rincari dell'energia.",
        12.0,
    ),
    (
        "it-nov-borgoleone-bilancio-cultura",
        "«Si risparmia sulla bellezza»: il direttore della Pinacoteca contro il voto",
        "Francesco Albani ha detto che senza i fondi del Comune la Pinacoteca dovrà chiudere il "
        "lunedì e il martedì e rinunciare alla mostra di primavera.",
        16.5,
    ),
    (
        "it-nov-borgoleone-bilancio-cultura/furto-municipio",
        "Ladri in municipio a Borgoleone",
        "Rubati computer e la cassa dell'anagrafe.",
        22.0,
    ),
    (
        "it-nov-borgoleone-bilancio-cultura/furto-municipio",
        "Borgoleone, furto nel palazzo comunale: i ladri entrano da una finestra del cortile",
        "In serata due uomini hanno forzato una finestra che dà sul cortile del municipio e "
        "portato via tre computer e la cassa dell'ufficio anagrafe; l'allarme ha fatto "
        "intervenire i carabinieri, ma erano già fuggiti.",
        23.0,
    ),
    (
        "it-nov-borgoleone-bilancio-cultura/furto-municipio",
        "Furto in municipio a Borgoleone, i carabinieri denunciano due giovani",
        "Grazie alle telecamere di piazza Garibaldi i militari hanno identificato due ragazzi di "
        "19 e 21 anni, trovati martedì con i computer ancora in auto.",
        38.0,
    ),
    (
        "it-nov-blitz-castelrocca",
        "Blitz antidroga a Castelrocca, 18 arresti",
        "Operazione all'alba dei carabinieri.",
        28.0,
    ),
    (
        "it-nov-blitz-castelrocca",
        "Castelrocca, maxi operazione dei carabinieri: 18 arresti per spaccio nel centro storico",
        "All'alba di martedì oltre 150 militari hanno eseguito le misure cautelari disposte dal "
        "gip del tribunale di Castelrocca contro un gruppo che riforniva di cocaina i locali "
        "della movida.",
        29.0,
    ),
    (
        "it-nov-blitz-castelrocca",
        "«Spacciavano anche davanti alle scuole»: il procuratore sull'inchiesta di Castelrocca",
        "Il procuratore Vittorio Sanna ha spiegato che le indagini sono partite dalla denuncia "
        "della madre di un sedicenne e sono durate due anni.",
        33.0,
    ),
    (
        "it-nov-castelrocca-furto-dipinto",
        "Rubato un dipinto del Seicento in una chiesa di Castelrocca",
        "Sparita la pala della Madonna del Carmine.",
        30.0,
    ),
    (
        "it-nov-castelrocca-furto-dipinto",
        "Castelrocca, trafugata dalla chiesa di San Rocco la tela della Madonna del Carmine",
        "Il furto è stato scoperto martedì mattina dal sacrestano: i ladri hanno tagliato la "
        "tela dalla cornice sopra l'altare laterale e sono usciti da una porta della sagrestia.",
        31.0,
    ),
    (
        "it-nov-castelrocca-furto-dipinto",
        "Il parroco di San Rocco: «Ci hanno portato via la nostra storia»",
        "Don Michele Ferraro ha raccontato che la tela era stata restaurata tre anni fa con le "
        "offerte dei fedeli e che la chiesa non aveva un sistema d'allarme.",
        36.0,
    ),
    (
        "it-nov-furto-strumenti-banda",
        "Rubati gli strumenti della banda musicale di San Ferreolo",
        "Nella notte tra sabato e domenica i ladri hanno forzato la porta della sede della banda "
        "e portato via due tube, tre tromboni e i tamburi, per un valore di circa 25 mila euro.",
        151.0,
    ),
    (
        "it-nov-fiera-antiquariato-san-ferreolo",
        "Apre la mostra mercato dell'antiquariato di San Ferreolo",
        "Duecento espositori nel chiostro e nelle piazze.",
        57.0,
    ),
    (
        "it-nov-fiera-antiquariato-san-ferreolo",
        "San Ferreolo, al via la mostra mercato dell'antiquariato con 200 espositori",
        "La rassegna, giunta alla 52a edizione, occupa fino a domenica il chiostro dell'ex "
        "convento e le piazze del borgo con mobili, ceramiche e reperti da collezione.",
        58.0,
    ),
    (
        "it-nov-tribunale-castelrocca-usura",
        "Usura, condannati a Castelrocca padre e figlio",
        "Sei e quattro anni di reclusione.",
        81.0,
    ),
    (
        "it-nov-tribunale-castelrocca-usura",
        "Prestiti al 200% ai commercianti: il tribunale di Castelrocca condanna padre e figlio "
        "per usura",
        "Giovedì i giudici hanno inflitto sei anni a Sergio Lattanzi e quattro al figlio Marco, "
        "accusati di aver prestato denaro a interessi altissimi a una ventina di negozianti del "
        "centro.",
        82.0,
    ),
    (
        "it-nov-tribunale-castelrocca-usura",
        "«Ho avuto paura per anni»: parla il negoziante che denunciò gli usurai",
        "Il titolare di una ferramenta, testimone chiave del processo di Castelrocca, ha detto "
        "che dopo la sentenza tornerà a dormire tranquillo.",
        87.0,
    ),
    (
        "it-nov-prima-teatro-comunale-borgoleone",
        "Il Teatro Comunale di Borgoleone apre la stagione con Tosca",
        "Applausi alla prima della stagione lirica.",
        141.0,
    ),
    (
        "it-nov-prima-teatro-comunale-borgoleone",
        "Tosca inaugura la stagione lirica del Teatro Comunale di Borgoleone tra gli applausi",
        "Sabato sera il soprano Elena Russo e il direttore Paolo Gentile hanno ricevuto dieci "
        "minuti di applausi; è la prima stagione dopo il taglio dei fondi comunali.",
        142.0,
    ),
    (
        "it-nov-castelrocca-furto-dipinto/tela-ritrovata",
        "Ritrovata una tela rubata nove anni fa",
        "I carabinieri la restituiranno alla chiesa di Castelrocca.",
        102.0,
    ),
    (
        "it-nov-castelrocca-furto-dipinto/tela-ritrovata",
        "Castelrocca, i carabinieri del nucleo tutela ritrovano il San Sebastiano rubato nel 2017",
        "Il dipinto, sparito dal museo diocesano, è stato individuato in un catalogo d'asta "
        "online e recuperato venerdì in un deposito a Milano; tornerà nella sala da cui fu "
        "rubato.",
        103.0,
    ),
    (
        "it-nov-mostra-pinacoteca-borgoleone",
        "Pinacoteca di Borgoleone, in mostra i disegni di Ercole Manfredi",
        "Oltre cento fogli per la prima volta esposti insieme.",
        106.0,
    ),
    (
        "it-nov-mostra-pinacoteca-borgoleone",
        "La Pinacoteca di Borgoleone espone per la prima volta i 120 disegni di Ercole Manfredi",
        "La mostra, inaugurata venerdì, riunisce gli studi preparatori degli affreschi del "
        "duomo, rimasti per un secolo nei cassetti della curia; resterà aperta fino a febbraio.",
        107.0,
    ),
    (
        "it-nov-fiera-antiquariato-san-ferreolo/sequestro",
        "Reperti archeologici sequestrati alla fiera di San Ferreolo",
        "Denunciato un antiquario.",
        130.0,
    ),
    (
        "it-nov-fiera-antiquariato-san-ferreolo/sequestro",
        "San Ferreolo, sequestrati alla mostra mercato 34 reperti etruschi frutto di scavi "
        "clandestini",
        "Sabato i carabinieri hanno sequestrato vasi, fibule e monete esposte sul banco di un "
        "antiquario toscano, denunciato per ricettazione; i pezzi non avevano alcun documento di "
        "provenienza.",
        131.0,
    ),
    (
        "it-nov-rapina-tabaccheria-castelrocca",
        "Rapina in una tabaccheria di Castelrocca",
        "Un uomo armato di coltello ha preso l'incasso.",
        160.0,
    ),
    (
        "it-nov-rapina-tabaccheria-castelrocca",
        "Castelrocca, rapina con il coltello in tabaccheria: il titolare ferito a una mano",
        "Domenica pomeriggio un uomo con il volto coperto è entrato nella tabaccheria di corso "
        "Vittorio, ha minacciato il titolare e portato via 2.000 euro; la polizia cerca il "
        "rapinatore, fuggito a piedi.",
        161.0,
    ),
    (
        "it-nov-festival-cinema-borgoleone",
        "Borgoleone, si chiude il festival del cinema",
        "Premiato un film sulle miniere.",
        164.0,
    ),
    (
        "it-nov-festival-cinema-borgoleone",
        "Al documentario «Sottoterra» il premio principale del festival del cinema di Borgoleone",
        "Il film di Chiara Pellegrini, sulla vita degli ultimi minatori della valle, ha vinto "
        "domenica sera il premio della giuria e quello del pubblico alla chiusura del festival.",
        165.0,
    ),
    # --- Portuguese ---
    (
        "pt-nov-julgamento-trafico-porto-alvo",
        "Começa julgamento de 12 arguidos por tráfico em Porto Alvo",
        "A rede usava os barcos de pesca do porto para trazer a cocaína.",
        10.0,
    ),
    (
        "pt-nov-julgamento-trafico-porto-alvo",
        "Doze arguidos começam a ser julgados em Porto Alvo por tráfico de cocaína em barcos de "
        "pesca",
        "O Ministério Público acusa o grupo de ter desembarcado mais de uma tonelada de droga no "
        "porto da vila entre 2022 e 2024; na primeira sessão, nenhum dos arguidos quis prestar "
        "declarações.",
        11.0,
    ),
    (
        "pt-nov-santa-luzia-assaltos",
        "GNR detém grupo de assaltantes em Santa Luzia do Vale",
        "Quatro suspeitos de 30 assaltos a casas.",
        16.0,
    ),
    (
        "pt-nov-santa-luzia-assaltos",
        "Quatro detidos por assaltos a mais de 30 casas em Santa Luzia do Vale",
        "A GNR deteve na segunda-feira de manhã os suspeitos, que segundo a investigação "
        "entravam nas moradias das aldeias do concelho quando os donos estavam no trabalho e "
        "levavam ouro e dinheiro.",
        17.0,
    ),
    (
        "pt-nov-santa-luzia-assaltos",
        "«Já ninguém deixava a casa sozinha»: alívio nas aldeias de Santa Luzia",
        "Moradores de Vale de Cima, onde houve doze assaltos desde o verão, contam que tinham "
        "deixado de ir à missa e à feira com medo de encontrar a porta arrombada.",
        21.0,
    ),
    (
        "pt-nov-buscas-pj-leiloeira",
        "PJ faz buscas em leiloeira por quadros falsos",
        "Em causa obras atribuídas a pintores modernistas.",
        38.0,
    ),
    (
        "pt-nov-buscas-pj-leiloeira",
        "Polícia Judiciária faz buscas numa leiloeira de Vila Serrana por venda de quadros "
        "falsificados",
        "Os inspetores apreenderam na terça-feira 45 telas atribuídas a pintores modernistas "
        "portugueses, que terão sido vendidas a colecionadores por mais de dois milhões de euros.",
        39.0,
    ),
    (
        "pt-nov-buscas-pj-leiloeira",
        "Dono da leiloeira de Vila Serrana constituído arguido",
        "O empresário de 63 anos foi ouvido na quarta-feira por um juiz e ficou proibido de "
        "contactar os peritos que assinaram os certificados das obras, segundo fonte judicial.",
        62.0,
    ),
    (
        "pt-nov-santa-luzia-assaltos/novo-assalto",
        "Nova casa assaltada em Santa Luzia do Vale",
        "Ladrões entraram numa vivenda em Ribeira Seca.",
        44.0,
    ),
    (
        "pt-nov-santa-luzia-assaltos/novo-assalto",
        "Assalto a uma vivenda em Ribeira Seca, no concelho de Santa Luzia do Vale",
        "Na noite de terça-feira, os ladrões partiram o vidro da porta das traseiras de uma casa "
        "onde vive um casal de idosos e levaram fios de ouro e a reforma do mês; os donos "
        "estavam a dormir.",
        45.0,
    ),
    (
        "pt-nov-tribunal-vila-serrana-condena",
        "Ex-presidente da câmara de Vila Serrana condenado",
        "Pena suspensa de quatro anos pela corrupção nas obras do mercado.",
        59.0,
    ),
    (
        "pt-nov-tribunal-vila-serrana-condena",
        "Tribunal de Vila Serrana condena antigo autarca a quatro anos de prisão com pena suspensa",
        "O coletivo de juízes deu como provado que Armando Teixeira recebeu 80 mil euros de um "
        "empreiteiro em troca da adjudicação das obras do mercado municipal; o arguido vai "
        "recorrer.",
        60.0,
    ),
    (
        "pt-nov-tribunal-vila-serrana-condena/evacuado",
        "Tribunal de Vila Serrana evacuado",
        "Um alarme de incêndio obrigou à saída das 200 pessoas no edifício.",
        63.0,
    ),
    (
        "pt-nov-tribunal-vila-serrana-condena/evacuado",
        "Fumo numa sala de arquivo obriga a evacuar o Tribunal de Vila Serrana",
        "Os bombeiros foram chamados ao fim da tarde de quarta-feira depois de um curto-circuito "
        "num quadro elétrico; as sessões foram suspensas e retomam na quinta-feira.",
        64.0,
    ),
    (
        "pt-nov-museu-azulejo-vila-serrana",
        "Vila Serrana inaugura museu do azulejo",
        "Antiga fábrica recebe 5.000 peças.",
        154.0,
    ),
    (
        "pt-nov-museu-azulejo-vila-serrana",
        "Antiga fábrica de cerâmica de Vila Serrana reabre como museu do azulejo",
        "O museu, inaugurado no domingo pela ministra da Cultura, expõe 5.000 azulejos dos "
        "séculos XVI a XX e os fornos originais da fábrica, que fechou em 1989.",
        155.0,
    ),
    (
        "pt-nov-camara-porto-alvo-cinema",
        "Câmara de Porto Alvo compra o antigo Cine-Teatro Avenida",
        "O edifício vai ser recuperado para espetáculos.",
        109.0,
    ),
    (
        "pt-nov-camara-porto-alvo-cinema",
        "Porto Alvo: câmara aprova compra do Cine-Teatro Avenida por 1,4 milhões de euros",
        "A reunião de câmara de sexta-feira aprovou por unanimidade a aquisição da sala, fechada "
        "desde 2009, que deverá reabrir em 2029 como teatro municipal com 500 lugares.",
        110.0,
    ),
    (
        "pt-nov-estatua-vandalizada",
        "Estátua do poeta vandalizada em Porto Alvo",
        "A estátua de bronze do poeta Afonso Rebelo, no jardim da marginal, foi pintada com "
        "tinta vermelha e teve um braço partido na madrugada de sexta-feira; a câmara apresentou "
        "queixa.",
        111.0,
    ),
    (
        "pt-nov-festival-porto-alvo",
        "Arranca o festival Maré Cheia em Porto Alvo",
        "Concertos começam ao meio-dia no cais.",
        132.0,
    ),
    (
        "pt-nov-festival-porto-alvo",
        "Festival Maré Cheia abre em Porto Alvo com 15 mil pessoas no primeiro dia",
        "O festival de inverno, que este ano se estende ao cais e aos armazéns do porto, abriu "
        "no sábado ao meio-dia com a fadista Inês Valadares e vai ter 30 concertos até domingo.",
        133.0,
    ),
    (
        "pt-nov-festival-porto-alvo",
        "«Queríamos trazer a música para junto do mar»: diretor do Maré Cheia sobre a nova edição",
        "Rui Quaresma explicou que a mudança para o cais permitiu duplicar a lotação e que "
        "metade do público veio de fora do concelho.",
        137.0,
    ),
    (
        "pt-nov-festival-porto-alvo/rusga",
        "Rusga da PSP no parque do festival de Porto Alvo",
        "Seis detidos por tráfico de droga.",
        143.0,
    ),
    (
        "pt-nov-festival-porto-alvo/rusga",
        "PSP detém seis pessoas numa operação antidroga no parque de estacionamento do Maré Cheia",
        "Cerca de 60 agentes fiscalizaram viaturas e pessoas na noite de sábado, apreendendo "
        "haxixe, ecstasy e mais de três mil euros em dinheiro.",
        143.7,
    ),
    (
        "pt-nov-festival-porto-alvo/rusga",
        "Três dos detidos na rusga de Porto Alvo ficam em prisão preventiva",
        "O juiz de instrução decidiu no domingo à tarde manter presos os três homens apontados "
        "como fornecedores; os outros três saíram com termo de identidade e residência.",
        160.0,
    ),
    (
        "pt-nov-fadista-cancela-concerto",
        "Fadista Marta Lobo cancela concerto em Vila Serrana",
        "A cantora está doente.",
        156.0,
    ),
    (
        "pt-nov-fadista-cancela-concerto",
        "Marta Lobo adia concerto no Cine-Teatro de Vila Serrana por doença",
        "A fadista anunciou no domingo que uma laringite a obriga a adiar o espetáculo da noite, "
        "esgotado há semanas; os bilhetes são válidos para a nova data, 12 de dezembro.",
        157.0,
    ),
    # --- Dutch ---
    (
        "nl-nov-ommerwolde-cultuurbudget",
        "Ommerwolde schrapt een kwart van cultuurbudget",
        "Gemeenteraad stemt in met bezuiniging.",
        15.0,
    ),
    (
        "nl-nov-ommerwolde-cultuurbudget",
        "Gemeenteraad Ommerwolde stemt in met forse bezuiniging op cultuur",
        "Met 17 tegen 14 stemmen besloot de raad maandagmiddag het cultuurbudget met 900.000 "
        "euro te verlagen; de muziekschool moet sluiten en het streekmuseum krijgt een derde "
        "minder subsidie.",
        16.0,
    ),
    (
        "nl-nov-ommerwolde-cultuurbudget",
        "‘Een muziekschool sluit je maar één keer’, zegt directeur na raadsbesluit in Ommerwolde",
        "Directeur Marieke Bosch van de muziekschool vreest dat 600 leerlingen nergens meer "
        "terechtkunnen en wil met ouders bezwaar maken bij de provincie.",
        20.0,
    ),
    (
        "nl-nov-ommerwolde-cultuurbudget/inbraak-gemeentehuis",
        "Inbraak in gemeentehuis van Ommerwolde",
        "Daders gingen er met laptops vandoor.",
        23.0,
    ),
    (
        "nl-nov-ommerwolde-cultuurbudget/inbraak-gemeentehuis",
        "Inbrekers slaan toe in gemeentehuis Ommerwolde, politie zoekt getuigen",
        "Maandagavond werd via een raam aan de achterkant ingebroken in het gemeentehuis aan de "
        "Brink; de daders namen laptops en een kluisje met paspoorten mee voordat de politie er "
        "was.",
        23.8,
    ),
    (
        "nl-nov-gerechtshof-bevestigt",
        "Hof bevestigt celstraf voor oud-wethouder Bergeloo",
        "Drie jaar cel voor omkoping blijft staan.",
        35.0,
    ),
    (
        "nl-nov-gerechtshof-bevestigt",
        "Gerechtshof bevestigt drie jaar cel voor oud-wethouder van Bergeloo in omkopingszaak",
        "Het hof in Arnhem oordeelde dinsdag dat Henk Wolters als wethouder 120.000 euro aannam "
        "van een projectontwikkelaar in ruil voor bouwgrond, en liet het vonnis van de rechtbank "
        "in stand.",
        36.0,
    ),
    (
        "nl-nov-gerechtshof-bevestigt",
        "Wolters legt zich niet neer bij uitspraak en stapt naar de Hoge Raad",
        "De advocaat van de oud-wethouder van Bergeloo zei na de uitspraak dat het hof ten "
        "onrechte heeft gesteund op de verklaring van één getuige.",
        41.0,
    ),
    (
        "nl-nov-schouwburg-kreekdijk-failliet",
        "Schouwburg Kreekdijk vraagt faillissement aan",
        "Voorstellingen na januari zijn onzeker.",
        42.0,
    ),
    (
        "nl-nov-schouwburg-kreekdijk-failliet",
        "Stadsschouwburg Kreekdijk vraagt eigen faillissement aan na jaren van tekorten",
        "Het bestuur maakte dinsdag bekend dat de schouwburg de energierekening en de huur niet "
        "meer kan betalen; de gemeente weigerde eerder een extra bijdrage van 700.000 euro.",
        43.0,
    ),
    (
        "nl-nov-schouwburg-kreekdijk-failliet",
        "Curator: voorstellingen in Schouwburg Kreekdijk gaan tot de kerst door",
        "De woensdag aangestelde curator zei dat de kaartverkoop tot eind december doorgaat en "
        "dat er al twee partijen interesse hebben in een doorstart.",
        59.0,
    ),
    (
        "nl-nov-inval-drugslab-bergeloo",
        "Drugslab opgerold in schuur bij Bergeloo",
        "Politie houdt drie mannen aan.",
        53.0,
    ),
    (
        "nl-nov-inval-drugslab-bergeloo",
        "Politie valt drugslab binnen in loods van boerderij bij Bergeloo",
        "Bij de inval woensdagochtend werden drie mannen aangehouden en vonden agenten honderden "
        "liters chemicaliën voor de productie van amfetamine; de boer zegt de loods te hebben "
        "verhuurd.",
        54.0,
    ),
    (
        "nl-nov-inval-drugslab-bergeloo",
        "Omwonenden roken al maanden een vreemde lucht bij de boerderij",
        "Buren van de loods aan de Veenweg vertellen dat zij vaker bij de gemeente hebben "
        "geklaagd over een scherpe anijsgeur, zonder dat er iets gebeurde.",
        58.5,
    ),
    (
        "nl-nov-rechtbank-bergeloo-oplichter",
        "Rechtbank veroordeelt oplichter die ouderen belde als bankmedewerker",
        "Twee jaar cel voor een man uit Kreekdijk; het geld is nooit teruggevonden.",
        63.0,
    ),
    (
        "nl-nov-rechtbank-bergeloo-oplichter",
        "Twee jaar cel voor Kreekdijker die zich voordeed als bankmedewerker en 41 ouderen "
        "oplichtte",
        "De rechtbank in Bergeloo oordeelde woensdag dat de 26-jarige man slachtoffers liet "
        "geloven dat hun rekening was gehackt en hen zo 380.000 euro afhandig maakte.",
        64.0,
    ),
    (
        "nl-nov-kreekdijk-criminaliteitscijfers",
        "Minder inbraken in Kreekdijk, meer geweld",
        "Politie presenteert de jaarcijfers.",
        82.0,
    ),
    (
        "nl-nov-kreekdijk-criminaliteitscijfers",
        "Politie Kreekdijk: aantal woninginbraken gedaald, geweldsdelicten op het hoogste punt "
        "in tien jaar",
        "Volgens de cijfers die de teamchef donderdagochtend aan de gemeenteraad presenteerde, "
        "daalden de inbraken met 18 procent, maar steeg het aantal mishandelingen en "
        "steekincidenten met een kwart.",
        83.0,
    ),
    (
        "nl-nov-kreekdijk-criminaliteitscijfers/schietpartij",
        "Schietpartij in Kreekdijk-Noord",
        "Een man is gewond geraakt.",
        93.5,
    ),
    (
        "nl-nov-kreekdijk-criminaliteitscijfers/schietpartij",
        "Man gewond bij schietpartij op de Lindelaan in Kreekdijk",
        "Donderdagavond werden meerdere schoten gelost bij een portiekflat in Kreekdijk-Noord; "
        "een 29-jarige man is met schotwonden naar het ziekenhuis gebracht, de schutter is "
        "voortvluchtig.",
        94.5,
    ),
    (
        "nl-nov-kreekdijk-criminaliteitscijfers/schietpartij",
        "Verdachte van schietpartij Lindelaan meldt zich bij politie",
        "Een 31-jarige man uit Kreekdijk heeft zich vrijdagmiddag met zijn advocaat gemeld op "
        "het bureau; het slachtoffer is buiten levensgevaar.",
        110.0,
    ),
    (
        "nl-nov-gerechtshof-bevestigt/vrijspraak",
        "Hof spreekt brandweerman uit Ommerwolde vrij van brandstichting",
        "Eerder kreeg hij nog twee jaar cel.",
        107.0,
    ),
    (
        "nl-nov-gerechtshof-bevestigt/vrijspraak",
        "Gerechtshof vernietigt veroordeling en spreekt brandweerman vrij van brand in schuur",
        "Het hof in Arnhem oordeelde vrijdag dat er onvoldoende bewijs is dat de 34-jarige "
        "vrijwilliger uit Ommerwolde de schuur zelf in brand stak; de rechtbank had hem nog twee "
        "jaar cel gegeven.",
        108.0,
    ),
    (
        "nl-nov-museum-ommerwolde-veen",
        "Streekmuseum Ommerwolde opent tentoonstelling over het veen",
        "Turf, trekschuiten en verhalen.",
        131.0,
    ),
    (
        "nl-nov-museum-ommerwolde-veen",
        "Nieuwe tentoonstelling in Streekmuseum Ommerwolde laat leven van de turfstekers zien",
        "De zaterdag geopende expositie toont gereedschap, foto's en een nagebouwde plaggenhut, "
        "en is gemaakt met hulp van honderd inwoners die spullen van hun grootouders uitleenden.",
        132.0,
    ),
    (
        "nl-nov-sinterklaas-intocht-kreekdijk",
        "Sinterklaas aangekomen in Kreekdijk",
        "Duizenden kinderen aan de haven.",
        134.0,
    ),
    (
        "nl-nov-sinterklaas-intocht-kreekdijk",
        "Duizenden kinderen verwelkomen Sinterklaas bij de intocht in de haven van Kreekdijk",
        "De stoomboot meerde zaterdagmiddag aan bij de Oude Kade, waarna de Sint op zijn paard "
        "door de binnenstad naar het stadhuis reed; volgens de gemeente waren er 12.000 "
        "bezoekers.",
        135.0,
    ),
    (
        "nl-nov-kerkzilver-gestolen",
        "Zilveren avondmaalsbekers gestolen uit kerk in Bergeloo",
        "Uit de Dorpskerk van Bergeloo zijn in de nacht van zaterdag op zondag vier zilveren "
        "avondmaalsbekers uit de zeventiende eeuw gestolen; de inbrekers kwamen binnen via de "
        "toren.",
        153.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a police force's yearly crime figures presented in the morning and a shooting in the "
    "same town that evening": (
        "en-nov-kestleford-crime-figures/shooting",
        "nl-nov-kreekdijk-criminaliteitscijfers/schietpartij",
        "ru-nov-krasnobor-statistika/strelba",
    ),
    "a music festival's opening day and a police drug raid on the same festival's campsite or "
    "car park hours later": (
        "de-nov-kronsfelder-jazztage/razzia",
        "es-nov-festival-penaluz/redada",
        "pt-nov-festival-porto-alvo/rusga",
    ),
    "a town council's vote on its culture budget and a break-in at the same town hall hours "
    "later": (
        "fr-nov-villebrune-budget-culture/cambriolage-mairie",
        "it-nov-borgoleone-bilancio-cultura/furto-municipio",
        "nl-nov-ommerwolde-cultuurbudget/inbraak-gemeentehuis",
    ),
    "a verdict at a court and the same courthouse evacuated over a suspicious bag, a bomb "
    "threat or smoke hours later": (
        "de-nov-landgericht-hallbrueck-urteil/raeumung",
        "en-nov-marlbury-crown-court-verdict/evacuated",
        "pt-nov-tribunal-vila-serrana-condena/evacuado",
    ),
    "a painting stolen from a museum or church and an older stolen work from the same town "
    "recovered by police days later": (
        "fr-nov-montferrac-vol-tableau/toile-retrouvee",
        "it-nov-castelrocca-furto-dipinto/tela-ritrovata",
        "ru-nov-verkhneozersk-krazha-kartiny/najdena-ikona",
    ),
    "an appeal court upholding one conviction and the same appeal court quashing another "
    "conviction days later": (
        "en-nov-court-of-appeal-upholds/quashed",
        "es-nov-audiencia-castromar-confirma/anula",
        "nl-nov-gerechtshof-bevestigt/vrijspraak",
    ),
    "an art or antiques fair's opening and a seizure of looted antiquities at the same fair "
    "days later": (
        "de-nov-kunstmesse-oberweiden/beschlagnahme",
        "fr-nov-salon-antiquaires-castelnau/saisie",
        "it-nov-fiera-antiquariato-san-ferreolo/sequestro",
    ),
    "a gang arrested over a series of burglaries and a new break-in in the same town one or "
    "two days later": (
        "es-nov-villarrena-banda-robos/nuevo-robo",
        "pt-nov-santa-luzia-assaltos/novo-assalto",
        "ru-nov-severorechensk-banda-vorov/novaya-krazha",
    ),
}
