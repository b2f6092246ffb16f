"""A forty-second check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one local week in late January (council
votes, mayors and by-elections, burglaries, raids and arrests, court hearings, school closures
and exam results, museum openings and art thefts, concerts, festivals and premieres, book
prizes, building works and protests) as a reader's feeds carry it at daily-digest density: 38 to
49 items a day (42, 49, 49, 45, 38, 44 and 43 from Monday to Sunday), spanning 1.5 to 167.6
hours. It holds 310 items under 137 labels: 113 stories and 24 hard negatives; 45 labels in
English (110 items), 14 in German and Spanish (30 items each), 13 in Russian (29 items) and
French (29), 13 in Italian (28) and Dutch (27), 12 in Portuguese (27 items). Big stories are
carried by two to four outlets over a day (a flash or teaser first, then a fuller page, then a
quote-led or reaction piece hours later that names the event only by its place, its actor or one
detail: "Kestleigh celebrates its museum", "Calder winner on her unlikely route", "says Wexley's
new councillor", Otero's «traición», Guidetti's «sono sereno», Гладков's «решение личное»,
Vogt after the first round, the families of Vernac, Nadia Kerr's mother, "the heart of the
estate" at Ashgrove), and sixteen of them have a next-day follow-up with a new fact 16 to 32
hours after the first copy (the Carrickbridge interim mayor named, the Brindlecombe robber
charged, most Northmoor schools reopened, Labour's second-recount request in Wexley North, the
Millbrook arrests, St Aldric's pupils moved to church halls, Lila Marsh's new date, the Porthwick
drop-off points, the developer's flood answer at Coldharbour, CCTV for the Penmarrow statue,
Кулагина acting head of Березнянск, the Vernac closure suspended, the searches in Castelrocca's
town hall, the Carvalhal de Baixo school's reopening date, the Dorpsveen suspects held, the
Almarca audit). Many one-day stories are told once or twice: 90 labels have two copies, 25 three,
11 four, and 11 stories are told by one outlet. 124 stories and hard negatives have a teaser copy
whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language. Four are two events at the same place or with the
same actor on the same day, 5.5 to 11 hours apart: a council's vote on one scheme and a separate
protest at the same town hall hours later (Hollinford's tram vote and the library sit-in, the
Valdorra ZTL and the nursery staff's presidio, the Westerkamp wind turbines and the farmers'
tractors); a mayor opening a new bridge in the morning and the same mayor questioned by police
over another matter that evening (Ruth Pellow at Ashcombe, Lutz Kessler at Ostheim, Rui Calado
at Vilar do Sado); a jeweller's raided at night and a separate arrest over another crime in the
same street hours later (Tolland High Street's fake cigarettes, the Lindenmühl knife attack, the
assault on a courier in Torrelinde's calle Mayor); a court hearing in one case and a defendant's
escape from the same courthouse hours later (the Камнеярский районный суд, the Montbrison-la-Haute
tribunal, the Audiencia de Peñaserra). Four are days apart, 57.5 to 110 hours: a museum's new
wing opened and a painting stolen from the same museum days later (the Garrow Museum at
Kestleigh, the musée Delorme at Castelvieux, the Valdeoro Bellas Artes); a school's record exam
or olympiad results and a fire closing the same school days later (St Aldric's at Brenchley,
гимназия №4 in Северозерогорск, the Stedelijk Lyceum at Dalem); a theatre's or opera's premiere and
a stagehands' strike at the same house days later (the Озерогорск drama theatre, the Valrose opera,
the teatro Sociale at Borgolieto); a book prize won and a plagiarism charge against the same
author days later (Imogen Vance, Lena Hollmann, Inês Valadares). Twelve hard negatives fall
within 48 hours of their story, twelve beyond it.

The week also stresses what a local digest really carries side by side: many school closures
that are different events (Northmoor's snow, Navalcruz's aluminosis, Carvalhal de Baixo's
asbestos, Нижнесосновск's flu quarantine, Buchau's missing teachers, Oosterhaar's last pupils,
the Vernac collège, the Pietralunga ceiling, St Aldric's fire), many mayors (Carrickbridge's
resignation, Березнянск's, the Castelrocca inquiry, the Almarca censure, Pellow's interview, a
nominated burgemeester), four local elections on one weekend (Kesselbrunn, Saint-Aubin-des-Prés,
São Brás do Monte, Приреченск), two cancelled concerts (Lila Marsh at Halbridge, Tomás Reis at
Porto Meirinho), library cuts in two towns (Dunmere's plan, Hollinford's sit-in) and several
thefts and raids that share nouns with the hard negatives.

What "same story" means here: one event (one vote, one opening, one raid, one arrest, one
hearing, one escape, one prize, one charge, one premiere, one strike, one fire, one closure, one
election, one festival) in that event's news cycle, including a next-day follow-up with a new
fact and, for the Valmorin comics festival, its prize given on the festival's last evening.
Not the same story: another event of the same kind or with the same actor, even at the same
town hall, museum, school, street, courthouse, theatre or with the same mayor or author. A label
with a suffix after a slash is a hard negative of the story before the slash (categories in
`HARD_NEGATIVES`). No story has more than four copies, and every story's copies fall within 48
hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
towns, people, firms, schools, museums, theatres and prizes are invented here; real bodies and
places appear only as backdrop (the Crown Court, the Severn estuary, Dublin, Leipzig, the DDR,
the Guardia Civil, the Policía Nacional, the Polícia Judiciária, the guardia di finanza, the
carabinieri, the onderwijsinspectie).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first lines were read for the
format only; earlier sets were only compared by script for clashing labels, texts and
categories), and never run through the merging code before its one scoring run,
`python -m bench.stories --round42`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    (
        "en-hollin-tram-vote",
        "Hollinford councillors back tram extension to Ridgeway estate",
        (
            "Hollinford city council voted 41 to 19 on Tuesday morning to extend the tram line "
            "to the Ridgeway estate, a £210m scheme that opponents say the city cannot afford."
        ),
        34.0,
    ),
    (
        "en-hollin-tram-vote",
        "Hollinford says yes to Ridgeway tram",
        "Council vote clears the way for a four-mile extension.",
        35.5,
    ),
    (
        "en-hollin-tram-vote/protest",
        "Library campaigners occupy Hollinford town hall lobby",
        (
            "About sixty campaigners against the closure of four branch libraries sat in the "
            "lobby of Hollinford town hall on Tuesday evening and refused to leave until the "
            "council leader met them."
        ),
        40.5,
    ),
    (
        "en-hollin-tram-vote/protest",
        "Sit-in at Hollinford town hall over library cuts",
        "Protesters stay into the night, demanding a meeting with the leader.",
        42.0,
    ),
    (
        "en-garrow-museum-wing",
        "Garrow Museum opens its glass wing after six years of building",
        (
            "The Garrow Museum in Kestleigh opened its new glass wing on Wednesday, adding "
            "eleven galleries for its textile and ceramics collections and a study room for "
            "schools."
        ),
        58.0,
    ),
    (
        "en-garrow-museum-wing",
        "Kestleigh's Garrow Museum unveils new wing",
        "Eleven galleries and a schools study room open to the public.",
        60.0,
    ),
    (
        "en-garrow-museum-wing",
        "'A room the town deserved': Kestleigh celebrates its museum",
        (
            "Volunteers who raised a quarter of the cost for the new galleries say the town "
            "finally has somewhere to show its mill history."
        ),
        68.0,
    ),
    (
        "en-garrow-museum-wing/theft",
        "Painting stolen from Garrow Museum in overnight break-in",
        (
            "A small oil portrait by the Victorian painter Edith Marram was taken from the "
            "Garrow Museum in Kestleigh early on Saturday after thieves forced a fire door, "
            "police said."
        ),
        128.0,
    ),
    (
        "en-garrow-museum-wing/theft",
        "Marram portrait taken from Kestleigh museum",
        "Thieves forced a fire door; police appeal for dashcam footage.",
        131.5,
    ),
    (
        "en-mayor-pellow-bridge",
        "Mayor Ruth Pellow opens Ashcombe's new river footbridge",
        (
            "The mayor of Ashcombe, Ruth Pellow, cut the ribbon on the £6m Weir Street "
            "footbridge on Thursday morning, reconnecting the two halves of the town centre "
            "after the old crossing was condemned."
        ),
        81.0,
    ),
    (
        "en-mayor-pellow-bridge",
        "Ashcombe footbridge open at last",
        "Ruth Pellow cuts the ribbon on the Weir Street crossing.",
        83.0,
    ),
    (
        "en-mayor-pellow-bridge/questioned",
        "Ashcombe mayor interviewed by police over council card spending",
        (
            "Ruth Pellow was interviewed under caution on Thursday evening about spending on a "
            "council credit card, Ashcombe police confirmed; she has not been arrested and "
            "denies wrongdoing."
        ),
        89.5,
    ),
    (
        "en-mayor-pellow-bridge/questioned",
        "Pellow denies misuse of council card after police interview",
        "The mayor says every receipt is accounted for.",
        92.0,
    ),
    (
        "en-st-aldric-results",
        "St Aldric's Academy tops county league table for second year",
        (
            "St Aldric's Academy in Brenchley has the best exam results of any state school in "
            "the county, with 71 per cent of pupils gaining strong passes in English and "
            "maths, new tables show."
        ),
        30.0,
    ),
    (
        "en-st-aldric-results",
        "Brenchley academy leads the county exam league again",
        "71 per cent of its pupils get strong passes in English and maths.",
        33.0,
    ),
    (
        "en-st-aldric-results/fire",
        "Fire closes St Aldric's Academy in Brenchley",
        (
            "Pupils at St Aldric's Academy were told to stay at home on Friday after a fire "
            "overnight destroyed the school's sports hall and damaged two science labs; nobody "
            "was hurt."
        ),
        110.0,
    ),
    (
        "en-st-aldric-results/fire",
        "Brenchley school shut after overnight blaze",
        "The sports hall is destroyed and two labs are damaged; no one was hurt.",
        112.5,
    ),
    (
        "en-st-aldric-results/fire",
        "St Aldric's pupils to be taught in church halls after fire",
        (
            "The trust running the Brenchley academy says lessons for its 1,100 pupils will "
            "move to three church halls and the library from Monday while the site is made "
            "safe."
        ),
        134.0,
    ),
    (
        "en-tolland-jeweller-raid",
        "Ram-raiders smash into Tolland jeweller's before dawn",
        (
            "Thieves reversed a stolen pick-up through the front of Hartwell Jewellers on "
            "Tolland High Street at about 3am on Wednesday and escaped with watches worth an "
            "estimated £180,000."
        ),
        53.0,
    ),
    (
        "en-tolland-jeweller-raid",
        "Watches worth £180,000 taken in Tolland ram-raid",
        "Stolen pick-up reversed through a shop front on the high street.",
        55.0,
    ),
    (
        "en-tolland-jeweller-raid/arrest",
        "Man arrested over counterfeit cigarettes at Tolland shop",
        (
            "Trading standards officers and police arrested a 34-year-old man at a convenience "
            "store on Tolland High Street on Wednesday morning after finding 40,000 fake "
            "cigarettes in a back room."
        ),
        59.0,
    ),
    (
        "en-tolland-jeweller-raid/arrest",
        "Fake cigarette haul found in Tolland store",
        "A 34-year-old man is held after 40,000 counterfeit cigarettes are seized.",
        61.5,
    ),
    (
        "en-vance-calder-prize",
        "Imogen Vance wins Calder Prize for debut novel 'Low Water'",
        (
            "The novelist Imogen Vance has won the £25,000 Calder Prize for fiction with her "
            "debut, 'Low Water', a story of two sisters running a failing ferry on the Severn "
            "estuary."
        ),
        20.0,
    ),
    (
        "en-vance-calder-prize",
        "Debut novel takes the Calder Prize",
        "Imogen Vance wins £25,000 for 'Low Water'.",
        22.0,
    ),
    (
        "en-vance-calder-prize",
        "'I wrote it on night shifts': Calder winner on her unlikely route",
        (
            "The former care worker who took Monday's prize says she wrote most of her book "
            "between 2am and 5am at a nursing home."
        ),
        28.0,
    ),
    (
        "en-vance-calder-prize/plagiarism",
        "Calder winner Imogen Vance accused of copying passages",
        (
            "A small press says at least nine passages in Imogen Vance's prize-winning novel "
            "'Low Water' closely follow a 2009 memoir it published; Vance's publisher says it "
            "is looking into the claims."
        ),
        92.0,
    ),
    (
        "en-vance-calder-prize/plagiarism",
        "Plagiarism claim hits 'Low Water' author",
        "Small press lists nine passages it says were lifted.",
        95.0,
    ),
    (
        "en-wexley-byelection",
        "Wexley North by-election: Greens take seat on recount",
        (
            "The Green candidate Tamsin Oduya won the Wexley North council by-election by 14 "
            "votes after a recount that ran until nearly 2am."
        ),
        98.5,
    ),
    (
        "en-wexley-byelection",
        "Greens win Wexley North by 14 votes after recount",
        (
            "Tamsin Oduya took 1,206 votes to Labour's 1,192 in a by-election called after the "
            "death of the long-serving councillor Frank Hebden; turnout was 31 per cent."
        ),
        100.5,
    ),
    (
        "en-wexley-byelection",
        "'Fourteen votes is still a mandate', says Wexley's new councillor",
        (
            "Tamsin Oduya says she will spend her first month knocking on the doors of people "
            "who did not vote."
        ),
        107.0,
    ),
    (
        "en-wexley-byelection",
        "Labour asks for second recount in Wexley North",
        (
            "The party says bundles of ballots from one polling station were miscounted and "
            "has written to the returning officer."
        ),
        120.0,
    ),
    (
        "en-dunmere-libraries",
        "Dunmere council plans to close five libraries",
        (
            "Dunmere borough council will consult on closing five of its fourteen branch "
            "libraries to save £1.4m a year, replacing some with a mobile library van."
        ),
        8.0,
    ),
    (
        "en-dunmere-libraries",
        "Five Dunmere libraries face closure",
        "Consultation opens on £1.4m savings plan.",
        10.0,
    ),
    (
        "en-carrick-mayor-resigns",
        "Carrickbridge mayor steps down",
        "Mayor Alan Dowse resigns with immediate effect, citing his health.",
        3.5,
    ),
    (
        "en-carrick-mayor-resigns",
        "Carrickbridge mayor Alan Dowse resigns on health grounds",
        (
            "Alan Dowse, who has led Carrickbridge since 2019, said in a statement on Sunday "
            "night that he was stepping down with immediate effect on his doctors' advice."
        ),
        5.0,
    ),
    (
        "en-carrick-mayor-resigns",
        "Tributes to Dowse as Carrickbridge looks for a new leader",
        (
            "Councillors of all parties praised the departing mayor's work on the harbour and "
            "the town's housing, while the search begins for an interim leader."
        ),
        13.0,
    ),
    (
        "en-carrick-mayor-resigns",
        "Deputy named interim mayor of Carrickbridge",
        (
            "Councillors chose the deputy mayor, Priya Lambourne, to lead the town until a "
            "by-election in May, a day after Alan Dowse resigned."
        ),
        31.0,
    ),
    (
        "en-brindle-post-office-raid",
        "Armed robbery at Brindlecombe post office",
        (
            "A man threatened staff with what looked like a handgun and took cash from the "
            "post office on Brindlecombe's Mill Lane on Monday afternoon."
        ),
        16.0,
    ),
    (
        "en-brindle-post-office-raid",
        "Gunman robs village post office in Brindlecombe",
        "Staff unhurt; police appeal for witnesses.",
        17.5,
    ),
    (
        "en-brindle-post-office-raid",
        "Man charged with Brindlecombe post office robbery",
        (
            "A 27-year-old man has been charged with robbery and possessing an imitation "
            "firearm and will appear before magistrates on Wednesday, police said."
        ),
        38.0,
    ),
    (
        "en-ellesby-neighbour-trial",
        "Trial begins of man accused of killing neighbour in Ellesby hedge row",
        (
            "Graham Tulley, 61, denies murdering his neighbour Keith Orme after a years-long "
            "dispute over a hedge on their street in Ellesby, Harchester Crown Court heard on "
            "Wednesday."
        ),
        62.0,
    ),
    (
        "en-ellesby-neighbour-trial",
        "Ellesby hedge dispute murder trial opens",
        "Graham Tulley, 61, denies the murder of his neighbour Keith Orme.",
        64.0,
    ),
    (
        "en-ellesby-neighbour-trial",
        "Jury hears 999 call in Ellesby hedge case",
        (
            "The court heard a recording of the call made by the accused minutes after his "
            "neighbour was found with head injuries."
        ),
        70.0,
    ),
    (
        "en-northmoor-snow-schools",
        "Snow closes 140 schools across Northmoor",
        (
            "Heavy overnight snow closed 140 schools in Northmoor county on Wednesday, and the "
            "council warned that gritters could not reach several hill villages."
        ),
        54.0,
    ),
    (
        "en-northmoor-snow-schools",
        "Northmoor schools shut by snow",
        "140 closures announced by 7am.",
        55.0,
    ),
    (
        "en-northmoor-snow-schools",
        "Parents scramble for childcare as Northmoor snow shuts schools",
        (
            "Employers in the county town reported half-empty offices as families kept "
            "children at home for the day."
        ),
        60.0,
    ),
    (
        "en-northmoor-snow-schools",
        "Most Northmoor schools reopen after snow day",
        (
            "All but 23 of the 140 schools shut by snow reopened on Thursday, the council "
            "said, as thaw set in on lower roads."
        ),
        79.0,
    ),
    (
        "en-greyfield-inadequate",
        "Greyfield High rated inadequate by inspectors",
        (
            "Inspectors rated Greyfield High School in Oldbury Vale inadequate, citing poor "
            "behaviour and weak safeguarding records, and the school will be taken over by a "
            "trust."
        ),
        44.0,
    ),
    (
        "en-greyfield-inadequate",
        "Inspectors fail Greyfield High",
        "Behaviour and safeguarding found wanting.",
        46.0,
    ),
    (
        "en-mardon-lecturers-strike",
        "Mardon University lecturers walk out over job cuts",
        (
            "Lecturers at Mardon University began a three-day strike on Tuesday over plans to "
            "cut 180 posts, cancelling most lectures on its two campuses."
        ),
        31.0,
    ),
    (
        "en-mardon-lecturers-strike",
        "Mardon lecturers on strike",
        "Three-day walkout over 180 planned job cuts.",
        32.5,
    ),
    (
        "en-tidewell-folk-lineup",
        "Tidewell Folk Festival names its headliners",
        (
            "The Fennick Sisters and the Dublin piper Colm Reidy will headline this summer's "
            "Tidewell Folk Festival, organisers said on Sunday."
        ),
        148.5,
    ),
    (
        "en-tidewell-folk-lineup",
        "Fennick Sisters to top Tidewell bill",
        "Festival reveals its summer headliners.",
        151.0,
    ),
    (
        "en-lila-marsh-cancels",
        "Lila Marsh cancels Halbridge arena show hours before doors",
        (
            "The singer Lila Marsh cancelled her sold-out concert at Halbridge Arena on "
            "Saturday evening, three hours before doors were due to open, saying she had lost "
            "her voice."
        ),
        139.0,
    ),
    (
        "en-lila-marsh-cancels",
        "Lila Marsh pulls Halbridge concert",
        "Singer says she has lost her voice; 9,000 fans turned away.",
        140.0,
    ),
    (
        "en-lila-marsh-cancels",
        "Fans who travelled hundreds of miles left out of pocket after Halbridge no-show",
        (
            "Some ticket holders had booked hotels and trains, and the arena says refunds will "
            "cover tickets only."
        ),
        147.0,
    ),
    (
        "en-lila-marsh-cancels",
        "Lila Marsh reschedules Halbridge concert for March",
        (
            "The singer's management said on Sunday that the cancelled Halbridge Arena show "
            "will now take place on 14 March and that Saturday's tickets remain valid."
        ),
        155.5,
    ),
    (
        "en-salt-ledger-premiere",
        "'The Salt Ledger' premieres at the Corran Theatre",
        (
            "Maeve Dunleavy's new play about a fishing town's last cannery opened at the "
            "Corran Theatre on Thursday night to a standing ovation."
        ),
        99.0,
    ),
    (
        "en-salt-ledger-premiere",
        "Dunleavy's cannery drama opens to cheers",
        "First night of 'The Salt Ledger' at the Corran.",
        102.0,
    ),
    (
        "en-eastvale-council-tax",
        "Eastvale approves maximum council tax rise",
        (
            "Eastvale council approved a 4.99 per cent council tax rise for April, the largest "
            "allowed without a referendum, saying social care costs left no choice."
        ),
        62.0,
    ),
    (
        "en-eastvale-council-tax",
        "Council tax up 4.99pc in Eastvale",
        "Rise approved amid social care pressures.",
        64.0,
    ),
    (
        "en-porthwick-bin-strike",
        "Porthwick bin workers begin two-week strike",
        (
            "Refuse collectors in Porthwick walked out on Wednesday in a dispute over pay and "
            "the loss of overtime, leaving rubbish uncollected across the town."
        ),
        56.0,
    ),
    (
        "en-porthwick-bin-strike",
        "Bin strike starts in Porthwick",
        "Collectors walk out over pay and overtime.",
        57.5,
    ),
    (
        "en-porthwick-bin-strike",
        "Rubbish piles up as Porthwick strike enters second day",
        (
            "The council has opened three drop-off points and warned residents not to leave "
            "bags on pavements."
        ),
        80.0,
    ),
    (
        "en-ravensholt-car-ring",
        "Twelve arrested as police smash Ravensholt car theft ring",
        (
            "Officers arrested twelve people in dawn raids across Ravensholt on Monday, saying "
            "the gang stole more than 300 high-value cars to order."
        ),
        9.0,
    ),
    (
        "en-ravensholt-car-ring",
        "Dawn raids target car theft gang",
        "Twelve held; police say 300 cars were stolen to order.",
        11.0,
    ),
    (
        "en-teen-burglaries-charged",
        "Teenager charged over 31 burglaries in Kenway",
        (
            "A 17-year-old boy has been charged with 31 burglaries of homes and garden sheds "
            "in Kenway over four months, and was remanded in youth detention."
        ),
        45.0,
    ),
    (
        "en-penmarrow-statue",
        "Statue of Penmarrow founder daubed with paint",
        (
            "The bronze statue of the shipbuilder Josiah Penrose in Penmarrow's harbour square "
            "was covered in red paint overnight, and the council says cleaning will cost "
            "thousands."
        ),
        145.0,
    ),
    (
        "en-penmarrow-statue",
        "Penmarrow statue vandalised",
        "Red paint thrown over the Josiah Penrose bronze.",
        147.0,
    ),
    (
        "en-penmarrow-statue",
        "Penmarrow council to fit CCTV after statue attack",
        (
            "The council says two cameras will cover the harbour square after the Josiah "
            "Penrose bronze was daubed for the third time in a year."
        ),
        161.5,
    ),
    (
        "en-wyncaster-roof-works",
        "Scaffolding goes up for Wyncaster cathedral roof repairs",
        (
            "Work began on Friday on a three-year, £9m repair of the lead roof of Wyncaster "
            "cathedral, which has leaked into the nave for a decade and will stay open "
            "throughout."
        ),
        103.0,
    ),
    (
        "en-coldharbour-homes-protest",
        "Hundreds march against 900 homes on Coldharbour fields",
        (
            "About 600 people marched through Lyndon on Saturday against plans to build 900 "
            "homes on the Coldharbour fields, a flood meadow on the town's edge."
        ),
        136.0,
    ),
    (
        "en-coldharbour-homes-protest",
        "Lyndon march over Coldharbour housing plan",
        "Around 600 protest against 900-home scheme.",
        137.5,
    ),
    (
        "en-coldharbour-homes-protest",
        "Developer says Coldharbour homes will be raised above flood level",
        (
            "After Saturday's march in Lyndon, the firm behind the scheme said every house "
            "would be built on a raised platform and a new pond would hold flood water."
        ),
        153.0,
    ),
    (
        "en-calloway-lantern-parade",
        "Twenty thousand watch Calloway winter lantern parade",
        (
            "About 20,000 people lined the streets of Calloway on Sunday evening for the "
            "town's winter lantern parade, in which 1,500 children carried paper lanterns they "
            "had made at school."
        ),
        163.0,
    ),
    (
        "en-calloway-lantern-parade",
        "Calloway lantern parade draws record crowd",
        "1,500 children carry lanterns through the town.",
        164.5,
    ),
    (
        "en-calloway-lantern-parade",
        "Calloway parade organisers ask council for a bigger route next year",
        (
            "Organisers say the narrow old town streets could not cope with the crowds and "
            "want to add the riverside."
        ),
        167.5,
    ),
    (
        "en-old-quay-bridge",
        "Old Quay bridge to close for 18 months",
        (
            "Marlbury's Old Quay bridge will close from March for 18 months of repairs to its "
            "corroded steel, adding a mile to many journeys."
        ),
        2.0,
    ),
    (
        "en-old-quay-bridge",
        "Marlbury bridge closure will add a mile to commutes",
        (
            "The Old Quay crossing shuts from March so that corroded beams and the deck can be "
            "replaced, the council's highways chief said."
        ),
        6.5,
    ),
    (
        "en-hoard-coins",
        "Detectorist finds hoard of 2,000 Roman coins near Shelbourne",
        (
            "A metal detectorist has found about 2,000 Roman silver coins buried in a pot in a "
            "field near Shelbourne, the county museum said on Thursday."
        ),
        85.0,
    ),
    (
        "en-hoard-coins",
        "Roman coin hoard unearthed in Shelbourne field",
        "About 2,000 silver coins were found in a pot buried in the field.",
        86.5,
    ),
    (
        "en-hoard-coins",
        "Shelbourne hoard may be linked to a lost villa, says archaeologist",
        (
            "A coroner's inquest will decide if the coins are treasure; experts say the pot "
            "was buried around AD 270."
        ),
        98.5,
    ),
    (
        "en-chief-constable-apology",
        "Chief constable apologises to family of Nadia Kerr",
        (
            "The chief constable of the Westmarsh force apologised on Friday for failings in "
            "the search for Nadia Kerr, whose body was found nine days after she was reported "
            "missing."
        ),
        116.0,
    ),
    (
        "en-chief-constable-apology",
        "Westmarsh police say sorry over Nadia Kerr search",
        "Chief constable admits the search was too slow.",
        118.0,
    ),
    (
        "en-chief-constable-apology",
        "Nadia Kerr's mother: 'Sorry will not bring my daughter back'",
        (
            "Linda Kerr says she wants the officers who ran the first days of the search to "
            "face a misconduct hearing, not just an apology."
        ),
        130.0,
    ),
    (
        "en-finance-chief-fraud",
        "Former council finance chief admits £1.2m fraud",
        (
            "Derek Mallin, a former head of finance at Sallowby council, pleaded guilty to "
            "fraud by abuse of position after moving £1.2m into accounts he controlled over "
            "six years."
        ),
        32.0,
    ),
    (
        "en-finance-chief-fraud",
        "Ex-Sallowby finance boss pleads guilty",
        "Derek Mallin admits moving £1.2m into his own accounts.",
        34.5,
    ),
    (
        "en-finance-chief-fraud",
        "Sallowby council to review its checks after Mallin plea",
        (
            "The council's chief executive says auditors missed six years of transfers and an "
            "outside review will start next week."
        ),
        40.0,
    ),
    (
        "en-oakhurst-school-merger",
        "Two Oakhurst primaries to merge as pupil numbers fall",
        (
            "Oakhurst's Church Road and Beech Lane primary schools will merge in September "
            "because of falling pupil numbers, the council confirmed on Sunday."
        ),
        156.0,
    ),
    (
        "en-oakhurst-school-merger",
        "Oakhurst primary schools to become one",
        "Merger follows fall in pupil numbers.",
        158.0,
    ),
    (
        "en-school-meals-contract",
        "Council ends school meals contract after hygiene failings",
        (
            "Brayford council has ended its school meals contract with Greenplate Catering "
            "after inspectors found mouse droppings in two school kitchens."
        ),
        75.0,
    ),
    (
        "en-school-meals-contract",
        "Brayford drops school meals firm",
        "Contract ended after hygiene failings in two kitchens.",
        78.0,
    ),
    (
        "en-pennard-choir",
        "Pennard Male Voice Choir wins national title",
        (
            "The 62-member Pennard Male Voice Choir won the national choir championship on "
            "Sunday afternoon, a first in the choir's 110 years of singing."
        ),
        159.0,
    ),
    (
        "en-lowther-film-festival",
        "Lowther film festival opens with local director's premiere",
        (
            "The Lowther film festival opened on Friday with the premiere of 'Harbour Lights', "
            "the first feature by the town's own Sunil Cartwright."
        ),
        116.0,
    ),
    (
        "en-lowther-film-festival",
        "Lowther festival opens with 'Harbour Lights'",
        "Sunil Cartwright's debut feature gets its first screening.",
        118.5,
    ),
    (
        "en-lowther-film-festival",
        "Critics warm to Cartwright's harbour drama",
        (
            "Reviews of the opening-night film at Lowther praise its cast of local non-actors, "
            "though some found its last half-hour slow."
        ),
        128.0,
    ),
    (
        "en-millbrook-stabbing",
        "Man stabbed in Millbrook town centre",
        (
            "A 22-year-old man is in hospital with stab wounds after an attack in Millbrook's "
            "Market Street late on Saturday, police said."
        ),
        142.0,
    ),
    (
        "en-millbrook-stabbing",
        "Stabbing in Millbrook's Market Street",
        "A man of 22 is in hospital with stab wounds.",
        143.0,
    ),
    (
        "en-millbrook-stabbing",
        "Two teenagers arrested after Millbrook stabbing",
        (
            "Police have arrested two boys aged 16 and 17 on suspicion of attempted murder "
            "after a man was stabbed in Market Street on Saturday night."
        ),
        158.0,
    ),
    (
        "en-ashgrove-arson",
        "Arson destroys Ashgrove community centre",
        (
            "Fire destroyed the Ashgrove community centre overnight and police are treating it "
            "as arson after finding a petrol can nearby."
        ),
        86.0,
    ),
    (
        "en-ashgrove-arson",
        "Ashgrove community centre burnt down",
        "Police say the fire was started deliberately.",
        88.0,
    ),
    (
        "en-ashgrove-arson",
        "'It was the heart of the estate': Ashgrove counts the cost",
        (
            "Groups that met at the burnt-out centre, from a toddler club to a food bank, are "
            "looking for new homes."
        ),
        94.0,
    ),
    (
        "en-combined-mayor-candidate",
        "Labour picks Joanne Reeve for Severnside mayor race",
        (
            "Labour members have chosen the council leader Joanne Reeve as their candidate for "
            "the Severnside metro mayor election in May."
        ),
        125.0,
    ),
    (
        "en-combined-mayor-candidate",
        "Reeve to run for Severnside mayor",
        "Council leader wins Labour selection.",
        127.0,
    ),
    (
        "en-councillor-suspended",
        "Kestwick councillor suspended over social media posts",
        (
            "The Conservative group in Kestwick has suspended councillor Nigel Frome after he "
            "posted offensive remarks about travellers."
        ),
        68.0,
    ),
    (
        "en-councillor-suspended",
        "Party suspends Kestwick councillor Nigel Frome",
        "The party acts after his posts about travellers.",
        70.0,
    ),
    (
        "en-dunmore-mural",
        "Street art piece appears overnight on Dunmore pub wall",
        (
            "A stencilled mural of a child holding a broken umbrella has appeared on the wall "
            "of the Anchor pub in Dunmore, and fans are asking if it is by a well-known street "
            "artist."
        ),
        126.0,
    ),
    (
        "en-dunmore-mural",
        "Mystery mural draws crowds to Dunmore pub",
        "Queues form to see the stencil of a child with a broken umbrella.",
        128.5,
    ),
    (
        "en-dunmore-mural",
        "Dunmore landlord puts perspex over pub mural",
        (
            "The Anchor's owner says he will protect the stencil while experts decide who "
            "painted it."
        ),
        138.0,
    ),
    (
        "en-cannabis-farm-bank",
        "Cannabis farm found in former bank in Harrowby",
        (
            "Police found 400 cannabis plants growing in the vault and offices of a disused "
            "bank branch on Harrowby's High Street on Friday."
        ),
        114.0,
    ),
    (
        "ru-gimnaziya-olimpiada",
        "Гимназия №4 Северозерогорска взяла рекордные 19 призовых мест на олимпиаде",
        (
            "Ученики гимназии №4 Северозерогорска завоевали 19 призовых мест на региональном "
            "этапе олимпиады школьников — больше, чем любая школа области за последние десять "
            "лет."
        ),
        31.0,
    ),
    (
        "ru-gimnaziya-olimpiada",
        "Северозерогорская гимназия — лидер олимпиады",
        "У гимназии №4 рекордные 19 призовых мест.",
        33.5,
    ),
    (
        "ru-gimnaziya-olimpiada/pozhar",
        "В гимназии №4 Северозерогорска ночью горел спортзал",
        (
            "Пожар в спортивном зале гимназии №4 тушили почти три часа; занятия отменены до "
            "понедельника, пострадавших нет, причину возгорания выясняют дознаватели."
        ),
        105.0,
    ),
    (
        "ru-gimnaziya-olimpiada/pozhar",
        "Гимназию в Северозерогорске закрыли после пожара",
        "Занятия отменены до понедельника.",
        107.0,
    ),
    (
        "ru-teatr-premyera",
        "Драмтеатр Озерогорска показал премьеру «Вишнёвой пристани»",
        (
            "Областной драматический театр Озерогорска в четверг впервые сыграл «Вишнёвую "
            "пристань» в постановке Григория Мельникова; зал аплодировал стоя почти десять "
            "минут."
        ),
        94.5,
    ),
    (
        "ru-teatr-premyera",
        "Премьера «Вишнёвой пристани» в Озерогорске",
        "Спектакль Мельникова встретили овацией.",
        97.0,
    ),
    (
        "ru-teatr-premyera/zabastovka",
        "Монтировщики озерогорского драмтеатра отказались выходить на смену",
        (
            "Рабочие сцены областного драмтеатра Озерогорска в воскресенье не вышли на работу, "
            "требуя погасить долги по зарплате за два месяца; вечерний спектакль отменён."
        ),
        152.0,
    ),
    (
        "ru-teatr-premyera/zabastovka",
        "В Озерогорске сорван спектакль из-за забастовки рабочих сцены",
        "Монтировщики требуют выплатить долги по зарплате.",
        154.0,
    ),
    (
        "ru-sud-zasedanie",
        "Бывшему вице-мэру Камнеярска продлили арест",
        (
            "Камнеярский районный суд в среду продлил на три месяца арест бывшего вице-мэра "
            "Олега Сизова, обвиняемого в получении взятки при ремонте городских дорог."
        ),
        57.0,
    ),
    (
        "ru-sud-zasedanie",
        "Арест Сизова продлён на три месяца",
        "Суд не отпустил экс-вице-мэра под домашний арест.",
        59.0,
    ),
    (
        "ru-sud-zasedanie/pobeg",
        "Из здания Камнеярского районного суда сбежал подсудимый",
        (
            "Обвиняемый в разбое 24-летний мужчина в среду вечером выбежал из здания суда во "
            "время перерыва, воспользовавшись тем, что с него сняли наручники; объявлен "
            "розыск."
        ),
        65.0,
    ),
    (
        "ru-sud-zasedanie/pobeg",
        "Побег из суда в Камнеярске: подсудимого ищут",
        "Обвиняемый в разбое скрылся во время перерыва.",
        67.5,
    ),
    (
        "ru-glava-otstavka",
        "Глава Березнянска Виктор Гладков подал в отставку",
        (
            "Глава городского округа Березнянск Виктор Гладков в понедельник объявил о "
            "досрочном уходе с поста, не назвав причин; депутаты примут отставку на "
            "внеочередной сессии."
        ),
        7.0,
    ),
    (
        "ru-glava-otstavka",
        "Гладков уходит с поста главы Березнянска",
        "Отставку рассмотрят депутаты.",
        8.5,
    ),
    (
        "ru-glava-otstavka",
        "«Решение личное»: Гладков объяснил уход из мэрии",
        "Бывший глава заявил журналистам, что давления не было, а причины отставки семейные.",
        15.0,
    ),
    (
        "ru-glava-otstavka",
        "Исполняющим обязанности главы Березнянска назначена Ирина Кулагина",
        (
            "Депутаты думы Березнянска приняли отставку Виктора Гладкова и поручили руководить "
            "городом его первому заместителю Ирине Кулагиной до выборов."
        ),
        30.5,
    ),
    (
        "ru-kvartirnye-krazhi",
        "В Лесноборске задержан подозреваемый в серии квартирных краж",
        (
            "Полицейские Лесноборска задержали 38-летнего мужчину, который, по версии "
            "следствия, с осени обокрал одиннадцать квартир, подбирая ключи к старым замкам."
        ),
        112.0,
    ),
    (
        "ru-kvartirnye-krazhi",
        "Задержан квартирный вор из Лесноборска",
        "На его счету одиннадцать краж.",
        114.0,
    ),
    (
        "ru-ledovye-skulptury",
        "В Ярохтинке открылся фестиваль ледовых скульптур",
        (
            "На набережной Ярохтинки в воскресенье открылся фестиваль ледовых скульптур: "
            "двадцать шесть команд за три дня вырезали из льда сказочных героев."
        ),
        154.0,
    ),
    (
        "ru-shkoly-karantin",
        "В Нижнесосновске школы закрывают на карантин по гриппу",
        (
            "Власти Нижнесосновска с четверга закрывают все школы города на недельный "
            "карантин: на занятия не ходит почти треть учеников."
        ),
        52.0,
    ),
    (
        "ru-shkoly-karantin",
        "Нижнесосновские школы уходят на карантин",
        "Треть учеников болеет гриппом.",
        54.5,
    ),
    (
        "ru-shkoly-karantin",
        "Родители в Нижнесосновске недовольны внезапным карантином",
        "Многим пришлось срочно искать, с кем оставить детей младших классов.",
        63.0,
    ),
    (
        "ru-dovybory-duma",
        "На довыборах в думу Приреченска победил учитель физики",
        (
            "По предварительным данным, на дополнительных выборах в городскую думу Приреченска "
            "побеждает учитель физики Андрей Лобов, набравший 43 процента голосов при явке 19 "
            "процентов."
        ),
        165.0,
    ),
    (
        "ru-dovybory-duma",
        "Учитель физики проходит в думу Приреченска",
        "Андрей Лобов набирает 43 процента голосов.",
        166.5,
    ),
    (
        "ru-skver-protest",
        "Жители Заречинска вышли против стройки в сквере",
        (
            "Около трёхсот жителей Заречинска пришли в субботу в сквер на улице Гагарина, где "
            "застройщик собирается возвести торговый центр, и потребовали отменить разрешение."
        ),
        133.0,
    ),
    (
        "ru-skver-protest",
        "В Заречинске протестуют против торгового центра в сквере",
        "На акцию пришли около трёхсот человек.",
        134.5,
    ),
    (
        "ru-skver-protest",
        "Застройщик пообещал сохранить половину сквера в Заречинске",
        (
            "Компания готова уменьшить площадь торгового центра, но жители настаивают на "
            "полной отмене стройки."
        ),
        144.0,
    ),
    (
        "ru-filarmoniya-organ",
        "Филармония Светлоярска получила новый орган",
        (
            "В концертном зале филармонии Светлоярска в четверг собрали орган из Германии; "
            "первый концерт на нём пройдёт в марте."
        ),
        90.0,
    ),
    (
        "ru-filarmoniya-organ",
        "Светлоярская филармония: новый орган собран",
        "Первый концерт намечен на март.",
        92.5,
    ),
    (
        "de-buergermeister-brueckenfest",
        "Bürgermeister Kessler eröffnet neue Mainbrücke in Ostheim",
        (
            "Ostheims Bürgermeister Lutz Kessler hat am Donnerstagvormittag die neue Fuß- und "
            "Radbrücke über den Main freigegeben; der Bau hatte sich um zwei Jahre verzögert "
            "und kostete 14 Millionen Euro."
        ),
        80.0,
    ),
    (
        "de-buergermeister-brueckenfest",
        "Neue Brücke in Ostheim ist offen",
        "Kessler gibt den Steg nach zwei Jahren Verzögerung frei.",
        82.0,
    ),
    (
        "de-buergermeister-brueckenfest/befragung",
        "Polizei befragt Ostheims Bürgermeister zu Dienstwagenfahrten",
        (
            "Die Kriminalpolizei hat Bürgermeister Lutz Kessler am Donnerstagabend zu privaten "
            "Fahrten mit dem Dienstwagen befragt; die Staatsanwaltschaft prüft einen "
            "Anfangsverdacht der Untreue."
        ),
        91.0,
    ),
    (
        "de-buergermeister-brueckenfest/befragung",
        "Untreue-Verdacht: Kessler bei der Kripo",
        "Der Bürgermeister weist die Vorwürfe zurück.",
        93.5,
    ),
    (
        "de-juwelier-einbruch",
        "Einbrecher erbeuten Schmuck bei Juwelier in der Lindenmühler Hauptstraße",
        (
            "Unbekannte sind in der Nacht zum Montag über das Dach in ein Juweliergeschäft in "
            "der Hauptstraße von Lindenmühl eingestiegen und haben Ringe und Ketten im Wert "
            "von rund 90.000 Euro gestohlen."
        ),
        3.0,
    ),
    (
        "de-juwelier-einbruch",
        "Juwelier in Lindenmühl ausgeraubt",
        "Täter kamen über das Dach; Beute rund 90.000 Euro.",
        6.0,
    ),
    (
        "de-juwelier-einbruch/festnahme",
        "Festnahme nach Messerangriff in der Lindenmühler Hauptstraße",
        (
            "Nach einem Streit vor einem Imbiss in der Hauptstraße hat die Polizei in "
            "Lindenmühl am Montagmittag einen 29-Jährigen festgenommen, der einen Mann mit "
            "einem Messer verletzt haben soll."
        ),
        12.0,
    ),
    (
        "de-juwelier-einbruch/festnahme",
        "Lindenmühl: 29-Jähriger nach Streit vor Imbiss festgenommen",
        "Das Opfer ist leicht verletzt.",
        14.5,
    ),
    (
        "de-hollmann-buchpreis",
        "Lena Hollmann erhält den Weserbuchpreis",
        (
            "Die Leipziger Autorin Lena Hollmann bekommt für ihren Roman „Die "
            "Schleusenwärterin“ den mit 20.000 Euro dotierten Weserbuchpreis, teilte die Jury "
            "am Dienstag mit."
        ),
        34.0,
    ),
    (
        "de-hollmann-buchpreis",
        "Weserbuchpreis geht an „Die Schleusenwärterin“",
        "Lena Hollmann wird für ihren Roman ausgezeichnet.",
        36.5,
    ),
    (
        "de-hollmann-buchpreis/plagiat",
        "Plagiatsvorwürfe gegen Preisträgerin Lena Hollmann",
        (
            "Ein Literaturblog wirft der Autorin Lena Hollmann vor, Passagen ihres "
            "preisgekrönten Romans aus einem DDR-Reisebuch übernommen zu haben; der Verlag "
            "spricht von bewussten Zitaten."
        ),
        126.0,
    ),
    (
        "de-hollmann-buchpreis/plagiat",
        "Hollmann weist Plagiatsvorwurf zurück",
        "Verlag nennt die Stellen bewusste Zitate.",
        129.0,
    ),
    (
        "de-hallenbad-schliessung",
        "Gemeinderat von Hollerbach beschließt Aus für das Hallenbad",
        (
            "Der Gemeinderat von Hollerbach hat am Dienstagabend mit knapper Mehrheit "
            "beschlossen, das marode Hallenbad im Sommer zu schließen; eine Sanierung hätte "
            "neun Millionen Euro gekostet."
        ),
        44.5,
    ),
    (
        "de-hallenbad-schliessung",
        "Hollerbacher Hallenbad schließt im Sommer",
        "Knappe Mehrheit im Gemeinderat.",
        46.0,
    ),
    (
        "de-hallenbad-schliessung",
        "Schwimmvereine in Hollerbach wollen Bürgerbegehren starten",
        (
            "Die Vereine sammeln Unterschriften gegen den Ratsbeschluss und verweisen auf die "
            "Schulschwimmkurse."
        ),
        58.0,
    ),
    (
        "de-ob-wahl-kesselbrunn",
        "OB-Wahl in Kesselbrunn: Stichwahl zwischen Vogt und Aydın",
        (
            "Bei der Oberbürgermeisterwahl in Kesselbrunn hat am Sonntag keiner der fünf "
            "Bewerber die absolute Mehrheit erreicht; in zwei Wochen treten Martina Vogt und "
            "Cem Aydın gegeneinander an."
        ),
        161.5,
    ),
    (
        "de-ob-wahl-kesselbrunn",
        "Kesselbrunn muss in die Stichwahl",
        "Vogt vorn, Aydın knapp dahinter.",
        162.5,
    ),
    (
        "de-ob-wahl-kesselbrunn",
        "Vogt nach erstem Wahlgang: „Jetzt geht die Arbeit erst los“",
        (
            "Die Favoritin zeigt sich zufrieden, warnt aber vor einer geringen Beteiligung in "
            "zwei Wochen."
        ),
        164.5,
    ),
    (
        "de-ob-wahl-kesselbrunn",
        "Aydın erhält Unterstützung der Grünen für die Stichwahl",
        (
            "Die drittplatzierte Grünen-Kandidatin in Kesselbrunn empfiehlt ihren Wählern, in "
            "der Stichwahl für Cem Aydın zu stimmen."
        ),
        167.0,
    ),
    (
        "de-grundschule-lehrermangel",
        "Grundschule in Wolfsried schließt wegen Lehrermangels",
        (
            "Die Grundschule im Wolfsrieder Ortsteil Buchau wird zum Schuljahresende "
            "geschlossen, weil das Schulamt keine Lehrkräfte mehr findet; die Kinder sollen "
            "mit dem Bus in den Nachbarort fahren."
        ),
        60.0,
    ),
    (
        "de-grundschule-lehrermangel",
        "Aus für Grundschule in Buchau",
        "Das Schulamt findet keine Lehrer mehr.",
        62.5,
    ),
    (
        "de-karnevalsprinz",
        "Rheinhorster Karneval kürt Bäckermeister zum Prinzen",
        (
            "Der Bäckermeister Jörg Stemmler ist am Sonntag in der Stadthalle von Rheinhorst "
            "zum Karnevalsprinzen der Session proklamiert worden."
        ),
        165.0,
    ),
    (
        "de-autobraende-serie",
        "Wieder brennen Autos in Grünwerda",
        (
            "In der Nacht zum Dienstag sind in Grünwerda erneut drei Autos in Flammen "
            "aufgegangen; die Polizei ermittelt wegen Brandstiftung und geht von einer Serie "
            "mit inzwischen vierzehn Fällen aus."
        ),
        29.0,
    ),
    (
        "de-autobraende-serie",
        "Brandserie in Grünwerda: drei weitere Autos zerstört",
        "Polizei zählt nun vierzehn Fälle.",
        31.0,
    ),
    (
        "de-intendant-ruecktritt",
        "Intendant des Stadttheaters Marlenbach kündigt Rücktritt an",
        (
            "Der Intendant des Stadttheaters Marlenbach, Heiko Brandt, verlässt das Haus zum "
            "Ende der Spielzeit; er begründet den Schritt mit den Kürzungen im städtischen "
            "Kulturhaushalt."
        ),
        73.0,
    ),
    (
        "de-intendant-ruecktritt",
        "Brandt verlässt Marlenbacher Stadttheater",
        "Der Intendant nennt die Kürzungen als Grund.",
        75.5,
    ),
    (
        "de-bahnhofsplatz-umbau",
        "Umbau des Bahnhofsplatzes in Weilbronn dauert ein Jahr länger",
        (
            "Die Arbeiten am Bahnhofsplatz in Weilbronn verzögern sich bis Ende nächsten "
            "Jahres, weil im Boden alte Tanks einer Tankstelle gefunden wurden, teilte die "
            "Stadt mit."
        ),
        111.0,
    ),
    (
        "de-bahnhofsplatz-umbau",
        "Weilbronner Bahnhofsplatz bleibt länger Baustelle",
        "Alte Tanks im Boden verzögern die Arbeiten.",
        113.5,
    ),
    (
        "de-museumsnacht-rhemsdorf",
        "Lange Nacht der Museen lockt 18.000 Besucher nach Rhemsdorf",
        (
            "Die zwölfte Lange Nacht der Museen in Rhemsdorf hat am Samstag rund 18.000 "
            "Besucher angezogen; besonders lange Schlangen gab es vor dem neuen "
            "Spielzeugmuseum im alten Zollhaus."
        ),
        131.0,
    ),
    (
        "de-museumsnacht-rhemsdorf",
        "Rhemsdorfer Museumsnacht mit Besucherrekord",
        "Lange Schlangen vor dem Spielzeugmuseum im alten Zollhaus.",
        139.0,
    ),
    (
        "fr-musee-aile-neuve",
        "Le musée Delorme de Castelvieux inaugure son aile contemporaine",
        (
            "Le musée Delorme de Castelvieux a inauguré lundi une aile de 1 800 mètres carrés "
            "consacrée à l'art contemporain, après quatre ans de travaux et une souscription "
            "auprès des habitants."
        ),
        9.5,
    ),
    (
        "fr-musee-aile-neuve",
        "Castelvieux : le musée Delorme s'agrandit",
        "Une aile contemporaine ouvre après quatre ans de travaux.",
        12.0,
    ),
    (
        "fr-musee-aile-neuve/vol",
        "Un tableau volé au musée Delorme de Castelvieux",
        (
            "Une nature morte du XVIIIe siècle a été dérobée au musée Delorme dans la nuit de "
            "jeudi à vendredi ; les voleurs ont forcé une fenêtre de l'aile ancienne, selon le "
            "parquet."
        ),
        104.0,
    ),
    (
        "fr-musee-aile-neuve/vol",
        "Vol d'une nature morte au musée de Castelvieux",
        "Les malfaiteurs sont passés par une fenêtre.",
        106.5,
    ),
    (
        "fr-premiere-opera-valrose",
        "Triomphe pour la première de « La Fille du passeur » à l'opéra de Valrose",
        (
            "L'opéra de Valrose a créé lundi soir « La Fille du passeur », une œuvre du "
            "compositeur Étienne Laborie, saluée par un long rappel du public."
        ),
        23.5,
    ),
    (
        "fr-premiere-opera-valrose",
        "Valrose : ovation pour la création de Laborie",
        "« La Fille du passeur » a séduit le public.",
        25.0,
    ),
    (
        "fr-premiere-opera-valrose/greve",
        "Grève des machinistes à l'opéra de Valrose, la représentation annulée",
        (
            "Les machinistes et techniciens de l'opéra de Valrose ont cessé le travail "
            "vendredi pour protester contre la suppression de primes de nuit ; la "
            "représentation du soir a été annulée."
        ),
        117.5,
    ),
    (
        "fr-premiere-opera-valrose/greve",
        "Opéra de Valrose : les techniciens en grève",
        "Le spectacle de vendredi soir n'a pas eu lieu.",
        120.0,
    ),
    (
        "fr-tribunal-audience",
        "Procès de l'ancien maire de Saint-Florent-sur-Lisse : cinq ans requis",
        (
            "Devant le tribunal correctionnel de Montbrison-la-Haute, le parquet a requis "
            "mardi cinq ans de prison, dont deux ferme, contre l'ancien maire de "
            "Saint-Florent-sur-Lisse, jugé pour favoritisme dans l'attribution de marchés "
            "publics."
        ),
        36.0,
    ),
    (
        "fr-tribunal-audience",
        "Cinq ans requis contre l'ex-maire de Saint-Florent",
        "Il est jugé pour favoritisme.",
        38.0,
    ),
    (
        "fr-tribunal-audience/evasion",
        "Un détenu s'évade du tribunal de Montbrison-la-Haute",
        (
            "Un homme de 31 ans, jugé pour trafic de stupéfiants, s'est échappé mardi soir du "
            "palais de justice de Montbrison-la-Haute en sautant par la fenêtre des toilettes "
            "; il est activement recherché."
        ),
        44.5,
    ),
    (
        "fr-tribunal-audience/evasion",
        "Évasion spectaculaire au palais de justice",
        "Le prévenu a sauté par une fenêtre.",
        47.0,
    ),
    (
        "fr-partielle-aubrac",
        "Municipale partielle à Saint-Aubin-des-Prés : la liste divers gauche l'emporte",
        (
            "La liste menée par Claire Vasseur a remporté dimanche l'élection municipale "
            "partielle de Saint-Aubin-des-Prés avec 54 % des voix, après la démission de la "
            "moitié du conseil."
        ),
        163.0,
    ),
    (
        "fr-partielle-aubrac",
        "Claire Vasseur gagne la partielle de Saint-Aubin",
        "Sa liste obtient 54 % des suffrages.",
        164.5,
    ),
    (
        "fr-partielle-aubrac",
        "« Il faut réparer la commune » : la nouvelle équipe de Saint-Aubin s'installe",
        "La future maire promet un audit des finances et une réunion publique chaque mois.",
        167.2,
    ),
    (
        "fr-cantine-gratuite",
        "Le conseil municipal de Bréval vote la cantine gratuite",
        (
            "Le conseil municipal de Bréval a voté mardi soir la gratuité de la cantine pour "
            "les enfants des écoles primaires à partir de la rentrée, pour un coût de 600 000 "
            "euros par an."
        ),
        45.0,
    ),
    (
        "fr-cantine-gratuite",
        "Cantine gratuite à Bréval dès la rentrée",
        "Le vote a eu lieu mardi soir.",
        46.5,
    ),
    (
        "fr-college-fermeture",
        "Les parents bloquent le collège de Vernac menacé de fermeture",
        (
            "Une centaine de parents ont bloqué mercredi matin l'entrée du collège Jean-Mermoz "
            "de Vernac, que le département veut fermer en 2027 faute d'élèves suffisants."
        ),
        55.0,
    ),
    (
        "fr-college-fermeture",
        "Blocage au collège de Vernac",
        "Les parents refusent la fermeture.",
        56.5,
    ),
    (
        "fr-college-fermeture",
        "« Nos enfants feraient une heure de car » : à Vernac, la colère des familles",
        (
            "Les parents rappellent que le collège le plus proche est à quarante kilomètres "
            "par une route de montagne."
        ),
        64.5,
    ),
    (
        "fr-college-fermeture",
        "Le département suspend la fermeture du collège de Vernac",
        (
            "Au lendemain du blocage, le président du conseil départemental annonce un "
            "moratoire d'un an sur la fermeture du collège Jean-Mermoz et une nouvelle étude."
        ),
        79.0,
    ),
    (
        "fr-festival-bd",
        "Le festival de BD de Valmorin ouvre ses portes",
        (
            "Le festival de la bande dessinée de Valmorin a ouvert jeudi soir pour trois "
            "jours, avec 300 auteurs et une exposition consacrée au dessinateur belge Luc "
            "Tanguy."
        ),
        95.0,
    ),
    (
        "fr-festival-bd",
        "Coup d'envoi du festival de BD de Valmorin",
        "300 auteurs attendus jusqu'à samedi soir.",
        96.5,
    ),
    (
        "fr-festival-bd",
        "Valmorin : le grand prix de la BD décerné à Aurélie Fontan",
        (
            "L'autrice a reçu samedi soir le grand prix du festival pour l'ensemble de son "
            "œuvre, à la clôture de l'édition."
        ),
        142.5,
    ),
    (
        "fr-cambriolages-village",
        "Vague de cambriolages à Lussac-les-Vignes",
        (
            "Huit maisons ont été cambriolées en une semaine à Lussac-les-Vignes ; les "
            "gendarmes appellent les habitants à signaler les véhicules suspects."
        ),
        68.5,
    ),
    (
        "fr-cambriolages-village",
        "Huit cambriolages en une semaine à Lussac",
        "Les gendarmes appellent à la vigilance.",
        70.5,
    ),
    (
        "fr-tram-commercants",
        "Travaux du tram : les commerçants de Roanville manifestent",
        (
            "Plus de deux cents commerçants ont défilé jeudi à Roanville pour réclamer des "
            "indemnités, disant avoir perdu jusqu'à 40 % de leur chiffre d'affaires depuis le "
            "début des travaux du tramway."
        ),
        87.0,
    ),
    (
        "fr-tram-commercants",
        "À Roanville, les commerçants en colère contre les travaux",
        "Ils réclament des indemnités à la métropole.",
        89.0,
    ),
    (
        "fr-vol-eglise",
        "Une statue en bois du XVe siècle volée dans l'église de Sainte-Marthe-d'Orbe",
        (
            "Une Vierge à l'Enfant en bois polychrome a été volée dans l'église du village de "
            "Sainte-Marthe-d'Orbe entre vendredi soir et samedi matin, a indiqué la mairie."
        ),
        132.0,
    ),
    (
        "es-museo-ala-nueva",
        "El Museo de Bellas Artes de Valdeoro abre su nueva ala",
        (
            "El Museo de Bellas Artes de Valdeoro inauguró el miércoles su ampliación, con "
            "catorce salas nuevas para la colección de pintura del siglo XIX y un taller para "
            "escolares."
        ),
        74.0,
    ),
    (
        "es-museo-ala-nueva",
        "Valdeoro estrena la ampliación de su museo",
        "Catorce salas nuevas para la pintura del XIX.",
        76.0,
    ),
    (
        "es-museo-ala-nueva/robo",
        "Roban un cuadro del Museo de Bellas Artes de Valdeoro",
        (
            "Un retrato atribuido al pintor Tomás Eguíluz desapareció del Museo de Bellas "
            "Artes de Valdeoro durante el horario de visita del domingo, según ha confirmado "
            "la Policía Nacional."
        ),
        160.0,
    ),
    (
        "es-museo-ala-nueva/robo",
        "Desaparece un retrato de Eguíluz del museo de Valdeoro",
        "El robo se produjo en horario de visita.",
        162.5,
    ),
    (
        "es-joyeria-alunizaje",
        "Alunizaje en una joyería de la calle Mayor de Torrelinde",
        (
            "Unos ladrones empotraron un todoterreno contra el escaparate de una joyería de la "
            "calle Mayor de Torrelinde de madrugada y huyeron con relojes y anillos."
        ),
        27.5,
    ),
    (
        "es-joyeria-alunizaje",
        "Roban una joyería de Torrelinde con un todoterreno",
        "Los ladrones huyeron con relojes y anillos.",
        29.0,
    ),
    (
        "es-joyeria-alunizaje/detenido",
        "Detenido un hombre por agredir a un repartidor en la calle Mayor de Torrelinde",
        (
            "La Policía Local de Torrelinde detuvo el martes por la tarde a un hombre de 45 "
            "años que golpeó a un repartidor tras una discusión de tráfico en la calle Mayor."
        ),
        37.0,
    ),
    (
        "es-joyeria-alunizaje/detenido",
        "Agresión a un repartidor en Torrelinde: un detenido",
        "El arrestado tiene 45 años.",
        39.5,
    ),
    (
        "es-juicio-audiencia",
        "Comienza el juicio al exconcejal de Urbanismo de Peñaserra",
        (
            "La Audiencia de Peñaserra juzga desde el jueves al exconcejal de Urbanismo Ramón "
            "Ibarz, acusado de cobrar comisiones por recalificar terrenos; la Fiscalía pide "
            "seis años de cárcel."
        ),
        82.5,
    ),
    (
        "es-juicio-audiencia",
        "Ibarz, en el banquillo por las recalificaciones",
        "La Fiscalía pide seis años de prisión.",
        84.0,
    ),
    (
        "es-juicio-audiencia/fuga",
        "Se fuga un preso de los calabozos de la Audiencia de Peñaserra",
        (
            "Un preso que esperaba a ser juzgado por robo escapó el jueves por la tarde de los "
            "calabozos de la Audiencia de Peñaserra aprovechando un traslado; la Guardia Civil "
            "ha montado controles."
        ),
        88.5,
    ),
    (
        "es-juicio-audiencia/fuga",
        "Fuga en la Audiencia de Peñaserra",
        "Un preso se escapa de los calabozos durante un traslado.",
        91.0,
    ),
    (
        "es-mocion-censura",
        "Almarca vota hoy la moción de censura contra el alcalde Otero",
        (
            "El pleno extraordinario de Almarca debate este sábado la moción de censura de la "
            "oposición contra el alcalde Julián Otero, que perdió la mayoría en otoño."
        ),
        129.0,
    ),
    (
        "es-mocion-censura",
        "Nuria Salcedo, nueva alcaldesa de Almarca tras prosperar la moción",
        (
            "La socialista Nuria Salcedo ha sido elegida alcaldesa de Almarca este sábado con "
            "los votos de once de los diecisiete concejales del pleno, que apoyó la moción "
            "contra Julián Otero."
        ),
        134.0,
    ),
    (
        "es-mocion-censura",
        "Otero: «Es una traición a los vecinos»",
        "El alcalde desbancado en Almarca dice que recurrirá.",
        136.5,
    ),
    (
        "es-mocion-censura",
        "Salcedo encarga una auditoría de las cuentas de Almarca",
        (
            "En su primer día al frente del ayuntamiento, la nueva alcaldesa ha anunciado una "
            "auditoría externa de los contratos firmados en los últimos cuatro años."
        ),
        157.0,
    ),
    (
        "es-colegio-aluminosis",
        "Cierran el colegio San Isidro de Navalcruz por aluminosis",
        (
            "La Consejería de Educación ha cerrado el colegio público San Isidro de Navalcruz "
            "tras detectar aluminosis en las vigas del comedor; los 320 alumnos serán "
            "trasladados a aulas prefabricadas."
        ),
        19.5,
    ),
    (
        "es-colegio-aluminosis",
        "Navalcruz cierra un colegio por aluminosis",
        "Los 320 alumnos irán a aulas prefabricadas.",
        21.5,
    ),
    (
        "es-robo-bodega",
        "Roban 300 botellas de vino de una bodega de Villarosa",
        (
            "Unos ladrones se llevaron la madrugada del jueves unas 300 botellas de reserva de "
            "una bodega familiar de Villarosa, valoradas en más de 60.000 euros, según la "
            "Guardia Civil."
        ),
        94.5,
    ),
    (
        "es-robo-bodega",
        "Golpe en una bodega de Villarosa",
        "Se llevan 300 botellas de reserva valoradas en 60.000 euros.",
        96.0,
    ),
    (
        "es-estreno-zarzuela",
        "El teatro Cervantes de Alcorza estrena una zarzuela olvidada",
        (
            "El teatro Cervantes de Alcorza recuperó el viernes «La molinera de Albar», una "
            "zarzuela de 1911 que no se representaba desde hacía casi un siglo."
        ),
        118.0,
    ),
    (
        "es-estreno-zarzuela",
        "Vuelve «La molinera de Albar» un siglo después",
        "Estreno en el teatro Cervantes de Alcorza.",
        120.0,
    ),
    (
        "es-estafa-ancianos",
        "Detenido en Montejara un hombre que estafó a 23 ancianos",
        (
            "La Policía Nacional ha detenido en Montejara a un hombre que se hacía pasar por "
            "técnico del gas para cobrar revisiones falsas a personas mayores; hay 23 víctimas "
            "identificadas."
        ),
        47.5,
    ),
    (
        "es-estafa-ancianos",
        "Cae el falso técnico del gas de Montejara",
        "Estafó a 23 personas mayores.",
        49.0,
    ),
    (
        "es-obras-plaza",
        "Los vecinos de Sotoalbo protestan por las obras de la plaza Mayor",
        (
            "Cerca de 400 vecinos se concentraron el miércoles en Sotoalbo para protestar por "
            "las obras de la plaza Mayor, que llevan un año de retraso y han cerrado varios "
            "comercios."
        ),
        66.0,
    ),
    (
        "es-obras-plaza",
        "Protesta vecinal en Sotoalbo por las obras de la plaza",
        "Un año de retraso y comercios cerrados.",
        68.0,
    ),
    (
        "es-obras-plaza",
        "El alcalde de Sotoalbo promete terminar la plaza en mayo",
        "El regidor atribuye el retraso a la quiebra de la primera constructora.",
        75.0,
    ),
    (
        "es-mosaico-lucerna",
        "Aparece un mosaico romano en las obras de un aparcamiento en Lucerna del Río",
        (
            "Las obras de un aparcamiento subterráneo en Lucerna del Río han sacado a la luz "
            "un mosaico romano de unos cuarenta metros cuadrados, y el ayuntamiento ha parado "
            "los trabajos."
        ),
        130.0,
    ),
    (
        "es-centro-salud-noche",
        "Cientos de vecinos de Villaseca protestan por el cierre nocturno del centro de salud",
        (
            "Unas 800 personas se manifestaron el sábado en Villaseca contra la decisión de "
            "cerrar por las noches las urgencias del centro de salud, que obligará a ir al "
            "hospital comarcal, a 35 kilómetros."
        ),
        130.5,
    ),
    (
        "es-centro-salud-noche",
        "Villaseca sale a la calle por sus urgencias nocturnas",
        "Los vecinos rechazan tener que ir de noche al hospital comarcal.",
        133.0,
    ),
    (
        "it-consiglio-ztl",
        "Il consiglio comunale di Valdorra approva la nuova ZTL nel centro storico",
        (
            "Con 19 voti a favore e 12 contrari, il consiglio comunale di Valdorra ha "
            "approvato mercoledì la nuova zona a traffico limitato, che dal primo aprile "
            "chiuderà alle auto tutto il centro storico."
        ),
        65.5,
    ),
    (
        "it-consiglio-ztl",
        "Valdorra, via libera alla ZTL",
        "Il centro storico chiuso alle auto da aprile.",
        67.0,
    ),
    (
        "it-consiglio-ztl/presidio",
        "Presidio dei dipendenti dell'asilo nido davanti al municipio di Valdorra",
        (
            "Una cinquantina di educatrici degli asili nido comunali hanno manifestato "
            "mercoledì sera davanti al municipio di Valdorra contro l'affidamento del servizio "
            "a una cooperativa."
        ),
        71.0,
    ),
    (
        "it-consiglio-ztl/presidio",
        "Le educatrici dei nidi protestano sotto il municipio",
        "No all'esternalizzazione del servizio.",
        73.5,
    ),
    (
        "it-prima-teatro",
        "Al teatro Sociale di Borgolieto applausi per la prima di «Il sarto di Lampedusa»",
        (
            "Il teatro Sociale di Borgolieto ha debuttato martedì sera con «Il sarto di "
            "Lampedusa», nuovo testo di Marta Ferrandi, accolto da dieci minuti di applausi."
        ),
        47.0,
    ),
    (
        "it-prima-teatro",
        "Borgolieto, prima trionfale per Marta Ferrandi",
        "Dieci minuti di applausi al teatro Sociale.",
        49.0,
    ),
    (
        "it-prima-teatro/sciopero",
        "Sciopero dei tecnici al teatro Sociale di Borgolieto, salta la replica",
        (
            "I macchinisti e gli elettricisti del teatro Sociale di Borgolieto hanno "
            "incrociato le braccia domenica pomeriggio per il mancato rinnovo del contratto, e "
            "la replica è stata annullata."
        ),
        157.0,
    ),
    (
        "it-prima-teatro/sciopero",
        "Borgolieto, i macchinisti del Sociale in sciopero",
        "Annullata la replica della domenica.",
        159.5,
    ),
    (
        "it-sindaco-indagato",
        "Appalti, indagato il sindaco di Castelrocca",
        (
            "Il sindaco di Castelrocca, Paolo Guidetti, è indagato dalla procura per turbativa "
            "d'asta nell'ambito di un'inchiesta sugli appalti per la manutenzione delle strade "
            "comunali."
        ),
        10.5,
    ),
    (
        "it-sindaco-indagato",
        "Castelrocca, il sindaco Guidetti indagato",
        "Inchiesta della procura sugli appalti stradali.",
        12.5,
    ),
    (
        "it-sindaco-indagato",
        "Guidetti: «Sono sereno, chiarirò tutto ai magistrati»",
        "Il primo cittadino di Castelrocca esclude le dimissioni.",
        17.5,
    ),
    (
        "it-sindaco-indagato",
        "Castelrocca, perquisizioni in Comune: sequestrati i computer dell'ufficio tecnico",
        (
            "Il giorno dopo l'avviso di garanzia al sindaco, la guardia di finanza ha "
            "perquisito gli uffici comunali e acquisito i documenti di quattordici gare."
        ),
        34.0,
    ),
    (
        "it-rapina-farmacia",
        "Rapina a mano armata in una farmacia di Montesolaro",
        (
            "Un uomo con il volto coperto ha minacciato con un coltello la farmacista e si è "
            "fatto consegnare l'incasso della giornata, circa 1.500 euro, prima di fuggire a "
            "piedi."
        ),
        77.0,
    ),
    (
        "it-rapina-farmacia",
        "Montesolaro, rapinata la farmacia di via Roma",
        "Bottino di circa 1.500 euro.",
        79.0,
    ),
    (
        "it-scuola-controsoffitto",
        "Crolla il controsoffitto in un'aula della scuola media Carducci di Pietralunga",
        (
            "Il controsoffitto di un'aula della scuola media Carducci di Pietralunga è "
            "crollato nella notte; nessun ferito, ma la scuola resterà chiusa per le "
            "verifiche."
        ),
        4.0,
    ),
    (
        "it-scuola-controsoffitto",
        "Pietralunga, cede un controsoffitto a scuola",
        "Nessun ferito, ma l'edificio della scuola resta chiuso per le verifiche.",
        7.5,
    ),
    (
        "it-scuola-controsoffitto",
        "I genitori della Carducci: «Avevamo segnalato le crepe»",
        (
            "Il comitato dei genitori di Pietralunga chiede conto al Comune delle segnalazioni "
            "dell'anno scorso."
        ),
        16.0,
    ),
    (
        "it-mostra-palazzo",
        "Apre a Palazzo Sforni la mostra sui pittori del lago",
        (
            "Palazzo Sforni di Arcella ha aperto giovedì una mostra con ottanta opere dei "
            "pittori che dipinsero il lago tra Ottocento e Novecento, visitabile fino a "
            "giugno."
        ),
        92.0,
    ),
    (
        "it-mostra-palazzo",
        "Arcella, ottanta quadri per raccontare il lago",
        "La mostra di Palazzo Sforni resta aperta fino a giugno.",
        94.5,
    ),
    (
        "it-carnevale-carri",
        "Carnevale di Fornello, i carri escono dagli hangar per le prove",
        (
            "I maestri cartapestai di Fornello hanno fatto uscire domenica i primi carri "
            "allegorici per le prove di movimento in vista delle sfilate di febbraio."
        ),
        164.0,
    ),
    (
        "it-universita-tasse",
        "Gli studenti occupano il rettorato dell'università di Valmarina",
        (
            "Circa duecento studenti hanno occupato lunedì il rettorato dell'università di "
            "Valmarina contro l'aumento delle tasse universitarie deciso dal consiglio di "
            "amministrazione."
        ),
        23.5,
    ),
    (
        "it-universita-tasse",
        "Valmarina, studenti nel rettorato contro le tasse",
        "Occupazione contro l'aumento delle rette.",
        25.5,
    ),
    (
        "it-cantiere-metro",
        "Si ferma il cantiere della metropolitana di Sant'Ilario",
        (
            "Il cantiere della linea 2 della metropolitana di Sant'Ilario è fermo da venerdì "
            "perché l'impresa non paga i fornitori, e il Comune valuta la rescissione del "
            "contratto."
        ),
        119.0,
    ),
    (
        "it-cantiere-metro",
        "Sant'Ilario, stop ai lavori della metro",
        "L'impresa non paga i fornitori.",
        121.0,
    ),
    (
        "it-baby-gang",
        "Rapine ai coetanei, arrestati cinque ragazzi a Borgoverde",
        (
            "I carabinieri di Borgoverde hanno arrestato cinque giovani tra i 16 e i 19 anni "
            "accusati di una decina di rapine ai danni di altri ragazzi nei pressi della "
            "stazione."
        ),
        131.0,
    ),
    (
        "it-baby-gang",
        "Borgoverde, presa la banda delle rapine alla stazione",
        "Cinque giovani arrestati dai carabinieri.",
        133.5,
    ),
    (
        "it-fiera-mestieri",
        "Alla fiera dei mestieri di Valbruna trentamila visitatori",
        (
            "La fiera millenaria dei mestieri di Valbruna ha richiamato domenica circa "
            "trentamila persone tra le bancarelle di intagliatori, fabbri e tessitori della "
            "valle."
        ),
        162.0,
    ),
    (
        "it-fiera-mestieri",
        "Valbruna, folla alla fiera dei mestieri",
        "Trentamila visitatori tra intagliatori e fabbri.",
        165.0,
    ),
    (
        "pt-ponte-inaugurada",
        "Presidente da Câmara de Vilar do Sado inaugura nova ponte sobre a ribeira",
        (
            "O presidente da Câmara de Vilar do Sado, Rui Calado, inaugurou na manhã de "
            "sexta-feira a nova ponte sobre a ribeira da Aldeia, que custou 3,2 milhões de "
            "euros e substitui uma estrutura de 1930."
        ),
        106.0,
    ),
    (
        "pt-ponte-inaugurada",
        "Nova ponte aberta em Vilar do Sado",
        "Rui Calado inaugura obra de 3,2 milhões.",
        108.0,
    ),
    (
        "pt-ponte-inaugurada/interrogado",
        "Rui Calado ouvido pela PJ sobre ajustes diretos",
        (
            "O presidente da Câmara de Vilar do Sado foi ouvido ao fim da tarde de sexta-feira "
            "pela Polícia Judiciária no âmbito de uma investigação a ajustes diretos a uma "
            "empresa de um familiar."
        ),
        114.0,
    ),
    (
        "pt-ponte-inaugurada/interrogado",
        "Autarca de Vilar do Sado interrogado pela Judiciária",
        "Em causa estão ajustes diretos a uma empresa de um familiar.",
        116.5,
    ),
    (
        "pt-premio-romance",
        "Romance de Inês Valadares vence Prémio Literário Cidade de Almourol",
        (
            "O romance «A Casa das Marés», de Inês Valadares, venceu o Prémio Literário Cidade "
            "de Almourol, no valor de 15 mil euros, anunciou o júri no domingo à noite."
        ),
        2.5,
    ),
    (
        "pt-premio-romance",
        "Inês Valadares recebe prémio de 15 mil euros",
        "«A Casa das Marés» é o livro vencedor.",
        5.5,
    ),
    (
        "pt-premio-romance/plagio",
        "Inês Valadares acusada de plágio",
        (
            "Uma tradutora afirma que vários capítulos de «A Casa das Marés» reproduzem quase "
            "palavra por palavra um romance argentino que traduziu para português em 2012."
        ),
        87.5,
    ),
    (
        "pt-premio-romance/plagio",
        "Autora premiada rejeita acusação de plágio",
        "Inês Valadares diz que se trata de uma coincidência de tema.",
        90.0,
    ),
    (
        "pt-intercalar-freguesia",
        "Independentes ganham eleição intercalar na freguesia de São Brás do Monte",
        (
            "O movimento independente liderado por Marta Seixas venceu a eleição intercalar "
            "para a junta de freguesia de São Brás do Monte, com 48% dos votos e uma abstenção "
            "de 62%."
        ),
        164.0,
    ),
    (
        "pt-intercalar-freguesia",
        "Marta Seixas vence intercalar em São Brás do Monte",
        "Abstenção chega aos 62%.",
        165.5,
    ),
    (
        "pt-intercalar-freguesia",
        "«Vamos abrir a junta aos sábados», promete a nova presidente",
        (
            "Marta Seixas quer que os serviços da freguesia de São Brás do Monte atendam ao "
            "fim de semana para quem trabalha fora."
        ),
        167.6,
    ),
    (
        "pt-multibanco-explosao",
        "Assaltantes rebentam caixa multibanco em Ferreirinha",
        (
            "Um grupo de pelo menos três pessoas fez explodir uma caixa multibanco numa "
            "agência bancária de Ferreirinha durante a madrugada e fugiu num carro de alta "
            "cilindrada."
        ),
        6.0,
    ),
    (
        "pt-multibanco-explosao",
        "Explosão de multibanco em Ferreirinha",
        "Assaltantes fugiram num carro potente.",
        8.0,
    ),
    (
        "pt-multibanco-explosao",
        "Moradores de Ferreirinha acordados pelo estrondo",
        "Vários vidros de prédios vizinhos partiram-se com a explosão da madrugada.",
        18.5,
    ),
    (
        "pt-escola-amianto",
        "Escola básica de Carvalhal de Baixo fechada por causa do amianto",
        (
            "A escola básica de Carvalhal de Baixo foi encerrada na terça-feira depois de "
            "análises terem detetado fibras de amianto no ar de duas salas; os 210 alunos "
            "ficam em casa."
        ),
        35.0,
    ),
    (
        "pt-escola-amianto",
        "Amianto fecha escola em Carvalhal de Baixo",
        "210 alunos sem aulas.",
        37.0,
    ),
    (
        "pt-escola-amianto",
        "Pais de Carvalhal de Baixo protestam à porta da câmara",
        "Exigem saber há quanto tempo as crianças estavam expostas.",
        46.5,
    ),
    (
        "pt-escola-amianto",
        "Escola de Carvalhal de Baixo reabre na segunda-feira com salas isoladas",
        (
            "A câmara anunciou que a escola reabre na próxima semana, com as duas salas "
            "contaminadas seladas até à remoção das coberturas."
        ),
        59.0,
    ),
    (
        "pt-concerto-cancelado",
        "Concerto de Tomás Reis no Coliseu de Porto Meirinho cancelado à última hora",
        (
            "O concerto do cantor Tomás Reis no Coliseu de Porto Meirinho foi cancelado no "
            "sábado à noite por avaria no sistema de som, com o público já na sala."
        ),
        142.0,
    ),
    (
        "pt-concerto-cancelado",
        "Tomás Reis cancela concerto com a sala cheia",
        "Avaria no som obrigou a adiar o espetáculo.",
        143.5,
    ),
    (
        "pt-mercado-vale-fundo",
        "Obras no Mercado Municipal de Vale Fundo voltam a atrasar",
        (
            "A reabilitação do Mercado Municipal de Vale Fundo, que devia acabar em dezembro, "
            "só estará pronta no verão, e os vendedores continuam numa tenda provisória."
        ),
        63.5,
    ),
    (
        "pt-mercado-vale-fundo",
        "Mercado de Vale Fundo só abre no verão",
        "Vendedores continuam numa tenda.",
        66.0,
    ),
    (
        "pt-julgamento-burla",
        "Começa julgamento de ex-tesoureiro de associação de Alcoutinho",
        (
            "O antigo tesoureiro da associação de bombeiros de Alcoutinho começou a ser "
            "julgado na quinta-feira por desviar 240 mil euros ao longo de oito anos."
        ),
        86.0,
    ),
    (
        "pt-julgamento-burla",
        "Ex-tesoureiro dos bombeiros em tribunal",
        "É acusado de desviar 240 mil euros.",
        88.0,
    ),
    (
        "pt-biblioteca-nova",
        "Nova biblioteca municipal abre em Monte Redondo",
        (
            "A nova biblioteca municipal de Monte Redondo, instalada num antigo armazém de "
            "cortiça, abriu ao público no sábado com 40 mil livros e uma sala para crianças."
        ),
        128.5,
    ),
    (
        "pt-carros-incendiados",
        "Detido suspeito de incendiar carros em Ribeira do Calvo",
        (
            "A Polícia Judiciária deteve um homem de 26 anos suspeito de ter incendiado sete "
            "automóveis em Ribeira do Calvo nas últimas três semanas."
        ),
        126.0,
    ),
    (
        "pt-carros-incendiados",
        "PJ detém incendiário de carros em Ribeira do Calvo",
        "Sete viaturas queimadas em três semanas.",
        128.0,
    ),
    (
        "nl-raad-windmolens",
        "Gemeenteraad van Westerkamp stemt in met drie windmolens bij de dijk",
        (
            "De gemeenteraad van Westerkamp heeft vrijdagochtend met een krappe meerderheid "
            "ingestemd met de bouw van drie windmolens langs de dijk, ondanks bezwaren van "
            "omwonenden."
        ),
        104.5,
    ),
    (
        "nl-raad-windmolens",
        "Westerkamp zegt ja tegen windmolens",
        "Krappe meerderheid in de raad.",
        106.0,
    ),
    (
        "nl-raad-windmolens/protest",
        "Boeren blokkeren ingang van het stadhuis in Westerkamp",
        (
            "Tientallen boeren hebben vrijdagmiddag met trekkers de ingang van het stadhuis "
            "van Westerkamp geblokkeerd uit protest tegen de nieuwe regels voor mestopslag in "
            "de gemeente."
        ),
        113.0,
    ),
    (
        "nl-raad-windmolens/protest",
        "Trekkers voor het stadhuis van Westerkamp",
        "Boeren boos over regels voor mestopslag.",
        115.5,
    ),
    (
        "nl-lyceum-slagingspercentage",
        "Stedelijk Lyceum Dalem heeft beste examencijfers van de provincie",
        (
            "Het Stedelijk Lyceum in Dalem had vorig jaar de hoogste gemiddelde "
            "eindexamencijfers van alle scholen in de provincie, blijkt uit een vergelijking "
            "van de onderwijsinspectie."
        ),
        11.5,
    ),
    (
        "nl-lyceum-slagingspercentage",
        "Lyceum Dalem aan kop met examencijfers",
        "Beste gemiddelde van de provincie.",
        13.0,
    ),
    (
        "nl-lyceum-slagingspercentage/brand",
        "Brand in Stedelijk Lyceum Dalem, school dicht tot na het weekend",
        (
            "Bij een brand in het scheikundelokaal van het Stedelijk Lyceum in Dalem is "
            "vrijdagochtend flinke schade ontstaan; de leerlingen zijn naar huis gestuurd en "
            "de school blijft tot dinsdag dicht."
        ),
        109.0,
    ),
    (
        "nl-lyceum-slagingspercentage/brand",
        "Scheikundelokaal in Dalem uitgebrand",
        "Leerlingen van het lyceum zijn naar huis gestuurd.",
        111.0,
    ),
    (
        "nl-burgemeester-voordracht",
        "Raad van Lindenveen draagt Sanne Hoekstra voor als burgemeester",
        (
            "De gemeenteraad van Lindenveen heeft Sanne Hoekstra, nu wethouder in een "
            "buurgemeente, voorgedragen als nieuwe burgemeester; de benoeming volgt over "
            "enkele weken."
        ),
        69.5,
    ),
    (
        "nl-burgemeester-voordracht",
        "Sanne Hoekstra wordt burgemeester van Lindenveen",
        "De raad draagt de wethouder voor.",
        71.5,
    ),
    (
        "nl-explosie-woning",
        "Explosie bij woning in Dorpsveen, gevel zwaar beschadigd",
        (
            "Bij een woning aan de Kerkstraat in Dorpsveen is in de nacht van zondag op "
            "maandag een explosief afgegaan; de gevel raakte zwaar beschadigd en de bewoners "
            "zijn geschrokken maar ongedeerd."
        ),
        1.5,
    ),
    (
        "nl-explosie-woning",
        "Nachtelijke explosie in Dorpsveen",
        "Gevel van woning aan de Kerkstraat beschadigd.",
        4.5,
    ),
    (
        "nl-explosie-woning",
        "Burgemeester sluit woning in Dorpsveen na explosie",
        (
            "De burgemeester heeft het huis voor drie maanden gesloten omdat de politie "
            "vermoedt dat de aanslag verband houdt met drugshandel."
        ),
        15.5,
    ),
    (
        "nl-explosie-woning",
        "Twee verdachten aangehouden voor explosie in Dorpsveen",
        (
            "De politie heeft twee mannen van 19 en 21 jaar aangehouden die de explosie bij de "
            "woning aan de Kerkstraat hebben veroorzaakt; beelden van een deurbelcamera "
            "leidden naar hen."
        ),
        33.5,
    ),
    (
        "nl-basisschool-krimp",
        "Basisschool De Klimop in Oosterhaar sluit de deuren",
        (
            "De laatste basisschool van Oosterhaar sluit na de zomer, omdat er nog maar 31 "
            "leerlingen zijn; het schoolbestuur zegt dat goed onderwijs zo niet meer lukt."
        ),
        39.0,
    ),
    (
        "nl-basisschool-krimp",
        "Dorpsschool Oosterhaar gaat dicht",
        "Er zijn nog maar 31 leerlingen op de school.",
        41.0,
    ),
    (
        "nl-poppodium-dicht",
        "Poppodium De Kelder in Hoornwijk stopt na 40 jaar",
        (
            "Poppodium De Kelder in Hoornwijk sluit in april, omdat de gemeente de subsidie "
            "stopt en het gebouw wil verkopen; muzikanten starten een petitie."
        ),
        53.5,
    ),
    (
        "nl-poppodium-dicht",
        "Doek valt voor De Kelder in Hoornwijk",
        "Gemeente stopt de subsidie van het poppodium.",
        55.5,
    ),
    (
        "nl-herindeling",
        "Inwoners van Zuidermeer willen niet fuseren met buurgemeente",
        (
            "In een raadgevend referendum heeft 64 procent van de inwoners van Zuidermeer "
            "tegen een fusie met buurgemeente Achterland gestemd, bij een opkomst van 41 "
            "procent."
        ),
        121.5,
    ),
    (
        "nl-herindeling",
        "Zuidermeer stemt tegen fusie",
        "64 procent zegt nee in het referendum.",
        123.0,
    ),
    (
        "nl-drugslab",
        "Drugslab ontdekt in schuur bij boerderij in Heidebroek",
        (
            "De politie heeft in een schuur bij een boerderij in Heidebroek een groot drugslab "
            "opgerold; er is niemand aangehouden en de brandweer heeft de vaten met "
            "chemicaliën afgevoerd."
        ),
        62.5,
    ),
    (
        "nl-musical-premiere",
        "Musical over de watersnood gaat in première in Zeewijk-Haven",
        (
            "De nieuwe musical ‘Het water kwam ’s nachts’ is zaterdag in première gegaan in de "
            "schouwburg van Zeewijk-Haven, met een cast van zestig inwoners."
        ),
        143.0,
    ),
    (
        "nl-musical-premiere",
        "Watersnoodmusical met inwoners in première",
        "Zestig spelers uit het dorp staan op het toneel.",
        145.0,
    ),
    (
        "nl-brug-renovatie",
        "Brug over het kanaal bij Veenhoven maanden dicht",
        (
            "De ophaalbrug over het kanaal bij Veenhoven gaat vanaf maart zes maanden dicht "
            "voor groot onderhoud; fietsers kunnen met een pont oversteken."
        ),
        24.5,
    ),
    (
        "nl-brug-renovatie",
        "Veenhovense brug zes maanden dicht",
        "Fietsers kunnen met een pont over.",
        27.0,
    ),
    (
        "nl-schaatstocht-veenplassen",
        "Duizenden schaatsers op de Veenplassen voor eerste natuurijstocht",
        (
            "Op de Veenplassen bij Haarloo werd zondag voor het eerst in zes jaar een "
            "toertocht op natuurijs gereden; de ijsvereniging telde ruim vierduizend "
            "deelnemers."
        ),
        160.0,
    ),
    (
        "nl-schaatstocht-veenplassen",
        "Eerste schaatstocht in zes jaar bij Haarloo",
        "Ruim vierduizend schaatsers op het ijs.",
        163.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a council's vote on one scheme and a separate protest at the same town hall hours later": (
        "en-hollin-tram-vote/protest",
        "it-consiglio-ztl/presidio",
        "nl-raad-windmolens/protest",
    ),
    "a museum's new wing opened and a painting stolen from the same museum days later": (
        "en-garrow-museum-wing/theft",
        "fr-musee-aile-neuve/vol",
        "es-museo-ala-nueva/robo",
    ),
    (
        "a mayor opening a new bridge in the morning and the same mayor questioned by police "
        "over another matter that evening"
    ): (
        "en-mayor-pellow-bridge/questioned",
        "de-buergermeister-brueckenfest/befragung",
        "pt-ponte-inaugurada/interrogado",
    ),
    "a school's record exam or olympiad results and a fire closing the same school days later": (
        "en-st-aldric-results/fire",
        "ru-gimnaziya-olimpiada/pozhar",
        "nl-lyceum-slagingspercentage/brand",
    ),
    (
        "a jeweller's raided at night and a separate arrest over another crime in the same "
        "street hours later"
    ): (
        "en-tolland-jeweller-raid/arrest",
        "de-juwelier-einbruch/festnahme",
        "es-joyeria-alunizaje/detenido",
    ),
    "a theatre's or opera's premiere and a stagehands' strike at the same house days later": (
        "ru-teatr-premyera/zabastovka",
        "fr-premiere-opera-valrose/greve",
        "it-prima-teatro/sciopero",
    ),
    "a book prize won and a plagiarism charge against the same author days later": (
        "en-vance-calder-prize/plagiarism",
        "de-hollmann-buchpreis/plagiat",
        "pt-premio-romance/plagio",
    ),
    "a court hearing in one case and a defendant's escape from the same courthouse hours later": (
        "ru-sud-zasedanie/pobeg",
        "fr-tribunal-audience/evasion",
        "es-juicio-audiencia/fuga",
    ),
}
