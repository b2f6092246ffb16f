"""A forty-ninth check set for story merging, written blind, with publication times, scored once.

Written in the format of round 46: items are (story, title, lead, hours), `hours` being when the
item was published, in hours after the set's start (a Monday, 00:00), so the merging's 48-hour
window decides as in production. It is one week in late October (Monday 19 to Sunday 25) of sport
and weather side by side as a reader's feeds carry them: football, rugby and tennis matches and
their reports, marathons and cycling races, transfers and sackings, storms, floods and early snow,
and the travel disruption they bring at airports, on railways, roads and ferries. It runs at
daily-digest density: 41 to 50 items a day (44, 42, 49, 50, 48, 41 and 43 from Monday to Sunday),
spanning 7.0 to 165.0 hours. It holds 317 items under 139 labels: 115 stories and 24 hard
negatives; 45 labels in English (107 items), 14 in German (32 items), French (32) and Russian
(31), 13 in Spanish (30), Italian (29), Dutch (29) and Portuguese (27). Big stories are carried
by two to four outlets over a day (a wire flash or teaser first, then a fuller page, a quote-led
or reaction piece hours later that names the event only by its place, its actor or one detail:
"'Best 45 minutes we've played,' says Ashworth boss Rees", "Der Pokalheld vom Mühlbach ist im
Alltag Dachdecker", «Sei ore in fila al porto», "Op Terschelling raakt het brood op"), and sixteen
of them have a next-day follow-up with a new fact 16 to 24 hours after the first copy (Brennock's
caretaker, Storm Fenna's red warning, the soldiers sent to Aldbrook, Corrigan's coaching job, the
homes still without power, Buchwald's talks with Krüger, the Hamburg–Berlin line shut until
Saturday, the driver found dead in the Var, Alzira's schools and damage, Villaverde's new coach,
Montecorvo's new coach, the death in Chiavari, Coimbra's schools, the northern Dutch trains
running again, Moscow's snow cleared, the Krasnaya Polyana road). 86 labels have two copies, 34
three, 8 four, and 11 stories are told by one outlet. 128 stories and hard negatives have a
teaser copy whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list
(compared by script), three each, each in its story's language. Four are two events on the SAME
day, 5 to 9.5 hours apart: a football club's home win and a storm tearing part of the same
stadium's roof off that night (Ashworth's Kingsmead Road, Hohenfurt's Waldkampfbahn, the
Arenales' La Almazara); a city marathon in the morning and a flash flood closing the station or
roads of the same city that evening (Harbridge, Nîmes, Utrecht); a cycling stage race's stage won
and a landslide cutting the road of the same race's next stage (the Giro dell'Appennino, the
Vuelta a la Ribera, the Volta à Beira Serra); a ferry operator cancelling its crossings in a gale
and one of its ships rescuing a boat's crew the same afternoon (Northway at Holyhead, Waddenveer
at Harlingen, Marilha in the Azores). Four fall days later, 56.5 to 133 hours apart: a football
club sacking its coach and the same club's home match called off over a flooded pitch (Brennock,
Montecorvo, Vilarinho); a tennis player securing a place at the season-ending finals and the same
player fined for smashing a racket or abusing an umpire (Marchbank in Linz, Kessler in Basel,
Kovaleva in Linz); a rugby player named in a national squad for the first time and the same
player cited for a dangerous tackle in a club match (Aldersey, Ferrand, Ferraris); a stadium
hosting a cup tie and the same stadium opened as a shelter for people driven out by floods or
snow (Grimmenau's Stadion am Mühlbach, Heerdenveen's Sportpark De Kolk, Severogorsk's
Metallurg). Twelve hard negatives fall within 48 hours of their story, twelve beyond it.

The week also stresses what a sports and weather desk really carries side by side: one storm
(Fenna) behind many separate stories in four languages (its warning, Heathrow's cancellations,
the West Coast line, the Northway ferries, power cuts, Blackpool's promenade, a death on the
A470, Aldbrook's flood, Frankfurt's flights, the German and Dutch railways, Schiphol, the Wadden
ferries, Breton trains); the same clubs and towns in several stories (Brennock's sacking, new
manager and flooded pitch; Kelby's European win and Amadi's injury; Delham's signing, its former
coach at Brennock and its defeat at Ashworth; Harbridge's marathon, flood and rugby flanker;
Castlemere's rugby defeat and football sacking; Sauceda's draw, injured keeper, signing and
defeat at La Almazara; Drentheveld's cup exit, sacking and next draw; Volna's defeat, sacking and
draw; Metallurg's cup tie, signing and shelter; Team Orsolo signing three riders); several
sackings, several marathons, several airports and ferry routes shut by wind, fog and snow.

What "same story" means here: one event (one match, one race or stage, one sacking or signing,
one squad announcement, one storm warning, one flood in one town, one airport's or one line's or
one operator's disruption on one day) in that event's news cycle, including a next-day follow-up
with a new fact. Not the same story: another event of the same kind or with the same actor, club,
stadium, storm or town, even on the same day; a storm's separate impacts (an airport, a railway,
a flooded town) are separate stories. A label with a suffix after a slash is a hard negative of
the story before the slash (categories in `HARD_NEGATIVES`). No story has more than four copies,
and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, clubs, teams, firms, ships, invented towns (Brennock, Ashworth, Harbridge, Aldbrook,
Castlemere, Selworth, Hohenfurt, Grimmenau, Heerdenveen, Severogorsk) and races are invented
here; real places and bodies appear only as backdrop (Heathrow, Gatwick, Holyhead, Drumochter,
the Severn, Frankfurt, Schiphol, the Afsluitdijk, Nîmes, the Var, Alzira, Palma, the Strait of
Gibraltar, Liguria, Malpensa, the Strait of Messina, Coimbra, Madeira, the Azores, Utrecht, the
Верхний Ларс, Ванино, Сочи, Linz, Basel).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 46's docstring and first lines and its
HARD_NEGATIVES block were read for the format only; earlier sets were only compared by script for
clashing labels, texts and categories), and never run through the merging code before its one
scoring run, `python -m bench.stories --round49`. Once its errors have been read it is no longer
a clean check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-oct-brennock-sack",
        "Brennock United sack Gary Tolland",
        "Club confirms manager's exit after five straight defeats.",
        9.0,
    ),
    (
        "en-oct-brennock-sack",
        "Brennock United part company with manager Gary Tolland after winless run",
        "The third-tier club announced on Monday morning that Tolland and his assistant Phil "
        "Raine had left Millgate Park with immediate effect, with the side 22nd in the table.",
        10.5,
    ),
    (
        "en-oct-brennock-sack",
        "'Long overdue': Brennock fans' group welcomes Tolland's departure",
        "The Millgate Supporters' Trust said the club had 'drifted for a year' under the manager "
        "and urged the board to appoint someone who knew the division.",
        15.0,
    ),
    (
        "en-oct-brennock-sack",
        "Brennock hand caretaker role to academy chief Lee Harte",
        "A day after sacking Gary Tolland, Brennock United said academy director Lee Harte will "
        "take charge of the first team for Saturday's home game against Portley Town while the "
        "search for a successor goes on.",
        27.0,
    ),
    (
        "en-oct-brennock-sack/pitch-flooded",
        "Brennock v Portley off after Millgate Park pitch floods",
        "Saturday's game was called off at 10am when the referee found standing water across both "
        "penalty areas following 40mm of overnight rain in the town.",
        122.5,
    ),
    (
        "en-oct-brennock-sack/pitch-flooded",
        "Waterlogged pitch claims Brennock's first game under Harte",
        "Caretaker's debut postponed; the club says a new date will follow.",
        124.0,
    ),
    (
        "en-oct-brennock-new-manager",
        "Brennock name Steve Kilbride as their new manager",
        "Former Delham Town coach signs a deal until 2029.",
        80.0,
    ),
    (
        "en-oct-brennock-new-manager",
        "Steve Kilbride takes over at Brennock United three days after Tolland's exit",
        "Kilbride, 44, who won promotion with Delham Town in 2023, has signed a contract to the "
        "summer of 2029 and will be in the dugout from next week, the club said on Thursday.",
        81.5,
    ),
    (
        "en-oct-brennock-new-manager",
        "'I know what this club means to the town,' says Kilbride",
        "The new Brennock United manager, unveiled at Millgate Park on Thursday afternoon, said "
        "he would keep Lee Harte on his staff and promised 'no miracles, just work'.",
        86.0,
    ),
    (
        "en-oct-ashworth-delham",
        "FT: Ashworth Athletic 3-1 Delham Town",
        "Two goals from Callum Brisk seal Ashworth's first home win since August.",
        137.0,
    ),
    (
        "en-oct-ashworth-delham",
        "Brisk double lifts Ashworth Athletic past Delham Town at Kingsmead Road",
        "Callum Brisk scored either side of half-time and substitute Noah Penhale added a third "
        "as Ashworth beat Delham 3-1 on Saturday to climb out of the relegation places.",
        138.0,
    ),
    (
        "en-oct-ashworth-delham",
        "'Best 45 minutes we've played,' says Ashworth boss Rees",
        "Dean Rees praised his side's second-half pressing after the win over Delham and said "
        "Brisk had 'finally got the monkey off his back' in front of the home fans.",
        140.5,
    ),
    (
        "en-oct-ashworth-delham/roof-storm",
        "Gusts rip roof panels off Kingsmead Road's north stand",
        "Sheets of metal cladding were torn from Ashworth Athletic's ground late on Saturday as "
        "winds of up to 70mph swept the region, hours after the final whistle. No one was hurt.",
        142.0,
    ),
    (
        "en-oct-ashworth-delham/roof-storm",
        "Ashworth stand roof damaged in overnight gales",
        "Club says engineers will inspect the north stand on Monday.",
        145.5,
    ),
    (
        "en-oct-harbridge-marathon",
        "Abel Tanui wins the Harbridge Marathon in a course record",
        "2:08:51 for the winner in cool, still conditions.",
        154.5,
    ),
    (
        "en-oct-harbridge-marathon",
        "Tanui breaks course record as 14,000 run the Harbridge Marathon",
        "Abel Tanui finished in 2:08:51 on Sunday morning to take 40 seconds off the record, "
        "while Sophie Lyle won the women's race in 2:27:10 on her debut at the distance.",
        155.5,
    ),
    (
        "en-oct-harbridge-marathon",
        "Debutant Lyle 'stunned' by her win on Harbridge's streets",
        "Sophie Lyle, a 29-year-old physiotherapist who trains before work, said she had only "
        "entered the race to pace a club-mate and had never run further than 35km.",
        159.0,
    ),
    (
        "en-oct-harbridge-marathon/flash-flood",
        "Flash flooding shuts Harbridge station and inner ring road",
        "A cloudburst dropped a month's rain on Harbridge in under two hours on Sunday evening, "
        "flooding the station underpass and closing the ring road at three junctions.",
        163.5,
    ),
    (
        "en-oct-harbridge-marathon/flash-flood",
        "Harbridge station closed by floodwater",
        "Trains terminate short of the city; buses replace them tonight.",
        165.0,
    ),
    (
        "en-oct-northway-gale-cancellations",
        "Northway Ferries cancels all Holyhead sailings as Fenna arrives",
        "No crossings to Dublin until Thursday at the earliest.",
        53.0,
    ),
    (
        "en-oct-northway-gale-cancellations",
        "Storm Fenna: Northway Ferries scraps Irish Sea crossings for 36 hours",
        "The operator said gusts of 80mph and waves of up to nine metres made the Holyhead to "
        "Dublin route unsafe, and told passengers booked on Wednesday or Thursday morning to "
        "rebook free of charge.",
        54.0,
    ),
    (
        "en-oct-northway-gale-cancellations",
        "Stranded lorry drivers fill Holyhead's lay-bys",
        "Hauliers told to wait near the port say they have been given no food vouchers since the "
        "cancellations were announced at dawn, and the only cafe has run out of hot food.",
        57.5,
    ),
    (
        "en-oct-northway-gale-cancellations/rescue",
        "Anchored ferry rescues five fishermen off Anglesey",
        "The Northway Spirit, sheltering from the storm in Holyhead Bay, launched its fast rescue "
        "boat after a trawler lost power and began drifting towards the rocks on Wednesday "
        "afternoon.",
        62.5,
    ),
    (
        "en-oct-northway-gale-cancellations/rescue",
        "Northway crew praised for trawler rescue in the storm",
        "Coastguard thanks the ferry's crew for taking five men off a drifting boat.",
        64.0,
    ),
    (
        "en-oct-marchbank-finals-spot",
        "Marchbank seals last place at the season finals",
        "A rival's loss in Tokyo hands the Briton the eighth spot.",
        20.0,
    ),
    (
        "en-oct-marchbank-finals-spot",
        "Ellie Marchbank qualifies for the WTA Finals for the first time",
        "The 24-year-old from Stirling made sure of the last of eight places on Monday when her "
        "nearest rival, Greta Voss, lost in the first round in Tokyo and could no longer catch "
        "her.",
        21.5,
    ),
    (
        "en-oct-marchbank-finals-spot",
        "'I watched the score on my phone in a hotel gym': Marchbank on her finals place",
        "The Scot said she had not dared to look at the rankings all season and would now rest "
        "her sore wrist before one more indoor event.",
        23.5,
    ),
    (
        "en-oct-marchbank-finals-spot/fined",
        "Marchbank fined for outburst at umpire in Linz",
        "A $12,000 penalty after her quarter-final defeat.",
        104.0,
    ),
    (
        "en-oct-marchbank-finals-spot/fined",
        "Ellie Marchbank fined $12,000 for verbal abuse of the umpire during her Linz defeat",
        "The Scot, who lost her quarter-final to Ana Petrescu 6-3, 6-4 on Friday, was penalised "
        "for a tirade over a line call in the second set, and apologised on social media hours "
        "later.",
        105.5,
    ),
    (
        "en-oct-aldersey-england-squad",
        "Uncapped Aldersey in England's autumn squad",
        "The Harbridge Falcons flanker is one of six new faces.",
        36.0,
    ),
    (
        "en-oct-aldersey-england-squad",
        "England name six uncapped players for November Tests, including Falcons' Tom Aldersey",
        "Head coach Martin Greaves picked 36 players for the autumn series on Tuesday, with "
        "22-year-old Harbridge flanker Tom Aldersey the standout call after 11 tries in two "
        "seasons.",
        37.0,
    ),
    (
        "en-oct-aldersey-england-squad",
        "Falcons boss on Aldersey call-up: 'He has earned every bit of it'",
        "Harbridge director of rugby Ian Copley said his flanker had 'changed his body and his "
        "game' and would be released from camp to play for the club this weekend.",
        42.0,
    ),
    (
        "en-oct-aldersey-england-squad/cited",
        "Aldersey cited for a high tackle in the Falcons' win at Redbourne",
        "The newly called-up England flanker faces a disciplinary hearing on Tuesday over a "
        "shoulder to the head of Redbourne's scrum-half in the 54th minute of Saturday's match.",
        149.0,
    ),
    (
        "en-oct-aldersey-england-squad/cited",
        "Falcons flanker Aldersey faces a disciplinary hearing",
        "The citing could rule him out of England's opening Test.",
        151.0,
    ),
    (
        "en-oct-storm-fenna-warning",
        "Met Office names Storm Fenna",
        "Amber wind warnings for Wales and the north-west from Wednesday.",
        14.0,
    ),
    (
        "en-oct-storm-fenna-warning",
        "Storm Fenna named as forecasters warn of 80mph gusts on Wednesday",
        "The sixth named storm of the season is expected to bring severe gales to western coasts "
        "and up to 60mm of rain on high ground, with amber warnings in force from Wednesday "
        "morning.",
        15.5,
    ),
    (
        "en-oct-storm-fenna-warning",
        "What Storm Fenna could mean for your half-term journey",
        "Ferry, rail and flight operators say they will publish changes on Tuesday, and motoring "
        "groups advise drivers to avoid high-sided routes across the Pennines on Wednesday.",
        19.0,
    ),
    (
        "en-oct-storm-fenna-warning",
        "Fenna warning raised to red for Irish Sea coasts",
        "Forecasters upgraded their warning on Tuesday morning, saying gusts of up to 90mph were "
        "now likely on Anglesey, in Cumbria and on the Isle of Man, with a danger to life from "
        "flying debris.",
        33.0,
    ),
    (
        "en-oct-fenna-heathrow-cancellations",
        "Heathrow cancels 140 flights as Fenna's winds build",
        "Airlines trim their schedules; passengers told to check before travelling.",
        52.0,
    ),
    (
        "en-oct-fenna-heathrow-cancellations",
        "Storm Fenna: more than 140 flights cancelled at Heathrow as crosswinds hit the runways",
        "Short-haul services to Ireland, Scotland and northern Europe were worst affected on "
        "Wednesday, and the airport asked airlines to cut arrivals by a fifth until late evening.",
        53.5,
    ),
    (
        "en-oct-fenna-heathrow-cancellations",
        "Go-arounds and a 'washing machine' landing: passengers describe Heathrow's stormy "
        "afternoon",
        "Travellers on a flight from Edinburgh that aborted two landings said the cabin crew had "
        "applauded when the third attempt finally put them down on the runway.",
        59.0,
    ),
    (
        "en-oct-fenna-heathrow-cancellations",
        "Thousands spend the night at Heathrow after the storm cancellations",
        "Hotels near the airport were full by early evening, and staff handed out blankets and "
        "water in Terminal 5 to passengers rebooked on to Thursday flights.",
        66.0,
    ),
    (
        "en-oct-fenna-west-coast-line",
        "Trees block the West Coast line north of Preston",
        "No trains between Preston and Carlisle for the rest of Wednesday.",
        58.0,
    ),
    (
        "en-oct-fenna-west-coast-line",
        "Rail line between Preston and Carlisle shut after fallen trees and a damaged overhead "
        "wire",
        "Engineers could not reach two of the sites on Wednesday afternoon because of the wind, "
        "and passengers were told not to travel to Scotland by rail until Thursday.",
        60.0,
    ),
    (
        "en-oct-fenna-aldbrook-flood",
        "River Marrow bursts its banks at Aldbrook",
        "Homes evacuated near the old bridge overnight.",
        74.0,
    ),
    (
        "en-oct-fenna-aldbrook-flood",
        "Dozens of homes evacuated as the Marrow floods Aldbrook after Fenna's rain",
        "Firefighters took residents from Mill Lane and Bridge Street by boat in the early hours "
        "of Thursday after the river rose two metres in six hours, its highest level since 2007.",
        75.5,
    ),
    (
        "en-oct-fenna-aldbrook-flood",
        "'The water came up through the floorboards': Aldbrook residents count the cost",
        "Shopkeepers on Bridge Street said it was the third time in twenty years they had been "
        "flooded out, and asked why the town's promised defences had never been built.",
        82.0,
    ),
    (
        "en-oct-fenna-aldbrook-flood",
        "Soldiers called in as 300 Aldbrook homes lie under water",
        "The county council asked for military help on Friday morning after flood water spread to "
        "the Riverside estate, and said a rest centre at the leisure centre would stay open all "
        "weekend.",
        93.0,
    ),
    (
        "en-oct-fenna-tree-death",
        "Van driver killed as tree falls on the A470 in the storm",
        "A 58-year-old man died when an oak came down on his van near Llanidloes on Wednesday "
        "afternoon, police said, and the road was closed for six hours.",
        61.0,
    ),
    (
        "en-oct-a9-snow-closure",
        "A9 closed at Drumochter by early snow",
        "Lorries stuck after 15cm fell overnight on the pass.",
        128.0,
    ),
    (
        "en-oct-a9-snow-closure",
        "Early snow shuts the A9 over Drumochter Pass as lorries jackknife",
        "The road between Dalwhinnie and Calvine will stay closed until at least midday on "
        "Saturday while snowploughs clear drifts and recovery crews move two stranded lorries.",
        129.0,
    ),
    (
        "en-oct-a9-snow-closure",
        "Drivers spent the night in their cars on the snowbound A9",
        "Some motorists said they waited nine hours for help as the first snow of winter caught "
        "the Highlands out in October, with no word from the police until dawn.",
        134.0,
    ),
    (
        "en-oct-cairngorm-ski",
        "Cairngorm lifts turn early as October snow delights skiers",
        "The mountain's operator opened two beginner runs on Sunday, the earliest start to a "
        "season in more than a decade, after 30cm fell on the plateau overnight.",
        157.0,
    ),
    (
        "en-oct-kelby-varela",
        "Kelby City 2-0 Sporting Varela",
        "Amadi and Crowe goals put Kelby top of Group D.",
        45.5,
    ),
    (
        "en-oct-kelby-varela",
        "Kelby City beat Sporting Varela to move top of their European group",
        "Second-half goals from Joel Amadi and Liam Crowe gave Kelby a fourth straight win in the "
        "competition on Tuesday night, leaving them three points clear with two games left.",
        46.0,
    ),
    (
        "en-oct-kelby-varela",
        "Kelby manager Norgaard hails 'grown-up' display against Varela",
        "Lars Norgaard said his side had 'learned to suffer' in a first half in which the "
        "Portuguese visitors hit the bar twice, and that the group was now theirs to lose.",
        56.0,
    ),
    (
        "en-oct-delham-sign-fenlow",
        "Delham Town sign free agent Marcus Fenlow",
        "The striker, 31, has been without a club since June.",
        26.0,
    ),
    (
        "en-oct-delham-sign-fenlow",
        "Delham Town hand a short-term deal to out-of-contract striker Marcus Fenlow",
        "The former Kelby City forward has signed until January after training with the "
        "second-tier side for a fortnight, and could make his debut away at Ashworth on Saturday.",
        27.5,
    ),
    (
        "en-oct-castlemere-sack",
        "Castlemere Rovers sack Jim Hadley after 4-0 home defeat",
        "Manager leaves hours after Sunday's loss to Stanmore.",
        161.0,
    ),
    (
        "en-oct-castlemere-sack",
        "Castlemere Rovers dismiss manager Jim Hadley with the club bottom of the league",
        "Hadley, appointed in May, won two of his 15 league games, and Sunday's 4-0 defeat by "
        "Stanmore Albion at the Meadow was watched by the club's lowest crowd for six years.",
        162.5,
    ),
    (
        "en-oct-stanmore-rushden",
        "Stanmore Albion 2-0 Rushden Vale",
        "Late goals from Ibe and Kerr in the Monday night game.",
        22.5,
    ),
    (
        "en-oct-stanmore-rushden",
        "Stanmore Albion beat Rushden Vale with two goals in the last ten minutes",
        "Femi Ibe's header and a Ross Kerr penalty gave Stanmore a first win in six on Monday "
        "night and lifted them to 14th in the table.",
        23.0,
    ),
    (
        "en-oct-stanmore-rushden",
        "'Never a penalty': Rushden boss Walsh fumes at Kerr's spot-kick",
        "Rushden Vale manager Adam Walsh said the 81st-minute award at Stanmore 'changed the "
        "game' and that he would send the clip to the referees' body.",
        31.0,
    ),
    (
        "en-oct-rushden-cup-postponed",
        "Rushden Vale's cup tie off as Fenna closes in",
        "Wednesday night's game postponed on safety advice.",
        50.5,
    ),
    (
        "en-oct-rushden-cup-postponed",
        "Rushden Vale v Hallam Town called off because of Storm Fenna",
        "The fourth-round League Cup tie was postponed on Wednesday morning after police advised "
        "against fans travelling, and has been rearranged for 4 November.",
        51.5,
    ),
    (
        "en-oct-stanmore-women-record-crowd",
        "Record crowd for Stanmore women",
        "9,412 watch the derby win at Gorse Lane.",
        146.5,
    ),
    (
        "en-oct-stanmore-women-record-crowd",
        "Stanmore Albion women draw a club-record 9,412 for derby win over Rushden",
        "Captain Lauren Tighe scored twice at Gorse Lane on Sunday in front of the biggest crowd "
        "for a women's match in the club's history, beating the previous mark by almost 3,000.",
        147.5,
    ),
    (
        "en-oct-okafor-coach-split",
        "Okafor splits with his coach",
        "British No 1 ends a four-year partnership with Ruiz.",
        30.0,
    ),
    (
        "en-oct-okafor-coach-split",
        "Daniel Okafor parts ways with coach Javier Ruiz after a run of early exits",
        "The British men's No 1, down to 38th in the rankings, said on Tuesday the split was "
        "mutual and that he would work with his former junior coach during the indoor swing.",
        31.5,
    ),
    (
        "en-oct-corrigan-retires",
        "Hannah Corrigan retires from cycling",
        "Double world track champion, 33, calls time on her career.",
        11.0,
    ),
    (
        "en-oct-corrigan-retires",
        "Two-time world champion Hannah Corrigan announces her retirement from cycling",
        "The Welsh rider, who won the points race title in 2019 and 2022, said on Monday her body "
        "'could not take another winter' of training after two crashes this season.",
        12.5,
    ),
    (
        "en-oct-corrigan-retires",
        "Corrigan to join the national coaching staff after retiring",
        "A day after calling time on her career, the former world champion was named endurance "
        "coach for the women's track programme, starting in January.",
        29.0,
    ),
    (
        "en-oct-vantor-sponsor",
        "Team Vantor to fold as its sponsor pulls out",
        "28 riders now have to look for new teams.",
        84.0,
    ),
    (
        "en-oct-vantor-sponsor",
        "Cycling team Vantor will close at the end of the year after losing its main sponsor",
        "The British-registered team said on Thursday that the software firm behind it had "
        "withdrawn its funding, leaving 28 riders and 60 staff without contracts for next season.",
        85.0,
    ),
    (
        "en-oct-vantor-sponsor",
        "'We found out from a press release': Vantor riders angry at closure",
        "Several riders said they had learned the team was folding only when the announcement "
        "went out, and their union asked for wages to be guaranteed until December.",
        102.5,
    ),
    (
        "en-oct-dover-halfterm-queues",
        "Half-term queues at Dover reach four hours",
        "Wind slows the ferries as families head for France.",
        100.0,
    ),
    (
        "en-oct-dover-halfterm-queues",
        "Families face four-hour waits at Dover as wind and border checks slow the half-term "
        "getaway",
        "Port officials said on Friday that gusts had forced several ferries to wait at the berth "
        "for calmer water, adding to delays at French passport booths at the start of the school "
        "holidays.",
        101.5,
    ),
    (
        "en-oct-dover-halfterm-queues",
        "Dover's Friday of queues: stuck on the A20 with three children and a dog",
        "Parents described rationing snacks and walking dogs on the verge as traffic crawled "
        "towards the docks, with some saying they had missed two sailings.",
        107.0,
    ),
    (
        "en-oct-gatwick-fog",
        "Fog diverts Gatwick arrivals",
        "Morning flights were sent to Stansted and Bristol.",
        102.0,
    ),
    (
        "en-oct-gatwick-fog",
        "Thick fog forces Gatwick to divert 30 flights on Friday morning",
        "Visibility at the airport dropped below 100 metres shortly after 6am, and arrivals were "
        "sent to Stansted, Bristol and Birmingham until it lifted at around 10am.",
        103.5,
    ),
    (
        "en-oct-conwy-landslip",
        "Landslip closes the Conwy Valley line",
        "Rain from Fenna loosened a bank near Betws-y-Coed.",
        79.0,
    ),
    (
        "en-oct-conwy-landslip",
        "Conwy Valley railway shut for weeks after storm rain causes a landslip",
        "A 40-metre section of embankment slipped on to the track near Betws-y-Coed, and buses "
        "will replace trains until at least the end of November, the operator said.",
        80.5,
    ),
    (
        "en-oct-selworth-10k-cancelled",
        "Selworth 10K cancelled over flood risk",
        "Sunday's race is off as the river stays high.",
        110.0,
    ),
    (
        "en-oct-selworth-10k-cancelled",
        "Organisers cancel Sunday's Selworth 10K because parts of the course are still under water",
        "About 2,500 runners had entered the race, which follows the riverside path for three "
        "miles, and organisers said all entries would roll over to next year.",
        111.0,
    ),
    (
        "en-oct-wyvern-castlemere-rugby",
        "Wyvern edge Castlemere 28-27",
        "A late drop goal settles the Friday night thriller.",
        117.5,
    ),
    (
        "en-oct-wyvern-castlemere-rugby",
        "Fly-half Sam Orrey's last-minute drop goal gives Wyvern a win at Castlemere",
        "Orrey struck from 35 metres with the clock in the red to settle a Friday night game that "
        "swung five times, leaving Castlemere without a win in six.",
        118.5,
    ),
    (
        "en-oct-orrey-castelrenaud",
        "Orrey to leave Wyvern for French side Castelrenaud",
        "Drop-goal hero agrees a two-year deal from next July.",
        132.0,
    ),
    (
        "en-oct-orrey-castelrenaud",
        "Wyvern fly-half Sam Orrey signs for Castelrenaud a day after his match-winning kick",
        "The 27-year-old will move to the French club at the end of the season, Wyvern confirmed "
        "on Saturday, saying they had accepted that he wanted 'to test himself abroad'.",
        133.0,
    ),
    (
        "en-oct-severn-barriers",
        "Flood barriers go up in Shrewsbury",
        "The Severn is expected to peak on Saturday.",
        112.0,
    ),
    (
        "en-oct-severn-barriers",
        "Shrewsbury and Bewdley put up flood barriers as the Severn rises after Fenna",
        "The Environment Agency said the river would peak on Saturday, a metre below the 2020 "
        "record, and riverside car parks in both towns closed on Friday afternoon.",
        113.5,
    ),
    (
        "en-oct-fenna-power-cuts",
        "120,000 homes without power as Fenna sweeps in",
        "Wales and Cumbria are the worst hit.",
        55.0,
    ),
    (
        "en-oct-fenna-power-cuts",
        "Storm Fenna leaves 120,000 homes without power across Wales and north-west England",
        "Network operators said crews could not start repairs until the wind eased, and some "
        "rural customers could be cut off until Friday.",
        56.5,
    ),
    (
        "en-oct-fenna-power-cuts",
        "Thousands still in the dark a day after Fenna",
        "Around 18,000 homes remained without power on Thursday morning, mostly in upland Cumbria "
        "and mid-Wales, where fallen trees had brought down lines across remote valleys.",
        72.0,
    ),
    (
        "en-oct-borrowdale-rescue",
        "Walkers rescued after a footbridge is swept away in Borrowdale",
        "Mountain rescue volunteers brought four walkers across a swollen beck by rope on "
        "Wednesday evening after the storm washed away the bridge they had crossed that morning.",
        70.0,
    ),
    (
        "en-oct-dace-junior-title",
        "Teenager Amy Dace wins her first professional title in Glasgow",
        "The 17-year-old from Paisley beat the top seed 6-4, 6-2 in Sunday's final of the indoor "
        "event, a week after finishing her school exams early to compete.",
        152.0,
    ),
    (
        "en-oct-amadi-injury",
        "Amadi out until February",
        "Kelby striker needs surgery on his knee.",
        98.0,
    ),
    (
        "en-oct-amadi-injury",
        "Kelby City's Joel Amadi faces three months out after damaging knee ligaments",
        "The striker, who scored against Sporting Varela on Tuesday, was hurt in training on "
        "Thursday and will have surgery next week, manager Lars Norgaard said.",
        99.5,
    ),
    (
        "en-oct-glenmoray-europe",
        "Nordhavn 1-1 Glenmoray",
        "A late equaliser keeps the Scottish side's hopes alive.",
        69.5,
    ),
    (
        "en-oct-glenmoray-europe",
        "Glenmoray snatch a late draw in Norway to stay in contention in Europe",
        "Substitute Euan Baird headed in a 90th-minute corner in Drammen to cancel out Nordhavn's "
        "first-half penalty, leaving the Scottish side two points off second place.",
        70.5,
    ),
    (
        "en-oct-blackpool-promenade",
        "Waves close Blackpool promenade",
        "Trams halted as the sea overtops the wall.",
        60.5,
    ),
    (
        "en-oct-blackpool-promenade",
        "Blackpool shuts its promenade and halts trams as storm waves overtop the sea wall",
        "Police closed the seafront road on Wednesday afternoon after spray and shingle were "
        "thrown across all four lanes at high tide.",
        61.5,
    ),
    (
        "en-oct-wales-captain",
        "Wales make Rhys Pugh captain for the autumn series",
        "Prop takes the armband in a 35-man squad.",
        38.5,
    ),
    (
        "en-oct-wales-captain",
        "Prop Rhys Pugh named Wales captain as Dafydd Morgan picks his autumn squad",
        "Pugh, 30, takes over from the retired Gethin Rowlands, and three uncapped players from "
        "the regional academies are included for the four Tests in November.",
        39.5,
    ),
    (
        "en-oct-hallam-priestley-ban",
        "Hallam boss Priestley banned for two games",
        "Touchline outburst costs the manager £8,000.",
        106.5,
    ),
    (
        "en-oct-hallam-priestley-ban",
        "Hallam Town manager Neil Priestley given a two-match touchline ban and fined",
        "A disciplinary panel found on Friday that Priestley had used abusive language towards "
        "the fourth official during this month's defeat at Kelby City.",
        107.5,
    ),
    (
        "en-oct-hebrides-ferry-breakdown",
        "Islanders stranded as ferry breaks down",
        "Only Barra sailing cancelled for the weekend.",
        125.0,
    ),
    (
        "en-oct-hebrides-ferry-breakdown",
        "Engine fault takes the Barra ferry out of service for the weekend",
        "The MV Loch Seil was withdrawn on Saturday morning with a gearbox fault, leaving "
        "islanders and half-term visitors without a sailing until Monday at the earliest.",
        126.5,
    ),
    # --- Russian ---
    (
        "ru-oct-kovaleva-itogovyj",
        "Ковалёва впервые сыграет на Итоговом турнире",
        "Россиянка получила место после снятия соперницы.",
        18.0,
    ),
    (
        "ru-oct-kovaleva-itogovyj",
        "Дарья Ковалёва обеспечила себе место на Итоговом турнире сезона",
        "Двадцатитрёхлетняя теннисистка из Самары стала седьмой участницей турнира восьми "
        "сильнейших после того, как её ближайшая преследовательница снялась с турнира в Гонконге.",
        19.0,
    ),
    (
        "ru-oct-kovaleva-itogovyj",
        "«Я даже не смотрела турнирную таблицу»: Ковалёва о месте в восьмёрке",
        "Теннисистка призналась, что узнала новость от тренера во время тренировки, и пообещала "
        "приехать на турнир без давящих ожиданий.",
        21.0,
    ),
    (
        "ru-oct-kovaleva-itogovyj/shtraf",
        "Ковалёву оштрафовали за сломанную ракетку в Линце",
        "Штраф составил восемь тысяч долларов.",
        87.0,
    ),
    (
        "ru-oct-kovaleva-itogovyj/shtraf",
        "Дарью Ковалёву оштрафовали после матча второго круга в Линце",
        "Россиянка получила предупреждение и штраф за то, что разбила ракетку о корт и грубо "
        "выразилась в адрес судьи на вышке, проиграв со счётом 4:6, 2:6.",
        88.0,
    ),
    (
        "ru-oct-kubok-severogorsk",
        "«Металлург» прошёл «Сокол» в серии пенальти",
        "Кубковый вечер в Северогорске.",
        68.0,
    ),
    (
        "ru-oct-kubok-severogorsk",
        "Северогорский «Металлург» обыграл «Сокол» по пенальти и вышел в четвертьфинал кубка",
        "Основное время на стадионе «Металлург» завершилось со счётом 1:1, в серии "
        "одиннадцатиметровых точнее были хозяева; решающий удар реализовал вратарь Антон "
        "Кречетов.",
        69.0,
    ),
    (
        "ru-oct-kubok-severogorsk/punkt-obogreva",
        "На стадионе «Металлург» открыли пункт обогрева",
        "Северогорск остался без тепла после бурана.",
        140.0,
    ),
    (
        "ru-oct-kubok-severogorsk/punkt-obogreva",
        "После снегопада и обрыва линий электропередачи жителей Северогорска разместят на стадионе",
        "Городские власти развернули в подтрибунных помещениях стадиона «Металлург» пункт "
        "временного размещения на 500 мест; без света и тепла остаются около 12 тысяч человек.",
        141.5,
    ),
    (
        "ru-oct-snegopad-moskva",
        "Снегопад в Москве: задержаны десятки рейсов",
        "Первый снег парализовал аэропорты.",
        104.0,
    ),
    (
        "ru-oct-snegopad-moskva",
        "Первый снегопад в Москве: в аэропортах задержаны и отменены более ста рейсов",
        "Из-за обработки самолётов противообледенительной жидкостью вылеты из Шереметьева и "
        "Внукова задерживаются до трёх часов, на дорогах пробки достигли девяти баллов.",
        105.0,
    ),
    (
        "ru-oct-snegopad-moskva",
        "«Пять часов в салоне без движения»: пассажиры о первом снеге в Шереметьеве",
        "Застрявшие на перроне туристы рассказывают, что их не выпускали из самолёта, пока не "
        "освободилась очередь на обработку.",
        110.0,
    ),
    (
        "ru-oct-snegopad-moskva",
        "Москва после снегопада: коммунальщики вывезли двести тысяч кубометров снега",
        "В субботу в столице продолжают расчищать дворы; синоптики обещают оттепель со вторника.",
        122.0,
    ),
    (
        "ru-oct-volna-trener",
        "«Волна» уволила главного тренера",
        "Игорь Сафонов покидает клуб после шести поражений.",
        29.0,
    ),
    (
        "ru-oct-volna-trener",
        "Клуб «Волна» объявил об отставке главного тренера Игоря Сафонова",
        "Команда из Приозерска занимает последнее место после двенадцати туров; исполняющим "
        "обязанности главного тренера назначен Олег Рябов.",
        30.5,
    ),
    (
        "ru-oct-metallurg-gadzhiev",
        "«Металлург» подписал свободного агента Гаджиева",
        "Контракт до конца сезона.",
        114.0,
    ),
    (
        "ru-oct-metallurg-gadzhiev",
        "Северогорский «Металлург» усилился нападающим Русланом Гаджиевым",
        "Тридцатилетний форвард, остававшийся без клуба с лета, подписал контракт до конца сезона "
        "и сможет сыграть в четвертьфинале кубка.",
        115.0,
    ),
    (
        "ru-oct-verkhnij-lars",
        "Верхний Ларс закрыт из-за снегопада",
        "На подъезде скопились сотни фур.",
        62.0,
    ),
    (
        "ru-oct-verkhnij-lars",
        "Трассу через Верхний Ларс перекрыли из-за снегопада и угрозы схода лавин",
        "Движение по Военно-Грузинской дороге остановлено в среду днём; на подъезде к пункту "
        "пропуска стоят около девятисот грузовиков.",
        63.0,
    ),
    (
        "ru-oct-parom-vanino",
        "Паромы на Сахалин отменены из-за шторма",
        "Переправа Ванино — Холмск закрыта.",
        38.0,
    ),
    (
        "ru-oct-parom-vanino",
        "Из-за шторма в Татарском проливе остановлена паромная переправа Ванино — Холмск",
        "Волны высотой до пяти метров не позволяют судам выйти из портов, в очереди на погрузку "
        "стоят более двухсот грузовиков и вагоны с углём.",
        39.0,
    ),
    (
        "ru-oct-sochi-liven",
        "Ливень затопил улицы Сочи",
        "Перекрыта трасса на Красную Поляну.",
        78.0,
    ),
    (
        "ru-oct-sochi-liven",
        "В Сочи после ливня подтоплены десятки домов, закрыта дорога на Красную Поляну",
        "За ночь на четверг выпала месячная норма осадков; на трассе сошёл сель, а в Адлере "
        "спасатели эвакуировали жителей частного сектора.",
        79.0,
    ),
    (
        "ru-oct-sochi-liven",
        "Дорогу на Красную Поляну откроют только в воскресенье",
        "Дорожники в пятницу сообщили, что сель повредил опору моста, и до ремонта движение в "
        "горы пойдёт по объездной однополосной дороге.",
        97.0,
    ),
    (
        "ru-oct-sokol-volna",
        "«Сокол» — «Волна» — 2:2",
        "Первый матч Рябова во главе команды.",
        136.5,
    ),
    (
        "ru-oct-sokol-volna",
        "«Волна» с новым тренером ушла от поражения в гостях у «Сокола»",
        "Под руководством исполняющего обязанности главного тренера Олега Рябова команда "
        "отыгралась с 0:2 во втором тайме; оба мяча забил полузащитник Денис Ахметов.",
        137.5,
    ),
    (
        "ru-oct-murmansk-poezda",
        "В Мурманской области из-за метели задерживаются поезда",
        "Составы на участке до Кандалакши идут с опозданием до шести часов, железнодорожники "
        "расчищают стрелки и снегозадерживающие щиты.",
        131.0,
    ),
    (
        "ru-oct-zuev-orsolo",
        "Зуев переходит в итальянскую команду",
        "Двухлетний контракт с «Орсоло».",
        36.0,
    ),
    (
        "ru-oct-zuev-orsolo",
        "Российский велогонщик Алексей Зуев подписал двухлетний контракт с итальянской командой "
        "«Орсоло»",
        "Двадцатипятилетний специалист по разделкам, бронзовый призёр чемпионата Европы, станет в "
        "новой команде одним из помощников лидеров на многодневках.",
        37.0,
    ),
    (
        "ru-oct-volna-shakhtyor",
        "«Волна» проиграла «Шахтёру»",
        "Шестое поражение подряд.",
        21.5,
    ),
    (
        "ru-oct-volna-shakhtyor",
        "«Шахтёр» обыграл «Волну» в Угольногорске и отправил соперника на последнее место",
        "Единственный гол в понедельничном матче забил нападающий Павел Ерёмин на семьдесят "
        "восьмой минуте; у гостей после двенадцати туров девять очков.",
        22.5,
    ),
    # --- German ---
    (
        "de-oct-hohenfurt-sieg",
        "Hohenfurt schlägt Marbach 2:0",
        "Doppelpack von Timo Fassbender in der Waldkampfbahn.",
        147.5,
    ),
    (
        "de-oct-hohenfurt-sieg",
        "TuS Hohenfurt gewinnt das Kellerduell gegen Eintracht Marbach",
        "Timo Fassbender traf vor 11.200 Zuschauern in der Waldkampfbahn zweimal nach Standards, "
        "Hohenfurt verlässt damit zum ersten Mal seit August die Abstiegsplätze der zweiten Liga.",
        148.5,
    ),
    (
        "de-oct-hohenfurt-sieg",
        '„Endlich belohnt": Hohenfurts Trainer Lenz nach dem Sieg über Marbach',
        "Trainer Rainer Lenz sprach nach dem Spiel von einem Sieg des Willens und lobte besonders "
        "die Abwehr um Kapitän Jonas Wirth, die keine Chance zugelassen habe.",
        151.0,
    ),
    (
        "de-oct-hohenfurt-sieg/sturm-dach",
        "Sturm deckt das Tribünendach der Waldkampfbahn ab",
        "Orkanböen rissen am späten Sonntagabend große Teile des Daches über der Gegengerade in "
        "Hohenfurt herunter, wenige Stunden nach dem Heimspiel. Verletzt wurde niemand.",
        155.0,
    ),
    (
        "de-oct-hohenfurt-sieg/sturm-dach",
        "Hohenfurt: Dach der Gegentribüne beschädigt",
        "Die Stadt sperrt das Stadion bis auf Weiteres.",
        157.0,
    ),
    (
        "de-oct-kessler-finals",
        "Kessler löst das Ticket für die ATP Finals",
        "Erstmals dabei nach der Absage eines Konkurrenten.",
        28.0,
    ),
    (
        "de-oct-kessler-finals",
        "Tennisprofi Moritz Kessler ist erstmals beim Saisonfinale in Turin dabei",
        "Der 26-Jährige aus Freiburg ist nach dem Rückzug des verletzten Norwegers Eirik Sand "
        "sicher unter den besten acht des Jahres, teilte die Spielerorganisation am Dienstag mit.",
        29.5,
    ),
    (
        "de-oct-kessler-finals/geldstrafe",
        "Geldstrafe für Kessler nach Schlägerwurf in Basel",
        "Der Freiburger zertrümmerte im Halbfinale zwei Schläger.",
        134.0,
    ),
    (
        "de-oct-kessler-finals/geldstrafe",
        "Moritz Kessler muss nach seinem Wutausbruch im Basler Halbfinale 20.000 Dollar zahlen",
        "Beim 4:6, 4:6 gegen den Franzosen Hugo Marchetti hatte der Freiburger am Samstag zwei "
        "Schläger auf dem Boden zerschlagen und den Stuhlschiedsrichter beleidigt; die Strafe "
        "wurde noch am Abend verhängt.",
        135.5,
    ),
    (
        "de-oct-pokal-grimmenau",
        "Pokalsensation in Grimmenau",
        "Der Regionalligist schlägt den Zweitligisten Lindhorst 2:1.",
        44.5,
    ),
    (
        "de-oct-pokal-grimmenau",
        "Viertligist SC Grimmenau wirft Lindhorst aus dem Pokal",
        "Vor ausverkauftem Haus im Stadion am Mühlbach drehte der Regionalligist am Dienstagabend "
        "einen Rückstand, der Siegtreffer fiel in der 88. Minute durch Innenverteidiger Ole "
        "Brandt.",
        45.5,
    ),
    (
        "de-oct-pokal-grimmenau",
        "Der Pokalheld vom Mühlbach ist im Alltag Dachdecker",
        "Ole Brandt, Torschütze zum 2:1 gegen Lindhorst, stand am Mittwochmorgen schon wieder auf "
        "der Baustelle, die Feier hat er auf das Wochenende verschoben.",
        53.0,
    ),
    (
        "de-oct-pokal-grimmenau/notunterkunft",
        "Hochwasser: Stadion am Mühlbach wird zur Notunterkunft",
        "Grimmenau bringt 400 Menschen aus überfluteten Ortsteilen in der Sporthalle und den "
        "Kabinen des Stadions unter, nachdem die Aue in der Nacht zum Samstag über die Ufer "
        "getreten ist.",
        128.0,
    ),
    (
        "de-oct-pokal-grimmenau/notunterkunft",
        "Grimmenauer Stadion nimmt Evakuierte auf",
        "Feldbetten in den Kabinen, das Essen kommt aus dem Vereinsheim.",
        130.0,
    ),
    (
        "de-oct-buchwald-trainer",
        "Buchwald trennt sich von Trainer Rahn",
        "Nach sieben Spielen ohne Sieg ist Schluss für den Coach.",
        12.0,
    ),
    (
        "de-oct-buchwald-trainer",
        "SC Buchwald stellt Trainer Udo Rahn frei",
        "Der Tabellenvorletzte zieht nach sieben sieglosen Spielen die Reißleine, wie der Verein "
        "am Montagvormittag mitteilte; Co-Trainer Mehmet Aydin übernimmt vorerst das Training.",
        13.5,
    ),
    (
        "de-oct-buchwald-trainer",
        "Buchwald verhandelt mit Frank Krüger über die Nachfolge",
        "Einen Tag nach der Trennung von Udo Rahn steht der Klub laut Sportdirektor kurz vor "
        "einer Einigung mit dem früheren Nationalspieler, der zuletzt in der Schweiz arbeitete.",
        31.0,
    ),
    (
        "de-oct-alpenpaesse-schnee",
        "Erster Schnee: Alpenpässe sind gesperrt",
        "Timmelsjoch und Großglockner bleiben zu.",
        124.0,
    ),
    (
        "de-oct-alpenpaesse-schnee",
        "Wintereinbruch in den Alpen: Mehrere Pässe gesperrt, Winterreifen sind Pflicht",
        "Bis zu 40 Zentimeter Neuschnee fielen in der Nacht zum Samstag oberhalb von 1.500 "
        "Metern; Timmelsjoch, Großglockner-Hochalpenstraße und Stilfser Joch bleiben bis auf "
        "Weiteres gesperrt.",
        125.5,
    ),
    (
        "de-oct-frankfurt-flughafen-sturm",
        'Sturm „Fenna": Frankfurt streicht 200 Flüge',
        "Der Seitenwind legt die Landebahn Nordwest lahm.",
        74.0,
    ),
    (
        "de-oct-frankfurt-flughafen-sturm",
        'Orkantief „Fenna" bringt den Flugverkehr in Frankfurt durcheinander',
        "Mehr als 200 Starts und Landungen wurden am Donnerstag gestrichen, nachdem Böen von über "
        "100 Kilometern pro Stunde die Nutzung der Nordwest-Landebahn unmöglich machten.",
        75.0,
    ),
    (
        "de-oct-frankfurt-flughafen-sturm",
        "Übernachtung im Terminal: Gestrandete Reisende am Frankfurter Flughafen",
        "Hunderte Passagiere warten auf Feldbetten auf ihre Umbuchung, die Hotels in der Umgebung "
        "sind nach Angaben des Flughafens restlos ausgebucht.",
        84.0,
    ),
    (
        "de-oct-bahn-sturm-norden",
        "Bahn stellt den Fernverkehr im Norden ein",
        "Wegen des Sturms fahren keine Züge ab Hamburg und Bremen.",
        72.5,
    ),
    (
        "de-oct-bahn-sturm-norden",
        'Wegen Sturm „Fenna": Kein Fernverkehr mehr in Norddeutschland',
        "Die Bahn hat am Donnerstagmorgen alle Fernzüge nördlich von Hannover gestoppt, da "
        "umgestürzte Bäume die Oberleitungen beschädigt haben; Reisende sollen ihre Fahrt "
        "verschieben.",
        73.5,
    ),
    (
        "de-oct-bahn-sturm-norden",
        "Nach dem Sturm bleibt die Strecke Hamburg–Berlin bis Samstag gesperrt",
        "Die Bahn meldet am Freitag mehr als 300 Sturmschäden im Netz; auf der Schnellstrecke "
        "zwischen Hamburg und Berlin hat ein Baum einen Oberleitungsmast umgerissen.",
        91.0,
    ),
    (
        "de-oct-elbufer-marathon",
        "Elbufer-Marathon: Streckenrekord für Yonas Gebre",
        "2:09:40 Stunden auf dem Kurs in Dresden.",
        152.0,
    ),
    (
        "de-oct-elbufer-marathon",
        "Yonas Gebre gewinnt den Elbufer-Marathon in Dresden mit Streckenrekord",
        "Bei kühlen acht Grad lief der Äthiopier nach 2:09:40 Stunden ins Ziel am Terrassenufer, "
        "bei den Frauen siegte die Chemnitzerin Lea Hofbauer; 9.000 Läufer waren am Start.",
        153.0,
    ),
    (
        "de-oct-brandl-radteam",
        "Lukas Brandl wechselt zu Team Orsolo",
        "Dreijahresvertrag für den Sprinter aus dem Allgäu.",
        100.0,
    ),
    (
        "de-oct-brandl-radteam",
        "Sprinter Lukas Brandl verlässt sein Team und unterschreibt beim italienischen Rennstall "
        "Orsolo",
        "Der 25-Jährige, in diesem Jahr mit elf Siegen der erfolgreichste deutsche Radprofi, "
        "erhält einen Vertrag bis 2029, wie beide Seiten am Freitag bestätigten.",
        101.5,
    ),
    (
        "de-oct-helgoland-faehre",
        "Helgoland-Fähren fallen bis Donnerstag aus",
        "Wegen der Sturmflutgefahr bleibt die Verbindung von Cuxhaven zur Insel gesperrt; rund "
        "300 Urlauber sitzen auf Helgoland fest, die Reederei bietet kostenlose Übernachtungen "
        "an.",
        55.0,
    ),
    (
        "de-oct-kellersee-altstadt",
        "Kellersee schlägt Altstadt 3:1",
        "Montagsspiel der zweiten Liga entschieden.",
        22.0,
    ),
    (
        "de-oct-kellersee-altstadt",
        "Fortuna Kellersee gewinnt das Montagsspiel gegen Rot-Weiß Altstadt mit 3:1",
        "Nach der Pause drehte Kellersee das Spiel durch Tore von Niklas Bauer, Sami Yilmaz und "
        "einem Eigentor, Altstadt rutscht damit auf den Relegationsplatz ab.",
        22.5,
    ),
    # --- French ---
    (
        "fr-oct-ferrand-liste-xv",
        "XV de France : Mathis Ferrand appelé pour la première fois",
        "Le troisième-ligne de Castelrenaud figure dans la liste des 42.",
        15.0,
    ),
    (
        "fr-oct-ferrand-liste-xv",
        "Le sélectionneur convoque Mathis Ferrand, révélation de Castelrenaud, pour la tournée "
        "d'automne",
        "Auteur de six essais depuis août, le troisième-ligne de 21 ans est l'un des 42 joueurs "
        "appelés lundi pour les trois tests de novembre, aux côtés de quatre autres novices.",
        16.5,
    ),
    (
        "fr-oct-ferrand-liste-xv",
        "« Je l'ai appris par ma mère » : Ferrand savoure sa convocation",
        "Le jeune Castelrenaudais raconte avoir découvert son nom sur la liste grâce à un message "
        "de sa mère, avant même l'appel du staff des Bleus.",
        22.0,
    ),
    (
        "fr-oct-ferrand-liste-xv/citation",
        "Mathis Ferrand cité pour un plaquage dangereux face à Aurignac",
        "Le troisième-ligne de Castelrenaud, appelé en équipe de France lundi, devra s'expliquer "
        "mardi devant la commission de discipline pour un geste à la 61e minute du match de "
        "samedi.",
        148.0,
    ),
    (
        "fr-oct-ferrand-liste-xv/citation",
        "Plaquage haut : Ferrand convoqué en commission",
        "Sa présence pour les tests de novembre est menacée.",
        150.5,
    ),
    (
        "fr-oct-marathon-nimes",
        "Marathon de Nîmes : victoire de Karim Belhadj",
        "Le Nîmois s'impose en 2 h 14 min devant son public.",
        153.0,
    ),
    (
        "fr-oct-marathon-nimes",
        "Karim Belhadj remporte le marathon de Nîmes, Amandine Roux chez les femmes",
        "Sous un ciel lourd, 6 000 coureurs ont pris le départ dimanche matin devant les arènes ; "
        "le Nîmois a bouclé la course en 2 h 14 min 03 s, Amandine Roux en 2 h 36 min.",
        154.0,
    ),
    (
        "fr-oct-marathon-nimes",
        "« Courir chez moi, devant les arènes, c'était un rêve »",
        "Karim Belhadj, vainqueur dimanche, a dédié sa victoire à son club de la Gardonnenque et "
        "à son ancien entraîneur disparu l'an dernier.",
        157.0,
    ),
    (
        "fr-oct-marathon-nimes/crue-eclair",
        "Orage cévenol : Nîmes sous les eaux, la gare fermée",
        "Plus de 150 mm de pluie sont tombés en trois heures dimanche soir sur le centre de Nîmes "
        "; la gare est fermée et plusieurs boulevards sont coupés, quelques heures après le "
        "marathon.",
        161.0,
    ),
    (
        "fr-oct-marathon-nimes/crue-eclair",
        "Nîmes : des routes coupées après un violent orage",
        "Vigilance rouge pluie-inondation dans le Gard pour la nuit.",
        162.5,
    ),
    (
        "fr-oct-tempete-bretagne-trains",
        "Tempête Fenna : plus de trains en Bretagne jeudi matin",
        "Aucun TGV entre Rennes et Brest avant midi.",
        64.0,
    ),
    (
        "fr-oct-tempete-bretagne-trains",
        "Les trains suspendus en Bretagne et en Normandie à l'approche de la tempête Fenna",
        "Des rafales de 130 km/h sont attendues dans la nuit de mercredi à jeudi ; toutes les "
        "circulations à l'ouest de Rennes et de Caen sont arrêtées jusqu'à jeudi midi.",
        65.0,
    ),
    (
        "fr-oct-ferries-corse",
        "Corse : les ferries restent à quai",
        "Coup de vent sur la Méditerranée pour toute la journée.",
        50.0,
    ),
    (
        "fr-oct-ferries-corse",
        "Coup de vent : toutes les traversées entre Marseille, Nice et la Corse sont annulées "
        "mercredi",
        "Avec des rafales à 110 km/h et une mer très forte, les compagnies ont reporté leurs "
        "départs ; 2 500 passagers attendent à Bastia et à Ajaccio.",
        51.0,
    ),
    (
        "fr-oct-ferries-corse",
        "Bloqués à Bastia, des vacanciers racontent une journée « à regarder la mer »",
        "Familles et camping-caristes patientent sur le port depuis le matin, certains sans place "
        "d'hôtel pour la nuit.",
        56.0,
    ),
    (
        "fr-oct-neige-cols-alpes",
        "Premières neiges : des cols fermés dans les Alpes",
        "Le Galibier, l'Iseran et l'Izoard sont déjà fermés.",
        98.0,
    ),
    (
        "fr-oct-neige-cols-alpes",
        "Chutes de neige précoces : le Galibier, l'Iseran et l'Izoard fermés jusqu'au printemps",
        "Jusqu'à 50 cm de neige sont tombés vendredi au-dessus de 2 000 mètres ; les services des "
        "routes ont avancé de deux semaines la fermeture hivernale de ces cols.",
        99.0,
    ),
    (
        "fr-oct-sable-entraineur",
        "Le FC Sablé limoge Didier Lanson",
        "L'entraîneur paie une série de six défaites.",
        34.0,
    ),
    (
        "fr-oct-sable-entraineur",
        "Le FC Sablé se sépare de son entraîneur Didier Lanson",
        "Lanterne rouge avec cinq points, le club a annoncé mardi la fin de la collaboration avec "
        "le technicien arrivé en 2024 ; l'adjoint Fabrice Morin assurera l'intérim.",
        35.0,
    ),
    (
        "fr-oct-marchetti-bale",
        "Hugo Marchetti sacré à Bâle",
        "Le Niçois décroche le plus beau titre de sa carrière.",
        150.0,
    ),
    (
        "fr-oct-marchetti-bale",
        "Tennis : Hugo Marchetti s'offre le tournoi de Bâle, le plus beau titre de sa carrière",
        "Vainqueur samedi de l'Allemand Moritz Kessler en demi-finale, le Niçois a battu dimanche "
        "le Tchèque Ondřej Havel 7-6, 6-4 pour décrocher son deuxième titre sur le circuit.",
        151.5,
    ),
    (
        "fr-oct-mazet-retraite",
        "Cyclisme : Julien Mazet met fin à sa carrière",
        "Le grimpeur de 35 ans range le vélo.",
        104.0,
    ),
    (
        "fr-oct-mazet-retraite",
        "Le grimpeur Julien Mazet, vainqueur d'étape sur le Tour en 2021, prend sa retraite",
        "À 35 ans, le coureur ardéchois a annoncé vendredi qu'il ne prolongerait pas son contrat, "
        "expliquant vouloir « profiter enfin des automnes » avec ses enfants.",
        105.0,
    ),
    (
        "fr-oct-valrac-sable",
        "Valrac et Sablé dos à dos (2-2)",
        "Premier match de l'intérim pour Fabrice Morin.",
        132.5,
    ),
    (
        "fr-oct-valrac-sable",
        "Sablé arrache le nul à Valrac pour la première de Fabrice Morin",
        "Menés 2-0 à la pause, les Sarthois sont revenus grâce à un doublé de Yanis Ferrer samedi "
        "après-midi, mais restent derniers du classement.",
        133.5,
    ),
    (
        "fr-oct-inondations-var",
        "Var : vigilance rouge, des routes inondées",
        "Les écoles sont fermées jeudi à Draguignan.",
        78.0,
    ),
    (
        "fr-oct-inondations-var",
        "Pluies diluviennes dans le Var : plusieurs communes inondées, un automobiliste porté "
        "disparu",
        "Plus de 200 mm sont tombés en quelques heures jeudi autour de Draguignan et du Muy ; les "
        "pompiers ont effectué une centaine de sauvetages, dont plusieurs par hélicoptère.",
        79.5,
    ),
    (
        "fr-oct-inondations-var",
        "« L'eau est montée en dix minutes » : au Muy, les sinistrés racontent",
        "Des habitants du quartier de la gare décrivent des voitures emportées et des "
        "rez-de-chaussée envahis par la boue en début d'après-midi.",
        85.0,
    ),
    (
        "fr-oct-inondations-var",
        "Var : le corps de l'automobiliste disparu retrouvé, l'état de catastrophe naturelle "
        "demandé",
        "Le véhicule de cet homme de 64 ans a été localisé vendredi matin dans le lit de la "
        "Nartuby ; les maires demandent une reconnaissance rapide de l'état de catastrophe "
        "naturelle.",
        97.0,
    ),
    (
        "fr-oct-pont-normandie",
        "Le pont de Normandie fermé à la circulation",
        "Les rafales ont dépassé 140 km/h mercredi soir sur l'estuaire de la Seine ; le pont "
        "restera fermé au moins jusqu'à jeudi matin et une déviation est mise en place par Rouen.",
        67.0,
    ),
    (
        "fr-oct-valrac-joker",
        "Valrac recrute un joker médical en défense",
        "Le défenseur Bastien Caro arrive pour pallier une blessure.",
        17.0,
    ),
    (
        "fr-oct-valrac-joker",
        "L'AS Valrac engage le défenseur libre Bastien Caro pour pallier la blessure de son "
        "capitaine",
        "Sans club depuis l'été, le défenseur central de 30 ans a signé lundi jusqu'en juin, le "
        "club ayant obtenu le droit de recruter un joker après la rupture des ligaments de Loïc "
        "Gervais.",
        18.0,
    ),
    # --- Spanish ---
    (
        "es-oct-arenales-victoria",
        "El Arenales gana 2-1 al Atlético Sauceda",
        "Remontada en el estadio de La Almazara.",
        140.5,
    ),
    (
        "es-oct-arenales-victoria",
        "El CD Arenales remonta ante el Sauceda y respira en la tabla",
        "Dos goles de Iker Lasa en el último cuarto de hora dieron el triunfo a los locales en La "
        "Almazara, donde el Sauceda se había adelantado en el minuto 12.",
        141.0,
    ),
    (
        "es-oct-arenales-victoria",
        "«Este equipo no se rinde nunca», dice el técnico del Arenales",
        "Manolo Prieto destacó el carácter de su plantilla tras la remontada del sábado y pidió a "
        "la afición que llene el campo también en la Copa.",
        144.5,
    ),
    (
        "es-oct-arenales-victoria/techo-temporal",
        "El temporal arranca parte de la cubierta de La Almazara",
        "Rachas de más de 100 km/h desprendieron en la madrugada del domingo varias planchas del "
        "techo de la tribuna principal del estadio del Arenales, horas después del partido. No "
        "hubo heridos.",
        146.0,
    ),
    (
        "es-oct-arenales-victoria/techo-temporal",
        "Daños en la cubierta del estadio del Arenales",
        "El club cierra la tribuna mientras se revisa la estructura.",
        148.0,
    ),
    (
        "es-oct-vuelta-ribera-etapa",
        "Pau Serrano gana la segunda etapa de la Vuelta a la Ribera",
        "Esprint en Sueca bajo la lluvia y con el viento de cara.",
        65.0,
    ),
    (
        "es-oct-vuelta-ribera-etapa",
        "Serrano se impone al esprint en Sueca y se viste de líder de la Vuelta a la Ribera",
        "El corredor valenciano superó por media rueda al belga Wout Dierckx en una llegada "
        "mojada, tras 168 kilómetros con fuerte viento de levante, y aventaja en cuatro segundos "
        "al segundo de la general.",
        66.0,
    ),
    (
        "es-oct-vuelta-ribera-etapa/desprendimiento",
        "Un desprendimiento corta la carretera de la etapa reina de la Vuelta a la Ribera",
        "Las lluvias de la tarde provocaron la caída de rocas sobre la CV-50 en el puerto de "
        "Tous, por donde debía pasar el jueves la tercera etapa; la organización estudia un "
        "recorrido alternativo.",
        70.0,
    ),
    (
        "es-oct-vuelta-ribera-etapa/desprendimiento",
        "Rocas sobre la CV-50: en duda la etapa de mañana",
        "La Guardia Civil cierra el puerto de Tous a todo el tráfico.",
        71.5,
    ),
    (
        "es-oct-dana-alzira",
        "Inundaciones en Alzira por la DANA",
        "El Júcar se desborda a su paso por la ciudad.",
        84.0,
    ),
    (
        "es-oct-dana-alzira",
        "La DANA inunda Alzira: el Júcar se desborda y cientos de vecinos son desalojados",
        "Más de 180 litros por metro cuadrado cayeron en doce horas en la Ribera Alta; los "
        "equipos de emergencia trabajan en los barrios bajos de la ciudad y la autopista está "
        "cortada.",
        85.0,
    ),
    (
        "es-oct-dana-alzira",
        "«Lo hemos perdido todo otra vez»: los vecinos del barrio de la Alquerieta",
        "Los afectados por la crecida del Júcar relatan cómo el agua alcanzó el metro y medio en "
        "los bajos en menos de una hora durante la mañana del jueves.",
        90.0,
    ),
    (
        "es-oct-dana-alzira",
        "Alzira cierra los colegios el viernes y calcula daños por 40 millones",
        "El ayuntamiento mantiene suspendidas las clases en toda la ciudad mientras baja el agua; "
        "los comerciantes del centro estiman pérdidas de 40 millones de euros.",
        103.0,
    ),
    (
        "es-oct-palma-aeropuerto",
        "Tormenta en Palma: 30 vuelos desviados",
        "El aeropuerto suspende las operaciones durante una hora.",
        40.0,
    ),
    (
        "es-oct-palma-aeropuerto",
        "Una tormenta eléctrica obliga a desviar una treintena de vuelos del aeropuerto de Palma",
        "Los aviones fueron enviados a Valencia, Barcelona e Ibiza durante la hora en que se "
        "suspendieron las operaciones el martes por la tarde; cientos de pasajeros esperaron en "
        "la terminal hasta la noche.",
        41.5,
    ),
    (
        "es-oct-ferris-estrecho",
        "Suspendidos los ferris del Estrecho por el levante",
        "No hay barcos entre Tarifa y Tánger.",
        96.0,
    ),
    (
        "es-oct-ferris-estrecho",
        "El fuerte levante obliga a suspender las conexiones marítimas entre Algeciras, Tarifa y "
        "Tánger",
        "Las rachas de hasta 90 km/h en el Estrecho mantienen amarrados desde el viernes por la "
        "mañana los barcos de todas las navieras; cientos de camiones esperan en los puertos.",
        97.5,
    ),
    (
        "es-oct-ferris-estrecho",
        "Camioneros atrapados en Algeciras: «Aquí no hay ni un baño»",
        "Transportistas marroquíes y españoles denuncian la falta de servicios en la zona de "
        "espera del puerto mientras continúa el temporal de levante.",
        103.5,
    ),
    (
        "es-oct-villaverde-destitucion",
        "El Real Villaverde destituye a Ernesto Galán",
        "Cuarta derrota seguida y el club dice basta.",
        32.0,
    ),
    (
        "es-oct-villaverde-destitucion",
        "El Real Villaverde cesa a su entrenador, Ernesto Galán, tras la derrota del domingo",
        "El club madrileño, penúltimo en Segunda, anunció el martes la destitución del técnico y "
        "de su cuerpo técnico; el entrenador del filial, Rubén Ortiz, dirigirá el entrenamiento "
        "del miércoles.",
        33.0,
    ),
    (
        "es-oct-villaverde-destitucion",
        "El Villaverde apuesta por Quique Sabaté para el banquillo",
        "Un día después de destituir a Galán, el club cerró un acuerdo hasta junio con el técnico "
        "catalán, que estaba libre desde que dejó su último equipo la pasada temporada.",
        50.0,
    ),
    (
        "es-oct-sauceda-portero",
        "El Sauceda ficha al portero libre Álvaro Medina",
        "Contrato hasta final de temporada.",
        106.0,
    ),
    (
        "es-oct-sauceda-portero",
        "El Atlético Sauceda incorpora al guardameta Álvaro Medina, que estaba sin equipo",
        "La lesión de su titular obligó al club a recurrir al mercado de jugadores libres; "
        "Medina, de 33 años, firmó el viernes hasta junio y podría debutar el sábado en La "
        "Almazara.",
        107.0,
    ),
    (
        "es-oct-maraton-logrono",
        "Maratón de Logroño: triunfo de Hassan Amrani",
        "Récord del circuito con 2:10:15 en la meta.",
        153.5,
    ),
    (
        "es-oct-maraton-logrono",
        "Hassan Amrani bate el récord del Maratón de Logroño y Nerea Goñi gana entre las mujeres",
        "Con una mañana fresca y sin viento, 4.500 corredores recorrieron el centro de la capital "
        "riojana; el marroquí afincado en Navarra paró el crono en 2:10:15.",
        154.5,
    ),
    (
        "es-oct-ibarra-top10",
        "Carlos Ibarra entra por primera vez en el top 10 del ranking",
        "Tras su final del domingo en Viena, el alicantino aparece este lunes en el noveno "
        "puesto, el mejor de su carrera, y se acerca a la clasificación para el torneo de "
        "maestros.",
        10.0,
    ),
    (
        "es-oct-nieve-pirineo",
        "Nieve en el Pirineo: cortado el puerto del Portalet",
        "Cadenas obligatorias en el Somport.",
        124.0,
    ),
    (
        "es-oct-nieve-pirineo",
        "La primera nevada del otoño cierra el Portalet y obliga a usar cadenas en el Somport",
        "Hasta 30 centímetros se acumularon el sábado por encima de los 1.600 metros en el "
        "Pirineo aragonés; varios coches quedaron atrapados durante la madrugada.",
        125.0,
    ),
    (
        "es-oct-sauceda-tormes",
        "Sauceda y Tormes empatan sin goles",
        "El portero local se retira lesionado en la segunda parte.",
        22.5,
    ),
    (
        "es-oct-sauceda-tormes",
        "El Atlético Sauceda no pasa del empate ante el Real Club Tormes y pierde a su portero",
        "El guardameta Javi Olmedo se marchó en camilla en el minuto 70 tras chocar con un "
        "delantero rival, en un partido del lunes con pocas ocasiones y mucho viento.",
        23.5,
    ),
    # --- Italian ---
    (
        "it-oct-giro-appennino-tappa",
        "Giro dell'Appennino, la tappa è di Luca Benassi",
        "Il toscano vince in salita a Vallombrosa.",
        40.5,
    ),
    (
        "it-oct-giro-appennino-tappa",
        "Luca Benassi vince la seconda tappa del Giro dell'Appennino e prende la maglia di leader",
        "Sull'arrivo in salita di Vallombrosa il corridore toscano ha staccato lo spagnolo Iván "
        "Lorca a due chilometri dal traguardo, con la pioggia che ha accompagnato il gruppo per "
        "tutta la giornata.",
        41.5,
    ),
    (
        "it-oct-giro-appennino-tappa/frana",
        "Frana sulla strada della terza tappa del Giro dell'Appennino",
        "Nella serata di martedì una colata di fango e detriti ha invaso la provinciale del passo "
        "della Consuma, sul percorso previsto per mercoledì; gli organizzatori valutano una "
        "variante.",
        47.0,
    ),
    (
        "it-oct-giro-appennino-tappa/frana",
        "Consuma, la frana blocca la provinciale",
        "La tappa di domani è a rischio.",
        48.5,
    ),
    (
        "it-oct-montecorvo-esonero",
        "Montecorvo, esonerato Sergio Pace",
        "Fatale il ko di domenica in casa.",
        11.5,
    ),
    (
        "it-oct-montecorvo-esonero",
        "Il Montecorvo esonera l'allenatore Sergio Pace dopo la quarta sconfitta di fila",
        "La società ha comunicato lunedì la decisione dopo lo 0-3 casalingo di domenica allo "
        "stadio dei Tigli; la squadra è affidata per ora al tecnico della Primavera, Antonio "
        "Ruggeri.",
        12.5,
    ),
    (
        "it-oct-montecorvo-esonero",
        "Montecorvo, è Claudio Ferrini il nuovo allenatore",
        "Il giorno dopo l'esonero di Pace il club ha scelto il tecnico reduce da due promozioni "
        "in Serie C, che ha firmato fino al 2027 e dirigerà il primo allenamento mercoledì.",
        30.0,
    ),
    (
        "it-oct-montecorvo-esonero/campo-allagato",
        "Montecorvo-Virtus Latina rinviata per il campo allagato",
        "Il nubifragio della notte ha reso impraticabile il terreno dello stadio dei Tigli; "
        "l'arbitro ha deciso il rinvio dopo il sopralluogo delle 13, a due ore dal fischio "
        "d'inizio.",
        129.0,
    ),
    (
        "it-oct-montecorvo-esonero/campo-allagato",
        "Stadio dei Tigli sott'acqua, salta la partita",
        "Il debutto di Ferrini in panchina è rimandato.",
        130.5,
    ),
    (
        "it-oct-ferraris-convocato",
        "Italrugby, prima chiamata per Davide Ferraris",
        "Il flanker del Monteverde è tra i 34 azzurri.",
        35.5,
    ),
    (
        "it-oct-ferraris-convocato",
        "Il ct dell'Italia convoca per la prima volta Davide Ferraris per i test di novembre",
        "Il terza linea di 23 anni, capitano del Rugby Monteverde, è uno dei tre esordienti nella "
        "lista dei 34 giocatori annunciata martedì per le sfide contro Australia, Argentina e "
        "Figi.",
        36.5,
    ),
    (
        "it-oct-ferraris-convocato/citato",
        "Ferraris citato per un placcaggio pericoloso",
        "Rischia di saltare il debutto in azzurro.",
        152.5,
    ),
    (
        "it-oct-ferraris-convocato/citato",
        "Rugby, Davide Ferraris citato per il placcaggio alto nella partita di sabato contro "
        "l'Euganea",
        "Il commissario ha segnalato un intervento alla testa al 47' del match di campionato; la "
        "commissione disciplinare si riunirà mercoledì, a pochi giorni dal primo test.",
        153.5,
    ),
    (
        "it-oct-allerta-liguria",
        "Allerta rossa in Liguria, scuole chiuse a Genova",
        "Treni sospesi sulla linea costiera.",
        54.0,
    ),
    (
        "it-oct-allerta-liguria",
        "Maltempo, allerta rossa su tutta la Liguria: chiuse scuole, parchi e cimiteri",
        "Le piogge torrenziali di mercoledì hanno fatto esondare due torrenti nel Levante "
        "genovese; sospesa la circolazione ferroviaria tra Genova e La Spezia per una frana a "
        "Zoagli.",
        55.5,
    ),
    (
        "it-oct-allerta-liguria",
        "«Mai vista tanta acqua in vent'anni»: la paura nel Levante genovese",
        "Negozianti e residenti di Recco raccontano il torrente che è salito fino ai portici in "
        "meno di mezz'ora nel primo pomeriggio.",
        60.0,
    ),
    (
        "it-oct-allerta-liguria",
        "Liguria, dopo il nubifragio trovato morto un anziano a Chiavari",
        "Il giorno dopo l'allerta rossa, un uomo di 81 anni è stato trovato senza vita nel suo "
        "garage allagato; la Regione chiede lo stato di emergenza per i comuni del Levante.",
        73.0,
    ),
    (
        "it-oct-malpensa-nebbia",
        "Nebbia a Malpensa, voli dirottati",
        "Disagi per tutta la mattina negli scali milanesi.",
        102.0,
    ),
    (
        "it-oct-malpensa-nebbia",
        "Nebbia fitta su Malpensa e Linate: decine di voli dirottati e cancellati",
        "Per tutta la mattinata di venerdì la visibilità è rimasta sotto i 100 metri; gli arrivi "
        "sono stati dirottati su Bergamo, Torino e Bologna, con ritardi fino a cinque ore.",
        102.5,
    ),
    (
        "it-oct-traghetti-stretto",
        "Stretto di Messina, sospesi i traghetti per il vento",
        "Code di tir agli imbarchi.",
        80.0,
    ),
    (
        "it-oct-traghetti-stretto",
        "Vento forte sullo Stretto: sospese le corse dei traghetti tra Villa San Giovanni e "
        "Messina",
        "Raffiche oltre i 90 km/h hanno fermato giovedì mattina le navi per i mezzi pesanti e gli "
        "aliscafi, con lunghe code di camion sulla strada per il porto.",
        81.0,
    ),
    (
        "it-oct-traghetti-stretto",
        "«Sei ore in fila al porto»: la rabbia dei camionisti a Villa San Giovanni",
        "Gli autotrasportatori bloccati agli imbarchi chiedono corse straordinarie appena il "
        "vento cala e si lamentano della mancanza di bagni.",
        86.0,
    ),
    (
        "it-oct-maratona-brenta",
        "Maratona del Brenta, vince Elias Kiprono",
        "Tra le donne il successo è di Giulia Sartor.",
        155.0,
    ),
    (
        "it-oct-maratona-brenta",
        "Elias Kiprono vince la Maratona del Brenta, Giulia Sartor è la prima delle donne",
        "Lungo il fiume da Bassano a Padova hanno corso 7.000 iscritti; il keniano ha chiuso in "
        "2:09:58, la veneta ha battuto il suo primato personale di tre minuti.",
        156.0,
    ),
    (
        "it-oct-virtus-latina-costa",
        "Virtus Latina, firmato lo svincolato Rúben Costa",
        "Contratto fino a giugno per l'attaccante.",
        112.0,
    ),
    (
        "it-oct-virtus-latina-costa",
        "La Virtus Latina tessera l'attaccante portoghese Rúben Costa, svincolato da luglio",
        "Il trentenne, ex capocannoniere della seconda serie portoghese, ha superato le visite "
        "mediche venerdì e potrà essere schierato già sabato sul campo del Montecorvo.",
        113.0,
    ),
    (
        "it-oct-neve-cervinia",
        "Neve a Cervinia, gli impianti aprono in anticipo",
        "Dopo le nevicate della notte la stazione valdostana ha aperto sabato tre piste e due "
        "impianti, con due settimane di anticipo sul calendario e code alla cassa già dalle otto.",
        127.0,
    ),
    (
        "it-oct-latina-castello",
        "Virtus Latina-Pro Castello 0-1",
        "Decide un rigore nel finale del posticipo.",
        22.0,
    ),
    (
        "it-oct-latina-castello",
        "Il Pro Castello espugna Latina con un rigore di Nardi al novantesimo",
        "Nel posticipo del lunedì la Virtus Latina ha sprecato due occasioni nel primo tempo e "
        "resta senza gol in casa da tre partite, tra i fischi del suo pubblico.",
        23.0,
    ),
    # --- Portuguese ---
    (
        "pt-oct-volta-beira-etapa",
        "Volta à Beira Serra: etapa para Tiago Moura",
        "O ciclista da casa vence na Covilhã.",
        88.5,
    ),
    (
        "pt-oct-volta-beira-etapa",
        "Tiago Moura vence a terceira etapa da Volta à Beira Serra e veste a camisola amarela",
        "Numa chegada em subida à Covilhã, o corredor de 24 anos deixou para trás o colombiano "
        "Andrés Quintero nos últimos 800 metros, debaixo de chuva intensa.",
        89.5,
    ),
    (
        "pt-oct-volta-beira-etapa/derrocada",
        "Derrocada corta a estrada da quarta etapa da Volta à Beira Serra",
        "A chuva forte da tarde de quinta-feira provocou a queda de pedras e terra na estrada da "
        "Torre, por onde a corrida devia passar na sexta-feira; a organização procura um percurso "
        "alternativo.",
        95.0,
    ),
    (
        "pt-oct-volta-beira-etapa/derrocada",
        "Pedras na estrada ameaçam a etapa rainha",
        "A GNR corta a subida à Serra da Estrela.",
        96.5,
    ),
    (
        "pt-oct-acores-ferries",
        "Açores: ligações marítimas canceladas",
        "Mau tempo no grupo central do arquipélago.",
        102.0,
    ),
    (
        "pt-oct-acores-ferries",
        "A Marilha cancela todas as viagens entre o Faial, o Pico e São Jorge devido à tempestade",
        "Ondas de seis metros e ventos de 100 km/h levaram a transportadora a suspender as "
        "ligações de sexta-feira; cerca de 400 passageiros ficaram em terra na Horta e na "
        "Madalena.",
        103.0,
    ),
    (
        "pt-oct-acores-ferries/resgate",
        "Navio da Marilha resgata pescadores ao largo do Pico",
        "O Ilha Azul, abrigado no porto da Madalena, saiu ao fim da tarde para socorrer a "
        "tripulação de um barco de pesca com uma avaria no motor; os quatro homens foram "
        "recolhidos com vida.",
        110.0,
    ),
    (
        "pt-oct-acores-ferries/resgate",
        "Quatro pescadores salvos por um navio de passageiros",
        "Resgate no canal entre o Faial e o Pico.",
        111.5,
    ),
    (
        "pt-oct-vilarinho-treinador",
        "Vilarinho despede o treinador Rui Lobão",
        "Três derrotas seguidas ditaram a saída.",
        13.0,
    ),
    (
        "pt-oct-vilarinho-treinador",
        "CD Vilarinho anuncia a saída do treinador Rui Lobão após a derrota em casa",
        "O clube da II Liga comunicou na segunda-feira o fim da ligação com o técnico, que deixa "
        "a equipa no 16.º lugar; o adjunto Hélder Pinto orienta os treinos.",
        14.0,
    ),
    (
        "pt-oct-vilarinho-treinador",
        "Rui Lobão despede-se: «Saio de consciência tranquila»",
        "O treinador agradeceu aos jogadores numa mensagem publicada à noite e disse que a equipa "
        "tem qualidade para se manter na II Liga.",
        20.5,
    ),
    (
        "pt-oct-vilarinho-treinador/relvado-alagado",
        "Jogo do Vilarinho adiado: relvado alagado",
        "A chuva da noite inundou o Estádio do Calvário.",
        145.0,
    ),
    (
        "pt-oct-vilarinho-treinador/relvado-alagado",
        "Vilarinho-Sporting Varela adiado devido ao relvado alagado",
        "O árbitro considerou impraticável o relvado do Estádio do Calvário, depois de uma noite "
        "de chuva intensa na região, e o jogo de domingo vai ser remarcado para data a anunciar.",
        146.5,
    ),
    (
        "pt-oct-madeira-voos",
        "Vento desvia voos do aeroporto da Madeira",
        "Dezenas de passageiros retidos no Funchal.",
        62.0,
    ),
    (
        "pt-oct-madeira-voos",
        "Vento forte obriga a desviar e cancelar 25 voos no aeroporto da Madeira",
        "Rajadas acima dos limites da pista levaram vários aviões a divergir para o Porto Santo e "
        "para Lisboa na quarta-feira, deixando mais de 2.000 passageiros à espera.",
        63.0,
    ),
    (
        "pt-oct-cheias-coimbra",
        "Mondego galga as margens em Coimbra",
        "A Baixa da cidade tem água nas ruas.",
        76.5,
    ),
    (
        "pt-oct-cheias-coimbra",
        "Cheias: o Mondego transborda em Coimbra e a Proteção Civil retira moradores",
        "A subida do rio, depois de três dias de chuva, inundou o Parque Verde e ruas da Baixa na "
        "quinta-feira de manhã; 60 pessoas foram realojadas e uma ponte está fechada ao trânsito.",
        77.5,
    ),
    (
        "pt-oct-cheias-coimbra",
        "Coimbra: escolas fechadas e prejuízos de milhões depois da cheia",
        "No dia seguinte à cheia do Mondego, a câmara manteve as escolas da Baixa encerradas e "
        "fez uma primeira estimativa de três milhões de euros em danos.",
        95.5,
    ),
    (
        "pt-oct-varela-renova",
        "Varela renova com o capitão Diogo Faria",
        "Contrato até 2029 para o médio.",
        25.0,
    ),
    (
        "pt-oct-varela-renova",
        "Sporting Varela prolonga o contrato do capitão Diogo Faria até 2029",
        "Na véspera do jogo europeu em Inglaterra, o clube anunciou a renovação do médio de 29 "
        "anos, que tinha propostas de clubes turcos, com uma cláusula de rescisão de 30 milhões.",
        26.0,
    ),
    (
        "pt-oct-linha-douro",
        "Linha do Douro cortada por uma queda de barreira",
        "Comboios suspensos entre a Régua e o Pocinho.",
        58.5,
    ),
    (
        "pt-oct-linha-douro",
        "Queda de terras interrompe a circulação na Linha do Douro entre o Peso da Régua e o "
        "Pocinho",
        "A barreira cedeu na quarta-feira à tarde, após horas de chuva, e cobriu a via junto ao "
        "Tua; os passageiros seguem em autocarros até a linha ser limpa.",
        59.5,
    ),
    (
        "pt-oct-barras-fechadas",
        "Capitania fecha as barras do Douro e de Leixões à navegação",
        "Com ondas de sete metros previstas para sábado, a autoridade marítima proibiu a saída de "
        "embarcações de recreio e de pesca local até domingo à noite.",
        127.5,
    ),
    (
        "pt-oct-sado-lusitano",
        "Sado vence o Lusitano por 2-0",
        "Golos de Wilson e de Baptista nos descontos.",
        135.5,
    ),
    (
        "pt-oct-sado-lusitano",
        "Académico do Sado bate o Lusitano de Évora e sobe ao terceiro lugar da II Liga",
        "Um golo de cabeça de Wilson Tavares e um penálti de Rafael Baptista, já nos descontos, "
        "deram a vitória à equipa de Setúbal no sábado à tarde.",
        136.5,
    ),
    (
        "pt-oct-marinhense-sado",
        "Marinhense vence o Sado por 3-1",
        "Reviravolta no jogo de segunda-feira.",
        22.0,
    ),
    (
        "pt-oct-marinhense-sado",
        "Atlético Marinhense dá a volta ao Académico do Sado no fecho da jornada da II Liga",
        "A equipa da casa esteve a perder ao intervalo, mas marcou três golos em vinte minutos na "
        "segunda parte, dois deles do avançado cabo-verdiano Edson Lima.",
        23.0,
    ),
    # --- Dutch ---
    (
        "nl-oct-domstad-marathon",
        "Domstadmarathon voor Bram Verhoef",
        "Utrechter wint in 2.12.30 op zijn eigen straten.",
        132.0,
    ),
    (
        "nl-oct-domstad-marathon",
        "Bram Verhoef wint de Domstadmarathon in Utrecht, Noor Visser de beste bij de vrouwen",
        "Onder droge omstandigheden liepen zaterdagochtend ruim 8.000 deelnemers door de "
        "binnenstad; Verhoef was na 2.12.30 de snelste, Visser won bij haar debuut op de afstand.",
        133.0,
    ),
    (
        "nl-oct-domstad-marathon/wolkbreuk",
        "Wolkbreuk zet de Utrechtse binnenstad blank",
        "Tunnels bij het centraal station zijn dicht.",
        140.0,
    ),
    (
        "nl-oct-domstad-marathon/wolkbreuk",
        "Hevige wolkbreuk in Utrecht: straten onder water en stationstunnels afgesloten",
        "Binnen een uur viel zaterdagavond ruim 60 millimeter regen; de brandweer pompte kelders "
        "leeg en de singel liep over, uren nadat de marathonlopers er nog langs kwamen.",
        141.0,
    ),
    (
        "nl-oct-waddenveer-afvaarten",
        "Waddenveer schrapt alle afvaarten naar Vlieland en Terschelling",
        "Zware storm op de Waddenzee.",
        73.0,
    ),
    (
        "nl-oct-waddenveer-afvaarten",
        "Storm Fenna: Waddenveer legt de boten naar Vlieland en Terschelling de hele dag stil",
        "Door windkracht 10 op de Waddenzee vaart de rederij donderdag niet; eilanders en "
        "toeristen moeten een dag langer blijven, omboeken is zonder kosten.",
        74.0,
    ),
    (
        "nl-oct-waddenveer-afvaarten",
        "Op Terschelling raakt het brood op: eiland wacht op de boot",
        "De supermarkt in West-Terschelling kreeg donderdag geen bevoorrading en toeristen die "
        "naar huis wilden, zitten een extra nacht in hun vakantiehuisje.",
        79.0,
    ),
    (
        "nl-oct-waddenveer-afvaarten/redding",
        "Veerboot van Waddenveer redt bemanning van zeilschip",
        "De bemanning van de Noordkaap, die stillag in de haven van Harlingen, voer "
        "donderdagmiddag uit om drie opvarenden van een op drift geraakt zeilschip aan boord te "
        "halen.",
        82.0,
    ),
    (
        "nl-oct-waddenveer-afvaarten/redding",
        "Drie zeilers gered door de bemanning van een veerboot",
        "Reddingsactie in de storm bij Harlingen.",
        83.5,
    ),
    (
        "nl-oct-beker-heerdenveen",
        "Bekerstunt: Heerdenveen wint van Drentheveld",
        "De amateurs winnen met 2-1.",
        45.5,
    ),
    (
        "nl-oct-beker-heerdenveen",
        "Amateurclub VV Heerdenveen schakelt SC Drentheveld uit in de beker",
        "In een uitverkocht Sportpark De Kolk kwamen de amateurs op achterstand, maar twee "
        "doelpunten van spits Jelle Koster in de tweede helft zorgden dinsdagavond voor de stunt.",
        46.5,
    ),
    (
        "nl-oct-beker-heerdenveen/opvang",
        "Sportpark De Kolk wordt opvang voor geëvacueerden",
        "Zorgen om een verzwakte dijk bij Heerdenveen.",
        102.0,
    ),
    (
        "nl-oct-beker-heerdenveen/opvang",
        "Heerdenveen evacueert 600 bewoners na zorgen over een verzwakte dijk, sportpark dient "
        "als opvang",
        "Na dagen van hoog water ontdekte het waterschap vrijdagochtend scheuren in de dijk langs "
        "de rivier; bewoners van de lage buurten kunnen terecht in de kantine en de sporthal bij "
        "de voetbalvelden.",
        103.0,
    ),
    (
        "nl-oct-drentheveld-trainer",
        "Drentheveld ontslaat trainer Van Dam",
        "Na de bekeruitschakeling is het klaar.",
        57.0,
    ),
    (
        "nl-oct-drentheveld-trainer",
        "SC Drentheveld zet trainer Erik van Dam op straat na pijnlijke bekernederlaag",
        "Een dag na de uitschakeling door amateurclub Heerdenveen maakte de club woensdag bekend "
        "dat de trainer per direct vertrekt; assistent Kees Mulder neemt het voorlopig over.",
        58.0,
    ),
    (
        "nl-oct-schiphol-storm",
        "Schiphol schrapt honderden vluchten",
        "Storm Fenna teistert het land.",
        72.0,
    ),
    (
        "nl-oct-schiphol-storm",
        "Schiphol annuleert ruim 400 vluchten door storm Fenna",
        "Door zware windstoten kunnen donderdag slechts twee banen worden gebruikt; vooral "
        "Europese vluchten worden geschrapt en reizigers wordt gevraagd niet naar de luchthaven "
        "te komen.",
        73.5,
    ),
    (
        "nl-oct-schiphol-storm",
        "Gestrande reizigers zoeken een slaapplek in de vertrekhal",
        "Ruim duizend passagiers krijgen een veldbed op de luchthaven, omdat de hotels in de "
        "omgeving vol zitten en de treinen naar het noorden niet rijden.",
        86.0,
    ),
    (
        "nl-oct-spoor-storm",
        "Geen treinen in het noorden door de storm",
        "Bomen op het spoor en de bovenleiding.",
        75.0,
    ),
    (
        "nl-oct-spoor-storm",
        "Treinverkeer in Noord-Nederland ligt stil door omgewaaide bomen",
        "Tussen Zwolle, Groningen en Leeuwarden rijden donderdag geen treinen; op meerdere "
        "plaatsen vielen bomen op de bovenleiding en ook in Gelderland is het spoor ontregeld.",
        76.0,
    ),
    (
        "nl-oct-spoor-storm",
        "Na de storm rijden de treinen in het noorden weer, maar niet naar Leeuwarden",
        "Vrijdagochtend is het spoor tussen Zwolle en Groningen weer vrij; op de lijn naar "
        "Leeuwarden rijden tot het weekend bussen, omdat een portaal van de bovenleiding "
        "vervangen moet worden.",
        94.0,
    ),
    (
        "nl-oct-degroot-orsolo",
        "Sven de Groot tekent bij Team Orsolo",
        "Een contract van twee jaar voor de klimmer.",
        16.0,
    ),
    (
        "nl-oct-degroot-orsolo",
        "Klimmer Sven de Groot verruilt zijn Nederlandse ploeg voor het Italiaanse Team Orsolo",
        "De 27-jarige Limburger, tiende in de Giro dit voorjaar, tekende maandag een contract "
        "voor twee seizoenen en wordt er kopman voor de grote rondes.",
        17.0,
    ),
    (
        "nl-oct-degroot-orsolo",
        "De Groot: 'In Italië krijg ik eindelijk de vrijheid om te winnen'",
        "De klimmer zegt dat hij bij zijn oude ploeg te vaak moest knechten en dat hij volgend "
        "jaar de Giro als eerste grote doel heeft.",
        20.0,
    ),
    (
        "nl-oct-afsluitdijk",
        "Afsluitdijk dicht voor vrachtwagens en caravans",
        "De weg over de Afsluitdijk is donderdag gesloten voor hoge en lichte voertuigen vanwege "
        "windstoten tot 120 kilometer per uur; het fietspad is volledig afgesloten.",
        77.0,
    ),
    (
        "nl-oct-hoogeveld-drentheveld",
        "Drentheveld speelt 3-3 bij Hoogeveld",
        "Mulder debuteert met een gelijkspel.",
        148.5,
    ),
    (
        "nl-oct-hoogeveld-drentheveld",
        "Doelpuntenfestijn in Hoogeveld: Drentheveld redt in blessuretijd een punt",
        "Bij het debuut van interim-trainer Kees Mulder kwam Drentheveld zondagmiddag twee keer "
        "terug van een achterstand; invaller Thijs Brouwer maakte in de 93e minuut de 3-3.",
        149.5,
    ),
    (
        "nl-oct-demeer-titel",
        "Lotte de Meer wint toernooi in Seoul",
        "Eerste WTA-titel voor de Brabantse.",
        7.0,
    ),
    (
        "nl-oct-demeer-titel",
        "Tennisster Lotte de Meer pakt in Seoul haar eerste titel op het hoogste niveau",
        "De 22-jarige Brabantse versloeg in de finale de Japanse Yui Okada in drie sets en stijgt "
        "daardoor naar de 41e plaats op de wereldranglijst, de hoogste van haar loopbaan.",
        8.5,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a football club's home win and a storm tearing part of the same stadium's roof off hours "
    "later": (
        "en-oct-ashworth-delham/roof-storm",
        "de-oct-hohenfurt-sieg/sturm-dach",
        "es-oct-arenales-victoria/techo-temporal",
    ),
    "a city marathon run in the morning and a flash flood closing a station or roads in the same "
    "city that evening": (
        "en-oct-harbridge-marathon/flash-flood",
        "fr-oct-marathon-nimes/crue-eclair",
        "nl-oct-domstad-marathon/wolkbreuk",
    ),
    "a stage of a cycling stage race won and a landslide cutting the road of the same race's "
    "next stage hours later": (
        "es-oct-vuelta-ribera-etapa/desprendimiento",
        "it-oct-giro-appennino-tappa/frana",
        "pt-oct-volta-beira-etapa/derrocada",
    ),
    "a ferry operator cancelling its crossings in a gale and a ship of the same operator "
    "rescuing a boat's crew hours later": (
        "en-oct-northway-gale-cancellations/rescue",
        "nl-oct-waddenveer-afvaarten/redding",
        "pt-oct-acores-ferries/resgate",
    ),
    "a football club sacking its coach and the same club's home match called off over a flooded "
    "pitch days later": (
        "en-oct-brennock-sack/pitch-flooded",
        "it-oct-montecorvo-esonero/campo-allagato",
        "pt-oct-vilarinho-treinador/relvado-alagado",
    ),
    "a tennis player securing a place at the season-ending finals and the same player fined for "
    "smashing a racket or abusing an umpire days later": (
        "en-oct-marchbank-finals-spot/fined",
        "de-oct-kessler-finals/geldstrafe",
        "ru-oct-kovaleva-itogovyj/shtraf",
    ),
    "a rugby player named in a national squad for the first time and the same player cited for a "
    "dangerous tackle in a club match days later": (
        "en-oct-aldersey-england-squad/cited",
        "fr-oct-ferrand-liste-xv/citation",
        "it-oct-ferraris-convocato/citato",
    ),
    "a stadium hosting a cup tie and the same stadium opened as a shelter for people driven out "
    "by floods or snow days later": (
        "de-oct-pokal-grimmenau/notunterkunft",
        "nl-oct-beker-heerdenveen/opvang",
        "ru-oct-kubok-severogorsk/punkt-obogreva",
    ),
}
