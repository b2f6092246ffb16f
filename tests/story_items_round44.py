"""A forty-fourth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one mid-July week of sport, film,
music and celebrity news (tournaments and transfers, cycling stages, film festivals and awards,
concerts cancelled and tours announced, actors and singers in several items the same week, TV
shows, stadiums with two events on one day) as a reader's feeds carry it at daily-digest
density: 39 to 51 items a day (41, 46, 47, 51, 51, 39 and 43 from Monday to Sunday), spanning
5.5 to 166.0 hours. It holds 318 items under 135 labels: 111 stories and 24 hard negatives; 45
labels in English (111 items), 14 in Russian (32 items), German (31) and French (31), 12 in
Spanish (29), Italian (28), Portuguese (27) and Dutch (29). Big stories are carried by two to
four outlets over a day (a wire flash or teaser first, then a fuller page, then a quote-led or
reaction piece hours later that names the event only by its place, its actor or one detail:
"'I owe it to the extras,' says Calloway", "Ashcombe crowd carried me, says champion", „Ich
habe an meine Oma gedacht“, « J'ai couru devant chez moi »), and about twenty have a next-day
follow-up with a new fact 13 to 24 hours after the first copy (the Hollow Pines sell-out, Mara
Quill's new date, Fernleigh's Sunday on one stage, Okafor's completed move, the seven charged
after the Dunmere friendly, Kim Lowe home from hospital, the England manager staying on, the
Лесогорск hoax caller detained, the Pastukhov farewell, Altenbrunn's damage bill, Montclavel's
disaster request, Vernier's postponed tour, Castel's new Nîmes date, Olmedo freed on charges,
Los Náufragos' free repeat concert, Poggio Santerno's emergency request, Albani's lying in
state, Brandão freed, Van Dalen's cancelled shows, De Kraaien's new date). Many stories are
told once or twice: 66 labels have two copies, 57 three, 1 four, and 11 stories are told by
one outlet. 124 stories and hard negatives have a teaser copy whose lead is under 80
characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language, each placed as far from its story as the two events
would really be. Three are two events on the SAME day, 7 to 10.5 hours apart: a singer's
surprise album out in the morning and the same singer arrested after a bar fight that evening
(Jonah Verity, Dani Olmedo, Tiago Brandão); a youth cup final at a stadium in the afternoon and
a concert at the same stadium evacuated over a bomb hoax that night (the Металлург in
Лесогорск, La Almunia in Villacastro, the Comunale in Valdomo); a cycling stage finishing in a
town and a flash flood in the same town hours later (Altenbrunn, Montclavel, Poggio Santerno).
Five are days apart: an actor's lifetime-achievement award and the same actor hurt in a road
accident (26 to 85 hours: Rufus Calloway, Colette Vernier, Joris van Dalen); a singer's tour
announced and a former manager's lawsuit against the same singer (68 to 94 hours: Алина
Зорина, Jan Kessler, Marta Alvarim); a TV talent show's live final and the same show's host
taken off air (37 to 68 hours: Zing Je Rijk, Voce Nuova, Stimmwunder); a sprinter's national
record and the same sprinter charged over missed drug tests (60 to 73 hours: Grace Oduya,
Carmen Iriarte, Femke Ouwerkerk); a film's festival prize and the same film pulled from
cinemas over a rights or privacy complaint (72 to 90 hours: «Тихая вода», « Les Saisons
basses », «Maré Baixa»). Eleven hard negatives fall within 48 hours of their story, thirteen
beyond it.

The week also stresses what a sports and entertainment digest carries side by side: one
tournament's two finals (the Ashcombe women's and men's finals), one stage race's stage wins
and its overall result (the Tour of Albion's stages nine and ten and Haverly's win), one
competition's semi-final and final (England's Nations Cup), one awards night's nominations,
winners and lifetime honour (the Silver Lanterns), many transfers and record fees in several
languages, deaths of actors and singers in all eight languages, concerts cancelled for heat, wind,
storm and a sore throat, and one couple in two separate items (Ashworth and Lowe's divorce,
Lowe's collapse days later).

What "same story" means here: one event (one final, one stage, one signing, one album release,
one arrest, one award, one crash, one flood, one evacuation, one cancellation, one lawsuit, one
charge, one death) in that event's news cycle, including a next-day follow-up with a new fact.
Not the same story: another event of the same kind or with the same actor, even at the same
stadium, in the same finish town, at the same tournament or awards night, or on the same show.
A label with a suffix after a slash is a hard negative of the story before the slash
(categories in `HARD_NEGATIVES`). No story has more than four copies, and every story's copies
fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, clubs, bands, shows, films, festivals, awards, races and towns are invented here; real
places and bodies appear only as backdrop (London, Camden, Hyde Park, Lyon, Brighton, Sheffield,
Salford, Ростов, Суздаль, Прага, Gelsenkirchen, the Landgericht Hamburg, Plön, Berlin, the
Rothenbaum, Paris, Nîmes, Mâcon, Triana, Castellón, Valencia, Umago, Bari, the Coliseu de
Lisboa, the PSP, Peniche, the Serra da Estrela, Hengelo, Utrecht, Woerden, the Goffertpark,
the KNMI, Innsbruck).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first lines were read for the
format only; earlier sets were only compared by script for clashing labels, titles and
categories), and never run through the merging code before its one scoring run,
`python -m bench.stories --round44`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-verity-album",
        "Jonah Verity releases surprise album Low Tide Letters",
        "The singer-songwriter put out his fourth record at midnight with no warning, a "
        "twelve-track set he says was written on a fishing boat off Cornwall.",
        32.0,
    ),
    (
        "en-verity-album",
        "Verity drops fourth album overnight",
        "The singer's fourth record is out now, with no singles before it.",
        33.5,
    ),
    (
        "en-verity-album",
        "'I wanted no noise before it': Verity on his secret record",
        "Jonah Verity told a radio breakfast show that he kept the album from his own label until "
        "the last week, and that the fishing-boat songs are about his late father.",
        36.0,
    ),
    (
        "en-verity-album/arrest",
        "Jonah Verity arrested after fight outside Camden bar",
        "Police said a 34-year-old man, named by his representatives as the singer, was held on "
        "suspicion of assault after a scuffle in which a photographer was hurt.",
        42.5,
    ),
    (
        "en-verity-album/arrest",
        "Singer Verity held over bar scuffle",
        "A photographer was taken to hospital with a cut to his head.",
        44.0,
    ),
    (
        "en-verity-album/arrest",
        "Verity released without charge as photographer drops complaint",
        "The singer left the police station shortly after nine and apologised for what he called "
        "a stupid night, while detectives said no further action would be taken.",
        51.0,
    ),
    (
        "en-calloway-award",
        "Rufus Calloway given lifetime award at Silver Lantern ceremony",
        "The 71-year-old actor received a standing ovation as he collected the honour for five "
        "decades on stage and screen, from the sergeant in Harbour Lights to his Lear.",
        21.5,
    ),
    (
        "en-calloway-award",
        "Lifetime honour for Calloway",
        "Standing ovation for the veteran actor at the Silver Lanterns.",
        22.0,
    ),
    (
        "en-calloway-award",
        "'I owe it to the extras,' says Calloway",
        "In a speech that ran well over time, the veteran thanked the background actors and "
        "drivers he had worked with, and made a joke about his knees that brought the house down.",
        30.0,
    ),
    (
        "en-calloway-award/crash",
        "Actor Rufus Calloway injured in crash on A30",
        "The actor was taken to hospital with a broken collarbone after the car he was travelling "
        "in left the road near Launceston in heavy rain, his agent said.",
        85.0,
    ),
    (
        "en-calloway-award/crash",
        "Calloway hurt as car leaves road",
        "Agent says the actor is comfortable after the A30 crash.",
        86.5,
    ),
    (
        "en-calloway-award/crash",
        "Calloway's West End run in doubt after broken collarbone",
        "Producers of the revival in which the actor was due to open next month said his "
        "understudy would rehearse the role while doctors assess how long he needs to recover.",
        100.0,
    ),
    (
        "en-oduya-record",
        "Grace Oduya breaks British 200m record in Penford",
        "The 23-year-old won the Penford Grand Prix in 21.88 seconds, taking four hundredths off "
        "a national record that had stood for eleven years.",
        44.0,
    ),
    (
        "en-oduya-record",
        "New British 200m record for Oduya",
        "21.88 seconds at the Penford Grand Prix.",
        45.0,
    ),
    (
        "en-oduya-record",
        "'The clock made me cry': Oduya after her record run",
        "The sprinter said she had not looked at the board until she crossed the line, and that "
        "her coach had told her to run the bend as if nobody were beside her.",
        52.5,
    ),
    (
        "en-oduya-record/missed-tests",
        "Sprinter Grace Oduya charged with missing three drug tests",
        "The athletics integrity body said the national 200m record holder failed to be at her "
        "stated address for three tests in twelve months, a charge that carries a ban of up to "
        "two years.",
        104.0,
    ),
    (
        "en-oduya-record/missed-tests",
        "Oduya faces whereabouts charge",
        "The record holder missed three tests, says the integrity body.",
        105.5,
    ),
    (
        "en-ashcombe-final",
        "Nadia Petrescu wins Ashcombe Open after three-set final",
        "The Romanian-born Briton lost the opening set but recovered to overcome the second seed "
        "4-6 6-3 7-5 on Centre Court, her first title on grass.",
        16.5,
    ),
    (
        "en-ashcombe-final",
        "Petrescu takes Ashcombe title",
        "First grass title for the British number two.",
        17.0,
    ),
    (
        "en-ashcombe-final",
        "Ashcombe crowd carried me, says champion",
        "The new champion said she had been close to tears when she was broken at 5-5 in the "
        "decider and that the noise from the stands got her back into the match.",
        19.0,
    ),
    (
        "en-ashcombe-mens",
        "Kieran Lusk loses Ashcombe men's final in tie-break",
        "The home favourite saved two match points but went down 6-7 7-6 6-7 to the top seed, who "
        "won the tournament for a third time in four years.",
        14.5,
    ),
    (
        "en-ashcombe-mens",
        "Tie-break heartbreak for Lusk at Ashcombe",
        "Top seed lifts the men's trophy for a third time.",
        15.5,
    ),
    (
        "en-albion-stage9",
        "Ellis Carr wins Tour of Albion stage nine in Buxton",
        "The Welsh rider attacked on the final climb out of the Goyt valley and held off the "
        "chasing group by eleven seconds to take his first stage win of the race.",
        39.5,
    ),
    (
        "en-albion-stage9",
        "Carr takes stage nine of Tour of Albion",
        "Welshman wins alone on the climb into Buxton.",
        40.0,
    ),
    (
        "en-albion-stage9",
        "'Ten years of trying for this': Carr after Buxton",
        "The 31-year-old said he had ridden the race eight times as a domestique and had almost "
        "retired last winter after breaking his hip.",
        47.0,
    ),
    (
        "en-albion-stage10",
        "Dutch sprinter Bram Oost wins Tour of Albion stage ten",
        "The flat stage from Derby to Lincoln ended in a mass sprint that Oost won by half a "
        "wheel, while the leader finished safely in the bunch.",
        63.5,
    ),
    (
        "en-albion-stage10",
        "Oost edges Lincoln sprint",
        "Race leader keeps yellow jersey after flat stage.",
        64.0,
    ),
    (
        "en-albion-overall",
        "Tom Haverly wins Tour of Albion overall",
        "The race leader crossed the line arm in arm with his team-mates in Brighton to seal the "
        "first home win in the race for nine years.",
        158.5,
    ),
    (
        "en-albion-overall",
        "Haverly seals Tour of Albion",
        "First home winner for nine years.",
        159.0,
    ),
    (
        "en-albion-overall",
        "Haverly's mother watched him win from the roadside in Brighton",
        "The new champion stopped after the line to hug his mother, who had travelled from "
        "Carlisle, and said the win belonged to his team more than to him.",
        162.5,
    ),
    (
        "en-brackenridge-striker",
        "Brackenridge sign striker Teo Marsh for club record fee",
        "The Championship side paid a reported 14 million pounds for the 22-year-old from a "
        "Scottish club, more than double their previous record.",
        11.0,
    ),
    (
        "en-brackenridge-striker",
        "Record deal for Brackenridge",
        "Teo Marsh joins on a five-year contract.",
        12.0,
    ),
    (
        "en-brackenridge-striker",
        "Marsh: I chose Brackenridge because of the fans",
        "Speaking at his unveiling, the new signing said the atmosphere at the club's cup tie "
        "last winter had convinced him, even though bigger clubs had called.",
        26.0,
    ),
    (
        "en-halden-keeper",
        "Halden Athletic goalkeeper Ruiz joins Greek champions",
        "The Spaniard leaves after six seasons and more than two hundred appearances, with the "
        "club saying the fee is undisclosed.",
        58.0,
    ),
    (
        "en-halden-keeper",
        "Ruiz leaves Halden for Greece",
        "Goalkeeper ends six-year spell at the club.",
        59.5,
    ),
    (
        "en-wrayford-medical",
        "Wrayford winger Danny Okafor in talks over Italian move",
        "The 25-year-old has been given permission to travel to Milan for a medical after the two "
        "clubs agreed a fee believed to be close to 20 million euros.",
        82.0,
    ),
    (
        "en-wrayford-medical",
        "Okafor flies to Milan for medical",
        "Wrayford agree fee for their winger.",
        83.0,
    ),
    (
        "en-wrayford-medical",
        "Okafor completes move to Italy",
        "The winger signed a four-year deal after passing his medical, ending a saga that had "
        "dragged on since the end of the season.",
        106.0,
    ),
    (
        "en-nations-cup-semi",
        "England women reach Nations Cup final after shoot-out",
        "The Lionesses beat the hosts 5-4 on penalties in Lyon after a 1-1 draw, with the "
        "goalkeeper saving the decisive kick from the hosts' captain.",
        93.0,
    ),
    (
        "en-nations-cup-semi",
        "Shoot-out win sends England to final",
        "Goalkeeper saves the last penalty in Lyon.",
        93.5,
    ),
    (
        "en-nations-cup-semi",
        "Manager hails 'ice-cold' penalty takers",
        "England's manager said the squad had practised spot kicks at the end of every session "
        "for a month and that the youngest player had asked to take the fifth.",
        97.0,
    ),
    (
        "en-nations-cup-final",
        "England beaten by Germany in Nations Cup final",
        "A header in the 88th minute settled the final in Lyon 2-1, ending England's hopes of a "
        "first title in the competition.",
        140.5,
    ),
    (
        "en-nations-cup-final",
        "Late header denies England",
        "Germany win the Nations Cup 2-1 in Lyon.",
        141.0,
    ),
    (
        "en-nations-cup-final",
        "Lionesses 'proud but gutted' after Lyon defeat",
        "The captain said her side had given everything and would learn from the final, as "
        "thousands of fans applauded the team off the pitch.",
        143.5,
    ),
    (
        "en-nations-cup-final",
        "Thousands greet Nations Cup runners-up at Birmingham airport",
        "The squad landed to a crowd far larger than expected, and the football association "
        "confirmed that the manager would stay on for the next World Cup campaign.",
        156.0,
    ),
    (
        "en-pinecross-golf",
        "Scot Callum Reith wins Pinecross Open by two shots",
        "A final round of 66 on the links gave Reith his first tour win at the age of 37 and a "
        "place in next month's major.",
        162.0,
    ),
    (
        "en-pinecross-golf",
        "Reith's first tour win at 37",
        "Two-shot victory at Pinecross.",
        162.5,
    ),
    (
        "en-dorn-title-fight",
        "Lewis Dorn stops champion in ninth to win world title",
        "The Manchester fighter floored the holder twice before the referee stopped the bout, "
        "becoming a world champion in only his nineteenth professional fight.",
        142.0,
    ),
    (
        "en-dorn-title-fight",
        "Dorn crowned world champion",
        "Ninth-round stoppage in front of a home crowd.",
        142.5,
    ),
    (
        "en-dorn-title-fight",
        "Beaten champion taken to hospital after Dorn bout",
        "The former holder was kept in overnight for checks on a suspected broken jaw, his "
        "promoter said, adding that a rematch clause would be triggered.",
        155.0,
    ),
    (
        "en-hollow-pines-tour",
        "The Hollow Pines announce reunion tour after 15 years",
        "The indie band, who split in a row over royalties, will play eleven arena dates in "
        "November, starting in Glasgow and ending with two nights in London.",
        10.0,
    ),
    (
        "en-hollow-pines-tour",
        "Hollow Pines back together",
        "Eleven arena dates announced for November.",
        10.5,
    ),
    (
        "en-hollow-pines-tour",
        "Hollow Pines tickets sell out in 40 minutes",
        "Fans queued online for hours as every date of the reunion tour sold out, and resale "
        "sites were already listing seats at five times their face value.",
        33.0,
    ),
    (
        "en-quill-cancel",
        "Mara Quill cancels Hyde Park show on doctors' orders",
        "The pop star, who was due to play to 60,000 people on Saturday, said she had strained "
        "her vocal cords and had been told not to sing for two weeks.",
        125.0,
    ),
    (
        "en-quill-cancel",
        "Quill pulls out of Saturday concert",
        "Vocal cord strain forces the singer to cancel.",
        125.5,
    ),
    (
        "en-quill-cancel",
        "Quill fans to get refunds as new date set for September",
        "Promoters said the cancelled concert would now take place on 14 September and that all "
        "tickets remained valid, with refunds available for those who cannot attend.",
        147.0,
    ),
    (
        "en-fernleigh-storm",
        "Fernleigh Festival cancels Saturday after storm flattens tents",
        "Organisers called off the second day of the music festival after gusts of 60mph tore "
        "down two stages overnight, and asked 30,000 campers to stay inside their cars.",
        128.0,
    ),
    (
        "en-fernleigh-storm",
        "Storm halts Fernleigh Festival",
        "Second day off after stages are blown down.",
        128.5,
    ),
    (
        "en-fernleigh-storm",
        "Fernleigh's Sunday goes ahead on single stage",
        "The festival reopened with one stage and a shortened bill after engineers checked the "
        "site overnight, though the Saturday headliners could not be rebooked.",
        150.0,
    ),
    (
        "en-glass-harbour-box-office",
        "Glass Harbour tops box office with biggest British opening of the year",
        "The thriller took 6.1 million pounds in its first weekend, ahead of a superhero sequel "
        "that had led the chart for three weeks.",
        14.0,
    ),
    (
        "en-glass-harbour-box-office",
        "Glass Harbour opens at number one",
        "6.1m pounds in its first weekend in UK cinemas.",
        15.0,
    ),
    (
        "en-pell-obituary",
        "Director Anthony Pell dies aged 88",
        "The film-maker behind a string of post-war comedies and the Oscar-nominated Winter Lanes "
        "died at home in Sussex, his family said.",
        55.0,
    ),
    (
        "en-pell-obituary",
        "Anthony Pell dies at 88",
        "Winter Lanes director died at home, family says.",
        55.5,
    ),
    (
        "en-pell-obituary",
        "Actors pay tribute to 'gentle genius' Pell",
        "Stars who worked with the late director recalled his patience on set and his habit of "
        "bringing cake to the crew on Fridays.",
        61.0,
    ),
    (
        "en-sable-obituary",
        "Jazz pianist Lorna Sable dies at 79",
        "Sable, who played with most of the great names of the London club scene in the 1960s, "
        "had been ill for some time, her label said.",
        117.5,
    ),
    (
        "en-harbour-lights-exit",
        "Harbour Lights star quits soap after 22 years",
        "Actress Penny Gault, who has played landlady Sheila since the first episode, said she "
        "wanted to leave while she still loved the part.",
        36.5,
    ),
    (
        "en-harbour-lights-exit",
        "Penny Gault leaving Harbour Lights",
        "The show's longest-serving star will bow out at Christmas.",
        37.0,
    ),
    (
        "en-tidewater-renewed",
        "Streaming hit Tidewater renewed for final season",
        "The crime drama will end with a fourth series, the platform said, after its third became "
        "the most watched British show on the service.",
        76.0,
    ),
    (
        "en-tidewater-renewed",
        "Fourth and final series for Tidewater",
        "Drama to end after record third run.",
        76.5,
    ),
    (
        "en-lantern-nominations",
        "Silver Lantern nominations led by Bramble Street",
        "The period drama received nine nominations for the television awards, with Harbour "
        "Lights picking up four in the soap categories.",
        8.0,
    ),
    (
        "en-lantern-nominations",
        "Bramble Street leads Lantern field",
        "Nine nominations for the period drama.",
        8.5,
    ),
    (
        "en-lantern-winners",
        "Bramble Street wins best drama at Silver Lanterns",
        "The period drama took four awards including best drama and best actress at the ceremony "
        "in London on Monday night.",
        23.0,
    ),
    (
        "en-lantern-winners",
        "Four Lanterns for Bramble Street",
        "Best drama and best actress among its wins.",
        23.5,
    ),
    (
        "en-lantern-winners",
        "Bramble Street's writer: 'We nearly lost the funding twice'",
        "Accepting the best drama prize, the writer said the series had been turned down by three "
        "channels before it was commissioned.",
        29.0,
    ),
    (
        "en-vinyl-sales",
        "Vinyl album sales hit highest level since 1990",
        "Record labels sold 3.1 million vinyl albums between January and June, industry figures "
        "show, the best six months for the format in more than three decades.",
        50.0,
    ),
    (
        "en-vinyl-sales",
        "Vinyl sales at 34-year high",
        "3.1 million records sold in six months.",
        51.5,
    ),
    (
        "en-ticketfast-fine",
        "Resale site TicketFast fined 4m pounds over hidden fees",
        "The competition regulator said the site had added booking charges at the last step of "
        "checkout and had failed to show where seats were in the venue.",
        79.0,
    ),
    (
        "en-ticketfast-fine",
        "TicketFast hit with 4m fine",
        "Regulator says fees were hidden until checkout.",
        80.0,
    ),
    (
        "en-ticketfast-fine",
        "Fans' group says TicketFast fine is 'small change'",
        "Campaigners said the penalty was a fraction of the site's profits and called for a cap "
        "on resale prices for concert tickets.",
        88.5,
    ),
    (
        "en-calder-stadium-plan",
        "Calder Town's new 30,000-seat stadium approved",
        "Councillors voted nine to two for the riverside ground, which will also host concerts "
        "and is due to open in three years.",
        66.0,
    ),
    (
        "en-calder-stadium-plan",
        "Calder stadium plan wins approval",
        "Nine votes to two for the riverside ground.",
        67.0,
    ),
    (
        "en-friendly-arrests",
        "Fourteen arrested after pre-season friendly in Dunmere",
        "Police said bottles were thrown and two officers hurt when rival fans fought in the "
        "street near the ground once the match had ended.",
        118.0,
    ),
    (
        "en-friendly-arrests",
        "Arrests after Dunmere friendly",
        "Two officers hurt as fans clash.",
        118.5,
    ),
    (
        "en-friendly-arrests",
        "Seven charged over Dunmere friendly violence",
        "Seven men aged 19 to 42 will appear before magistrates on Monday, and both clubs said "
        "they would hand out lifetime bans to anyone convicted.",
        137.0,
    ),
    (
        "en-snooker-maximum",
        "Teenager Josh Wren makes maximum 147 in qualifier",
        "The 17-year-old became the youngest player to make a maximum break in professional "
        "competition, in a qualifying match in Sheffield.",
        72.5,
    ),
    (
        "en-snooker-maximum",
        "Maximum for 17-year-old Wren",
        "Youngest 147 in professional snooker.",
        73.0,
    ),
    (
        "en-channel-swim",
        "Nurse swims Channel both ways in record time",
        "Helen Marr completed the crossing to France and back in 24 hours and 41 minutes, beating "
        "the women's two-way record by almost two hours.",
        98.0,
    ),
    (
        "en-channel-swim",
        "Two-way Channel record for nurse Marr",
        "24 hours 41 minutes, France and back.",
        98.5,
    ),
    (
        "en-channel-swim",
        "'My shoulders have gone on strike': record swimmer rests up",
        "Helen Marr said she had eaten jelly babies every half hour and sung to herself through "
        "the night to stay awake.",
        112.0,
    ),
    (
        "en-rugby-coach",
        "Former flanker Sam Dewhurst named Wales coach",
        "Dewhurst, who won 64 caps, takes over from the interim coach on a four-year contract "
        "with a first test against Australia in November.",
        60.5,
    ),
    (
        "en-rugby-coach",
        "Dewhurst to coach Wales",
        "Four-year deal for the former flanker.",
        61.0,
    ),
    (
        "en-grand-prix",
        "Alvie Hart wins Marston Grand Prix from pole",
        "The British driver led every lap at the Marston circuit to take his second win of the "
        "season and close to within six points of the championship lead.",
        158.0,
    ),
    (
        "en-grand-prix",
        "Hart wins at Marston",
        "Lights-to-flag victory from pole.",
        158.5,
    ),
    (
        "en-grand-prix",
        "Rival blames team after pit-stop blunder at Marston",
        "The championship leader said a slow tyre change had cost him the race, after he finished "
        "fourth behind Hart.",
        161.5,
    ),
    (
        "en-celeb-split",
        "Presenter Ben Ashworth and singer Kim Lowe to divorce",
        "The couple, married for eight years, said in a joint statement that they would remain "
        "friends and continue to raise their two children together.",
        88.0,
    ),
    (
        "en-celeb-split",
        "Ashworth and Lowe split",
        "Couple married eight years to divorce.",
        88.5,
    ),
    (
        "en-regatta",
        "Storm cuts Linmouth regatta to a single day",
        "Organisers scrapped the second and third days of racing after forecasters warned of "
        "gusts above 50 knots along the coast.",
        108.0,
    ),
    (
        "en-cricket-retire",
        "Wexmoor captain Ian Tolley retires from first-class cricket",
        "The 38-year-old opener, who scored more than 14,000 runs for the county, said his body "
        "could no longer cope with four-day cricket.",
        27.5,
    ),
    (
        "en-cricket-retire",
        "Tolley calls time on career",
        "Wexmoor opener retires at 38.",
        28.0,
    ),
    (
        "en-lowe-hospital",
        "Singer Kim Lowe in hospital after collapsing at rehearsal",
        "Lowe was taken by ambulance from a television studio in Salford after she fainted during "
        "a rehearsal, her spokesman said.",
        150.5,
    ),
    (
        "en-lowe-hospital",
        "Kim Lowe collapses at rehearsal",
        "Singer taken to hospital from Salford studio.",
        151.0,
    ),
    (
        "en-lowe-hospital",
        "Kim Lowe home after hospital checks",
        "The singer thanked nurses and said she had been dehydrated and exhausted after a "
        "difficult week, and would rest before returning to work.",
        166.0,
    ),
    (
        "en-stanmore-bid",
        "Stanmore launches bid to host 2036 Commonwealth Games",
        "The city council said the bid would rely mostly on existing venues, with a new swimming "
        "centre the only large building required.",
        7.0,
    ),
    (
        "en-stanmore-bid",
        "Stanmore eyes 2036 Games",
        "City says bid will use existing venues.",
        7.5,
    ),
    (
        "en-darts-final",
        "Dean Pryor wins Matchplay title in Blackpool",
        "The Yorkshireman hit a nine-darter on his way to an 18-12 win in the final, his first "
        "major title.",
        160.0,
    ),
    (
        "en-darts-final",
        "First major for Pryor",
        "Nine-darter in Blackpool final.",
        160.5,
    ),
    (
        "en-netball-squad",
        "Five uncapped players in netball squad for World Cup",
        "England's coach named a squad of twelve with five newcomers for next month's tournament, "
        "leaving out the veteran goal shooter.",
        70.0,
    ),
    (
        "en-quiz-host",
        "Quiz veteran Tony Birch to step down after 30 years",
        "The host of the teatime show Final Answer said he would record his last episodes in the "
        "autumn and had no plans to retire from broadcasting altogether.",
        103.0,
    ),
    (
        "en-quiz-host",
        "Tony Birch leaving Final Answer",
        "Host to record final episodes in autumn.",
        103.5,
    ),
    (
        "en-podium-doping",
        "Cyclist Rhys Talbot banned for four years",
        "The former national road champion tested positive for a banned blood booster at a race "
        "last spring, the anti-doping tribunal ruled.",
        130.0,
    ),
    (
        "en-podium-doping",
        "Four-year ban for Talbot",
        "Former road champion failed test last spring.",
        130.5,
    ),
    # --- Russian ---
    (
        "ru-lesogorsk-youth-final",
        "Юношеская команда «Лесогорска» выиграла кубок области",
        "В финале на стадионе «Металлург» футболисты до 17 лет обыграли сверстников из Заречного "
        "со счётом 3:1, два мяча забил капитан Даниил Рябов.",
        133.0,
    ),
    (
        "ru-lesogorsk-youth-final",
        "Кубок области — у юношей «Лесогорска»",
        "Финал на «Металлурге» завершился со счётом 3:1.",
        133.5,
    ),
    (
        "ru-lesogorsk-youth-final/concert-evacuated",
        "Концерт на стадионе «Металлург» прервали из-за сообщения о бомбе",
        "Около двенадцати тысяч зрителей вечернего концерта группы «Полярный круг» вывели с "
        "трибун после анонимного звонка, сапёры осматривали стадион больше двух часов.",
        141.5,
    ),
    (
        "ru-lesogorsk-youth-final/concert-evacuated",
        "С «Металлурга» эвакуировали зрителей концерта",
        "Поводом стал анонимный звонок о взрывчатке.",
        142.0,
    ),
    (
        "ru-lesogorsk-youth-final/concert-evacuated",
        "Задержан автор ложного звонка о бомбе на концерте в Лесогорске",
        "Им оказался 19-летний местный житель, который, по данным полиции, хотел отомстить группе "
        "за отменённое в прошлом году выступление.",
        157.0,
    ),
    (
        "ru-zorina-tour",
        "Алина Зорина объявила тур по 30 городам",
        "Певица начнёт большие гастроли в октябре с Калининграда и закончит их в декабре во "
        "Владивостоке, билеты поступят в продажу в пятницу.",
        12.5,
    ),
    (
        "ru-zorina-tour",
        "Зорина едет в тур",
        "Тридцать городов с октября по декабрь.",
        13.0,
    ),
    (
        "ru-zorina-tour",
        "«Хочу увидеть каждый зал»: Зорина о новых гастролях",
        "Певица рассказала, что впервые за пять лет поедет в малые города и сама выбирала "
        "площадки по письмам поклонников.",
        20.5,
    ),
    (
        "ru-zorina-tour/lawsuit",
        "Бывший продюсер подал в суд на Алину Зорину",
        "Виктор Ладыгин требует с певицы 48 миллионов рублей, утверждая, что она не выплатила ему "
        "долю от концертов за последние три года.",
        81.0,
    ),
    (
        "ru-zorina-tour/lawsuit",
        "Зорину обвинили в долгах перед продюсером",
        "Иск на 48 миллионов рублей поступил в суд.",
        81.5,
    ),
    (
        "ru-tikhaya-voda-prize",
        "Фильм «Тихая вода» получил главный приз фестиваля «Белые ночи»",
        "Драма режиссёра Марины Гольцевой о рыбачьем посёлке на Ладоге победила в основном "
        "конкурсе, обойдя одиннадцать картин.",
        45.5,
    ),
    (
        "ru-tikhaya-voda-prize",
        "Главный приз «Белых ночей» — у «Тихой воды»",
        "Победила драма Марины Гольцевой.",
        46.0,
    ),
    (
        "ru-tikhaya-voda-prize",
        "Гольцева посвятила награду рыбакам Ладоги",
        "Со сцены режиссёр сказала, что снимала фильм с жителями посёлка, и пообещала показать "
        "его им первыми.",
        52.0,
    ),
    (
        "ru-tikhaya-voda-prize/pulled",
        "Прокатчик отказался выпускать «Тихую воду» в кинотеатрах",
        "Компания сослалась на спор о правах на музыку в фильме, премьера, назначенная на август, "
        "отменена без новой даты.",
        127.0,
    ),
    (
        "ru-tikhaya-voda-prize/pulled",
        "Премьеру «Тихой воды» отменили",
        "Причина — спор о правах на музыку.",
        127.5,
    ),
    (
        "ru-sokol-defender",
        "«Сокол» подписал защитника Артёма Белова",
        "Двадцатичетырёхлетний футболист перешёл из «Звезды» за 300 миллионов рублей и заключил "
        "контракт на четыре года.",
        34.0,
    ),
    (
        "ru-sokol-defender",
        "Белов перешёл в «Сокол»",
        "Контракт рассчитан на четыре года.",
        34.5,
    ),
    (
        "ru-sokol-defender",
        "Белов: «В „Соколе“ хочу играть в еврокубках»",
        "На первой пресс-конференции защитник сказал, что выбрал клуб из-за тренера, с которым "
        "работал в молодёжной сборной.",
        41.0,
    ),
    (
        "ru-chess-open",
        "Гроссмейстер Ксения Агафонова выиграла опен в Суздале",
        "Она набрала 7,5 очка из девяти и опередила на пол-очка троих соперников, в том числе "
        "действующего чемпиона страны.",
        110.0,
    ),
    (
        "ru-chess-open",
        "Агафонова — лучшая в Суздале",
        "7,5 очка из девяти возможных.",
        110.5,
    ),
    (
        "ru-rockband-heat",
        "Группа «Северный ветер» отменила концерт из-за жары",
        "Выступление под открытым небом в Ростове перенесли на сентябрь: синоптики обещали до "
        "сорока градусов, а у сцены нет тени.",
        86.0,
    ),
    (
        "ru-rockband-heat",
        "Жара отменила концерт «Северного ветра»",
        "Выступление в Ростове перенесено на осень.",
        86.5,
    ),
    (
        "ru-actor-obit",
        "Умер актёр Геннадий Пастухов",
        "Народному артисту было 84 года, зрители помнят его по роли капитана в многосерийном "
        "фильме «Берег», сообщили в театре.",
        57.0,
    ),
    (
        "ru-actor-obit",
        "Скончался Геннадий Пастухов",
        "Актёру было 84 года.",
        57.5,
    ),
    (
        "ru-actor-obit",
        "Прощание с Пастуховым пройдёт в его театре",
        "Церемония начнётся в пятницу в полдень, похоронят актёра на родине, в Твери, сообщили "
        "родственники.",
        74.0,
    ),
    (
        "ru-tv-show-closed",
        "Телеканал закрыл шоу «Угадай мелодию детства»",
        "Программа выходила девять лет, но в последнем сезоне её смотрели вдвое меньше зрителей, "
        "чем раньше, объяснили на канале.",
        100.5,
    ),
    (
        "ru-tv-show-closed",
        "Шоу «Угадай мелодию детства» закрыто",
        "Рейтинги упали вдвое.",
        101.0,
    ),
    (
        "ru-club-fine",
        "«Текстильщик» оштрафован за файеры на трибуне",
        "Контрольно-дисциплинарный комитет назначил клубу штраф в 700 тысяч рублей и закрыл "
        "гостевую трибуну на один матч.",
        65.0,
    ),
    (
        "ru-club-fine",
        "Штраф и закрытая трибуна для «Текстильщика»",
        "Клуб наказали за пиротехнику болельщиков.",
        66.0,
    ),
    (
        "ru-coach-resign",
        "Главный тренер «Енисея-2» ушёл в отставку после трёх поражений",
        "Клуб расторг контракт с Олегом Сидоркиным по соглашению сторон, команду временно "
        "возглавит его помощник.",
        154.0,
    ),
    (
        "ru-tennis-title",
        "Полина Уварова выиграла турнир в Праге",
        "Двадцатилетняя теннисистка обыграла в финале сеяную под первым номером соперницу 6:4, "
        "7:6 и впервые поднимется в первую сотню рейтинга.",
        158.0,
    ),
    (
        "ru-tennis-title",
        "Уварова — чемпионка турнира в Праге",
        "Первый титул двадцатилетней теннисистки.",
        158.5,
    ),
    # --- German ---
    (
        "de-altenbrunn-etappe",
        "Lukas Fehr gewinnt vierte Etappe der Schwarzwald-Rundfahrt in Altenbrunn",
        "Der 26-Jährige setzte sich im Sprint einer fünfköpfigen Ausreißergruppe durch, das Gelbe "
        "Trikot bleibt beim Belgier Wout Denys.",
        63.0,
    ),
    (
        "de-altenbrunn-etappe",
        "Etappensieg für Fehr in Altenbrunn",
        "Sprint der Ausreißer entscheidet die vierte Etappe.",
        63.5,
    ),
    (
        "de-altenbrunn-etappe",
        "Fehr nach dem Sieg: „Ich habe an meine Oma gedacht“",
        "Der Freiburger widmete den ersten Profisieg seiner Großmutter, die am Ziel im Publikum "
        "stand und die Etappe auf einem Campingstuhl verfolgt hatte.",
        68.0,
    ),
    (
        "de-altenbrunn-etappe/sturzflut",
        "Sturzflut in Altenbrunn: Keller vollgelaufen, Straßen gesperrt",
        "Ein Gewitter mit mehr als 60 Litern Regen pro Quadratmeter in einer Stunde hat am späten "
        "Abend die Altstadt überflutet, die Feuerwehr war mit 200 Kräften im Einsatz.",
        71.5,
    ),
    (
        "de-altenbrunn-etappe/sturzflut",
        "Unwetter überflutet Altenbrunner Altstadt",
        "Feuerwehr mit 200 Kräften im Einsatz.",
        72.0,
    ),
    (
        "de-altenbrunn-etappe/sturzflut",
        "Nach der Sturzflut: Altenbrunn räumt auf, Schaden in Millionenhöhe",
        "Der Bürgermeister schätzt die Schäden an Häusern und Geschäften auf mindestens drei "
        "Millionen Euro und bittet das Land um Soforthilfe für die betroffenen Familien.",
        86.0,
    ),
    (
        "de-kessler-tour",
        "Jan Kessler kündigt Stadiontour für 2027 an",
        "Der Sänger will im nächsten Sommer in acht Stadien auftreten, darunter zweimal in "
        "Gelsenkirchen, der Vorverkauf beginnt am Freitag.",
        30.5,
    ),
    (
        "de-kessler-tour",
        "Kessler geht auf Stadiontour",
        "Acht Konzerte im Sommer 2027 angekündigt.",
        31.0,
    ),
    (
        "de-kessler-tour/klage",
        "Ehemaliger Manager verklagt Jan Kessler",
        "Der Musikmanager Rolf Brandauer fordert vor dem Landgericht Hamburg 2,3 Millionen Euro "
        "an Provisionen, die ihm nach der Trennung zugestanden hätten.",
        124.0,
    ),
    (
        "de-kessler-tour/klage",
        "Millionenklage gegen Sänger Kessler",
        "Der Ex-Manager fordert 2,3 Millionen Euro von dem Sänger.",
        124.5,
    ),
    (
        "de-kessler-tour/klage",
        "Kesslers Anwalt nennt Klage „haltlos“",
        "Die Forderungen seien längst durch einen Vergleich erledigt, erklärte der Anwalt des "
        "Sängers und kündigte an, eine Widerklage zu prüfen.",
        131.0,
    ),
    (
        "de-stimmwunder-finale",
        "Lea Marquardt gewinnt das Finale von „Stimmwunder“",
        "Die 19-jährige Friseurin aus Cottbus setzte sich in der Live-Show mit 41 Prozent der "
        "Zuschauerstimmen gegen drei Mitfinalisten durch.",
        23.0,
    ),
    (
        "de-stimmwunder-finale",
        "Marquardt ist das neue „Stimmwunder“",
        "Friseurin aus Cottbus gewinnt die Castingshow.",
        23.5,
    ),
    (
        "de-stimmwunder-finale/moderator",
        "Sender nimmt „Stimmwunder“-Moderator Tim Berger aus dem Programm",
        "Nach dem Auftauchen alter Beiträge in sozialen Netzwerken, in denen er sich abfällig "
        "über Frauen äußerte, wird Berger vorerst nicht mehr moderieren.",
        91.0,
    ),
    (
        "de-stimmwunder-finale/moderator",
        "Berger vorerst nicht mehr auf Sendung",
        "Sender reagiert auf alte Beiträge des Moderators.",
        91.5,
    ),
    (
        "de-lohberg-transfer",
        "SV Lohberg holt Stürmer Emre Kaya für zwölf Millionen",
        "Der 23-Jährige kommt aus der zweiten türkischen Liga und unterschreibt einen Vertrag bis "
        "2030, es ist der teuerste Zugang der Vereinsgeschichte.",
        35.0,
    ),
    (
        "de-lohberg-transfer",
        "Rekordtransfer: Kaya wechselt nach Lohberg",
        "Vertrag bis 2030 unterschrieben.",
        35.5,
    ),
    (
        "de-lohberg-transfer",
        "Kaya trainiert erstmals mit Lohberg",
        "Beim ersten Training des neuen Stürmers kamen mehr als 2000 Fans auf das Vereinsgelände, "
        "der Trainer sprach von einem ungewöhnlichen Tag für den Verein.",
        50.5,
    ),
    (
        "de-openair-gewitter",
        "Open Air am Seeufer wegen Gewitter abgebrochen",
        "Beim Festival in Plön mussten 15.000 Besucher das Gelände verlassen, als ein Unwetter "
        "mit Hagel aufzog, drei Menschen wurden leicht verletzt.",
        117.0,
    ),
    (
        "de-openair-gewitter",
        "Gewitter stoppt Festival in Plön",
        "Drei Menschen sind leicht verletzt, das Gelände wurde geräumt.",
        117.5,
    ),
    (
        "de-schauspielerin-tot",
        "Schauspielerin Helga Sommerfeld mit 91 Jahren gestorben",
        "Die Berlinerin stand mehr als sechzig Jahre auf der Bühne und wurde einem breiten "
        "Publikum als Mutter in der Serie „Haus am Kanal“ bekannt.",
        9.0,
    ),
    (
        "de-schauspielerin-tot",
        "Helga Sommerfeld ist tot",
        "Die Schauspielerin wurde 91 Jahre alt.",
        9.5,
    ),
    (
        "de-krimi-kommissarin",
        "Kommissarin Nadja Ruhl hört nach zwölf Jahren auf",
        "Die Darstellerin der Ermittlerin in der Sonntagskrimi-Reihe aus Kiel dreht im Herbst "
        "ihren letzten Fall, teilte der Sender mit.",
        98.5,
    ),
    (
        "de-krimi-kommissarin",
        "Abschied von Kommissarin Ruhl",
        "Die Darstellerin steigt nach zwölf Jahren aus.",
        99.0,
    ),
    (
        "de-fans-randale",
        "Randale nach Testspiel in Cottbusser Vorort",
        "Vermummte Anhänger griffen nach dem Spiel eine Gruppe von Gästefans an, die Polizei nahm "
        "elf Personen fest.",
        116.0,
    ),
    (
        "de-handball-trainer",
        "Handball: Frauen-Nationalteam bekommt neuen Trainer",
        "Der Däne Mikkel Aagaard übernimmt die Mannschaft nach der Weltmeisterschaft und "
        "unterschreibt einen Vertrag über drei Jahre.",
        77.0,
    ),
    (
        "de-handball-trainer",
        "Aagaard wird Bundestrainer der Frauen",
        "Dreijahresvertrag für den Dänen.",
        77.5,
    ),
    (
        "de-schwimm-rekord",
        "Schwimmerin Marie Kolb stellt deutschen Rekord über 400 Meter auf",
        "Bei den deutschen Meisterschaften in Berlin schlug die 18-Jährige nach 4:01,33 Minuten "
        "an und unterbot die alte Marke um mehr als eine Sekunde.",
        146.0,
    ),
    (
        "de-schwimm-rekord",
        "Deutscher Rekord für Kolb",
        "4:01,33 Minuten über 400 Meter Freistil.",
        146.5,
    ),
    (
        "de-hamburg-tennis",
        "Tennis: Felix Brandt gewinnt das Turnier am Rothenbaum",
        "Der 24-Jährige aus Augsburg besiegte im Finale den an Nummer zwei gesetzten Norweger in "
        "drei Sätzen und holt den ersten Titel auf Sand.",
        161.0,
    ),
    (
        "de-hamburg-tennis",
        "Brandt siegt am Rothenbaum",
        "Der erste Titel auf Sand für den Augsburger.",
        161.5,
    ),
    # --- French ---
    (
        "fr-montclavel-etape",
        "Critérium des Causses : Hugo Delmas s'impose à Montclavel",
        "Le grimpeur aveyronnais a lâché ses derniers compagnons d'échappée à trois kilomètres de "
        "l'arrivée et remporte la cinquième étape avec 24 secondes d'avance.",
        87.0,
    ),
    (
        "fr-montclavel-etape",
        "Delmas gagne à Montclavel",
        "Victoire en solitaire dans la cinquième étape.",
        87.5,
    ),
    (
        "fr-montclavel-etape",
        "« J'ai couru devant chez moi » : la joie de Delmas",
        "Le coureur, né à vingt kilomètres de l'arrivée, a salué sa famille au bord de la route "
        "et dit avoir reconnu la montée une dizaine de fois cet hiver.",
        92.0,
    ),
    (
        "fr-montclavel-etape/orage",
        "Orage violent à Montclavel : des rues transformées en torrents",
        "Quelques heures après l'arrivée de l'étape, un orage stationnaire a déversé l'équivalent "
        "d'un mois de pluie sur la commune, une trentaine de personnes ont été évacuées.",
        95.0,
    ),
    (
        "fr-montclavel-etape/orage",
        "Montclavel sous les eaux après un orage",
        "Une trentaine d'habitants évacués dans la nuit.",
        95.5,
    ),
    (
        "fr-montclavel-etape/orage",
        "Montclavel demande l'état de catastrophe naturelle",
        "Le maire a chiffré les dégâts à plusieurs millions d'euros et annoncé que l'école et la "
        "salle des fêtes resteront fermées jusqu'à la fin du mois.",
        110.0,
    ),
    (
        "fr-vernier-honneur",
        "Colette Vernier reçoit un trophée d'honneur pour l'ensemble de sa carrière",
        "L'actrice de 78 ans a été ovationnée par la salle lors de la soirée des Lumières de la "
        "scène, à Paris, pour plus d'un demi-siècle de théâtre et de cinéma.",
        44.5,
    ),
    (
        "fr-vernier-honneur",
        "Trophée d'honneur pour Colette Vernier",
        "Ovation pour l'actrice à la soirée des Lumières.",
        45.0,
    ),
    (
        "fr-vernier-honneur/accident",
        "Colette Vernier blessée dans un accident de la route",
        "La voiture qui transportait l'actrice a percuté un poids lourd sur l'autoroute près de "
        "Mâcon, elle souffre de plusieurs côtes cassées mais ses jours ne sont pas en danger.",
        129.0,
    ),
    (
        "fr-vernier-honneur/accident",
        "L'actrice Colette Vernier hospitalisée après un accident",
        "Plusieurs côtes cassées, pas de danger.",
        129.5,
    ),
    (
        "fr-vernier-honneur/accident",
        "Vernier reporte sa tournée théâtrale après son accident",
        "Son producteur a annoncé que les représentations prévues à la rentrée étaient décalées "
        "de deux mois, le temps de sa convalescence.",
        146.5,
    ),
    (
        "fr-saisons-basses-prix",
        "« Les Saisons basses » remporte le grand prix du festival de Port-Aubrac",
        "Le premier long métrage de Léa Fontanier, chronique d'une famille de saisonniers sur la "
        "côte, a été primé à l'unanimité par le jury.",
        5.5,
    ),
    (
        "fr-saisons-basses-prix",
        "Grand prix pour « Les Saisons basses »",
        "Le premier film de Léa Fontanier primé à Port-Aubrac.",
        6.0,
    ),
    (
        "fr-saisons-basses-prix/retrait",
        "« Les Saisons basses » retiré des salles belges",
        "Le distributeur a suspendu l'exploitation du film en Belgique après une plainte d'une "
        "famille qui affirme être reconnaissable dans le scénario sans avoir donné son accord.",
        78.0,
    ),
    (
        "fr-saisons-basses-prix/retrait",
        "Le film de Léa Fontanier déprogrammé en Belgique",
        "Une famille se dit reconnaissable dans le scénario.",
        78.5,
    ),
    (
        "fr-varennes-recrue",
        "Le FC Varennes recrute le milieu ivoirien Yao Kouamé",
        "Le club de Ligue 2 a bouclé le transfert du joueur de 21 ans pour quatre millions "
        "d'euros, un record pour le club.",
        52.0,
    ),
    (
        "fr-varennes-recrue",
        "Kouamé signe à Varennes",
        "Contrat de quatre ans pour le milieu ivoirien.",
        52.5,
    ),
    (
        "fr-varennes-recrue",
        "Kouamé : « Varennes, c'est un projet, pas un tremplin »",
        "Présenté à la presse, le nouveau milieu a assuré qu'il ne voyait pas le club comme une "
        "étape et qu'il voulait monter en Ligue 1 avec lui.",
        57.5,
    ),
    (
        "fr-concert-annule-nimes",
        "Le chanteur Arno Castel annule son concert aux arènes de Nîmes",
        "Souffrant d'une laryngite, l'artiste a renoncé à monter sur scène deux heures avant le "
        "début du spectacle, devant des milliers de spectateurs déjà installés.",
        114.0,
    ),
    (
        "fr-concert-annule-nimes",
        "Arno Castel annule à Nîmes",
        "Une laryngite prive les arènes de concert.",
        114.5,
    ),
    (
        "fr-concert-annule-nimes",
        "Arno Castel reviendra à Nîmes en septembre",
        "Le chanteur a fixé une nouvelle date au 21 septembre et présenté ses excuses au public, "
        "les billets restant valables.",
        134.0,
    ),
    (
        "fr-animatrice-depart",
        "L'animatrice Sophie Marcadet quitte la matinale après quinze ans",
        "La présentatrice a annoncé à l'antenne son départ de l'émission pour se consacrer à un "
        "nouveau projet de documentaire.",
        26.5,
    ),
    (
        "fr-animatrice-depart",
        "Sophie Marcadet quitte la matinale",
        "La présentatrice a annoncé son départ en direct, après quinze ans à l'antenne.",
        27.0,
    ),
    (
        "fr-chanteur-deces",
        "Mort du chanteur Gilbert Aubanel, voix des années 1970",
        "L'interprète de plusieurs tubes de l'été est mort à 83 ans dans sa maison de Provence, a "
        "annoncé sa famille.",
        102.0,
    ),
    (
        "fr-chanteur-deces",
        "Gilbert Aubanel est mort",
        "Le chanteur avait 83 ans.",
        102.5,
    ),
    (
        "fr-rugby-capitaine",
        "Rugby : le talonneur Mathis Ordonneau nommé capitaine des Bleus",
        "Le joueur de 27 ans succède au troisième ligne parti à la retraite et mènera l'équipe "
        "lors de la tournée d'automne.",
        69.0,
    ),
    (
        "fr-rugby-capitaine",
        "Ordonneau capitaine des Bleus",
        "Le talonneur succède au retraité.",
        69.5,
    ),
    (
        "fr-box-office-comedie",
        "Box-office : la comédie « Tonton à la plage » dépasse le million d'entrées",
        "Le film a franchi la barre en douze jours, le meilleur démarrage pour une comédie "
        "française depuis deux ans.",
        148.0,
    ),
    (
        "fr-stade-travaux",
        "Le stade de la Roseraie fermé un an pour travaux",
        "La ville a lancé la rénovation des tribunes, et le club résident jouera ses matchs à "
        "domicile dans une commune voisine jusqu'à l'été prochain.",
        17.5,
    ),
    (
        "fr-stade-travaux",
        "Un an de travaux au stade de la Roseraie",
        "Le club jouera ailleurs jusqu'à l'été prochain.",
        18.0,
    ),
    (
        "fr-chanteuse-mariage",
        "La chanteuse Inès Roubaud s'est mariée en secret dans le Luberon",
        "L'artiste a épousé son compagnon, un chef pâtissier, lors d'une cérémonie intime dans un "
        "village du Vaucluse, révèle sa maison de disques.",
        153.0,
    ),
    # --- Spanish ---
    (
        "es-olmedo-disco",
        "Dani Olmedo publica por sorpresa su nuevo disco, «Verano de ceniza»",
        "El cantante sevillano ha lanzado de madrugada un álbum de diez canciones que grabó en "
        "secreto en un cortijo de la sierra, sin adelantar ningún single.",
        80.0,
    ),
    (
        "es-olmedo-disco",
        "Nuevo disco sorpresa de Dani Olmedo",
        "«Verano de ceniza» ya está en las plataformas.",
        80.5,
    ),
    (
        "es-olmedo-disco",
        "Olmedo: «Quería que el disco llegara sin ruido»",
        "En una entrevista en la radio, el cantante explicó que solo su familia y los músicos "
        "sabían que existía el álbum y que lo dedica a su abuelo.",
        84.0,
    ),
    (
        "es-olmedo-disco/detenido",
        "Detenido el cantante Dani Olmedo tras una pelea en un bar de Triana",
        "La policía arrestó al artista por presuntas lesiones después de un altercado en el que "
        "resultó herido un camarero, según fuentes de la investigación.",
        90.5,
    ),
    (
        "es-olmedo-disco/detenido",
        "Dani Olmedo, detenido tras una pelea",
        "Un camarero resultó herido en el altercado.",
        91.0,
    ),
    (
        "es-olmedo-disco/detenido",
        "Olmedo queda en libertad con cargos y pide perdón",
        "El juez dejó en libertad al cantante con la obligación de comparecer cada quince días, y "
        "el artista publicó un mensaje en el que se disculpa con el camarero.",
        104.5,
    ),
    (
        "es-villacastro-juvenil",
        "El juvenil del Villacastro gana la Copa en el estadio de La Almunia",
        "El equipo sub-19 remontó en la segunda parte y venció 2-1 al Atlético Serrano ante más "
        "de seis mil espectadores en la final de la tarde.",
        110.0,
    ),
    (
        "es-villacastro-juvenil",
        "Copa para el juvenil del Villacastro",
        "Remontada por 2-1 en La Almunia.",
        110.5,
    ),
    (
        "es-villacastro-juvenil/desalojo",
        "Desalojan el estadio de La Almunia durante un concierto por un aviso de bomba",
        "Unas veinte mil personas tuvieron que abandonar el recinto en plena actuación del grupo "
        "Los Náufragos tras una llamada anónima, y la policía no encontró ningún explosivo.",
        119.0,
    ),
    (
        "es-villacastro-juvenil/desalojo",
        "Aviso de bomba en el concierto de Los Náufragos",
        "Desalojado el estadio de La Almunia.",
        119.5,
    ),
    (
        "es-villacastro-juvenil/desalojo",
        "Los Náufragos repetirán gratis el concierto interrumpido",
        "El grupo anunció que volverá a tocar en el mismo estadio en septiembre para quienes "
        "tenían entrada, y la policía investiga el origen de la llamada.",
        132.0,
    ),
    (
        "es-iriarte-record",
        "Carmen Iriarte bate el récord de España de los 100 metros",
        "La velocista vasca paró el crono en 11,01 segundos en la reunión de Castellón y rebajó "
        "en tres centésimas una marca que duraba catorce años.",
        20.0,
    ),
    (
        "es-iriarte-record",
        "Récord de España para Iriarte",
        "11,01 segundos en los 100 metros.",
        20.5,
    ),
    (
        "es-iriarte-record",
        "Iriarte: «No me lo creía hasta ver la pantalla»",
        "La atleta dijo tras la carrera que había salido con dudas por una molestia en el gemelo "
        "y que ahora su objetivo es bajar de los once segundos.",
        26.0,
    ),
    (
        "es-iriarte-record/localizacion",
        "Expedientan a Carmen Iriarte por no estar localizable en tres controles",
        "La agencia antidopaje abrió un procedimiento contra la plusmarquista de 100 metros, que "
        "se enfrenta a una suspensión de hasta dos años.",
        93.0,
    ),
    (
        "es-iriarte-record/localizacion",
        "Iriarte, expedientada por tres controles fallidos",
        "La atleta podría ser suspendida hasta dos años.",
        93.5,
    ),
    (
        "es-almenara-fichaje",
        "El CD Almenara ficha al delantero uruguayo Matías Rondán",
        "El club andaluz ha pagado seis millones de euros por el atacante de 24 años, que firma "
        "hasta 2029 y será presentado el lunes.",
        56.0,
    ),
    (
        "es-almenara-fichaje",
        "Rondán, nuevo delantero del Almenara",
        "Seis millones y contrato hasta 2029.",
        56.5,
    ),
    (
        "es-almenara-fichaje",
        "Rondán llega a Almenara entre cientos de aficionados",
        "El delantero fue recibido en el aeropuerto por una multitud y prometió goles en su "
        "primera visita al estadio.",
        73.5,
    ),
    (
        "es-actor-muere",
        "Muere el actor Fermín Ledesma a los 86 años",
        "El intérprete, conocido por sus papeles de villano en el cine de los años setenta, "
        "falleció en Madrid rodeado de su familia.",
        15.5,
    ),
    (
        "es-actor-muere",
        "Fallece Fermín Ledesma",
        "El actor tenía 86 años.",
        16.0,
    ),
    (
        "es-serie-renovada",
        "La serie «Hospital del Sur» tendrá una quinta temporada",
        "La plataforma ha confirmado la renovación tras batir su récord de audiencia con la "
        "cuarta entrega, estrenada en junio.",
        106.5,
    ),
    (
        "es-serie-renovada",
        "Quinta temporada para «Hospital del Sur»",
        "Renovación tras un récord de audiencia.",
        107.0,
    ),
    (
        "es-baloncesto-seleccion",
        "El seleccionador de baloncesto deja fuera a tres veteranos",
        "La lista para el torneo de preparación incluye a cinco jugadores sin experiencia "
        "internacional y prescinde del capitán.",
        47.0,
    ),
    (
        "es-festival-jazz",
        "El festival de jazz de San Lorenzo bate su récord de público",
        "La edición de este año ha reunido a 48.000 espectadores en cinco días, un veinte por "
        "ciento más que el año pasado, según los organizadores.",
        150.0,
    ),
    (
        "es-festival-jazz",
        "Récord de público en el jazz de San Lorenzo",
        "48.000 espectadores en cinco días.",
        150.5,
    ),
    (
        "es-tenista-retiro",
        "La tenista Nuria Cabello anuncia su retirada a los 33 años",
        "La exnúmero doce del mundo jugará su último torneo en octubre en Valencia, tras una "
        "temporada marcada por las lesiones de rodilla.",
        62.0,
    ),
    (
        "es-tenista-retiro",
        "Nuria Cabello se retira",
        "Último torneo en octubre.",
        62.5,
    ),
    (
        "es-tenista-retiro",
        "Cabello: «Mi rodilla ha decidido por mí»",
        "En una carta a sus seguidores, la tenista agradece a su primer entrenador y a sus padres "
        "el apoyo de dos décadas en el circuito.",
        68.5,
    ),
    # --- Italian ---
    (
        "it-valdomo-giovanili",
        "La Primavera del Valdomo vince il torneo giovanile al Comunale",
        "Nella finale del pomeriggio i ragazzi di mister Ferrini hanno battuto 3-0 il Borgo "
        "Ansedonia davanti a quattromila spettatori, con una doppietta di Nicolò Sanna.",
        39.0,
    ),
    (
        "it-valdomo-giovanili",
        "Torneo giovanile, trionfa il Valdomo",
        "Finale vinta 3-0 al Comunale.",
        39.5,
    ),
    (
        "it-valdomo-giovanili/evacuazione",
        "Allarme bomba al Comunale di Valdomo, evacuato il concerto",
        "In serata diecimila persone sono state fatte uscire dallo stadio durante l'esibizione "
        "del rapper Kairo dopo una telefonata anonima, ma gli artificieri non hanno trovato "
        "nulla.",
        46.0,
    ),
    (
        "it-valdomo-giovanili/evacuazione",
        "Valdomo, stadio evacuato durante il concerto",
        "Falso allarme bomba, nessun ordigno trovato.",
        46.5,
    ),
    (
        "it-marca-tappa",
        "Giro della Marca, Pietro Zanin vince la tappa di Poggio Santerno",
        "Il ventiquattrenne veneto ha staccato tutti sull'ultimo strappo e si è imposto con nove "
        "secondi di vantaggio, mentre la maglia rosa resta al francese Morel.",
        135.0,
    ),
    (
        "it-marca-tappa",
        "Zanin vince a Poggio Santerno",
        "Attacco sull'ultimo strappo e tappa conquistata.",
        135.5,
    ),
    (
        "it-marca-tappa",
        "Zanin in lacrime: «Dedico la vittoria al mio paese»",
        "Il corridore, cresciuto a pochi chilometri dal traguardo, ha detto di aver sentito il "
        "tifo dei compaesani per tutta la salita finale.",
        138.0,
    ),
    (
        "it-marca-tappa/nubifragio",
        "Nubifragio su Poggio Santerno, strade come fiumi e cantine allagate",
        "Poche ore dopo l'arrivo della corsa un temporale violentissimo si è abbattuto sul paese, "
        "i vigili del fuoco hanno soccorso una ventina di famiglie.",
        142.0,
    ),
    (
        "it-marca-tappa/nubifragio",
        "Poggio Santerno sott'acqua dopo il temporale",
        "Venti famiglie soccorse dai vigili del fuoco.",
        142.5,
    ),
    (
        "it-marca-tappa/nubifragio",
        "Poggio Santerno conta i danni, chiesto lo stato di emergenza",
        "Il sindaco ha parlato di danni per almeno due milioni di euro e ha chiesto alla Regione "
        "lo stato di emergenza per le frazioni più colpite.",
        156.0,
    ),
    (
        "it-voce-nuova-finale",
        "Giulia Cortesi vince la finale di «Voce Nuova»",
        "La cantante ventenne di Bari ha conquistato il televoto con il 38 per cento delle "
        "preferenze nella diretta di mercoledì sera.",
        70.0,
    ),
    (
        "it-voce-nuova-finale",
        "«Voce Nuova», vince Giulia Cortesi",
        "La cantante di Bari trionfa al televoto della finale.",
        70.5,
    ),
    (
        "it-voce-nuova-finale/conduttore",
        "«Voce Nuova», sospeso il conduttore Max Ruggeri",
        "La rete ha sospeso il presentatore del talent dopo la diffusione di un audio in cui "
        "insultava una concorrente eliminata, e ha aperto un'indagine interna.",
        128.0,
    ),
    (
        "it-voce-nuova-finale/conduttore",
        "Sospeso Max Ruggeri",
        "Sospeso il conduttore del talent per gli insulti a una concorrente.",
        128.5,
    ),
    (
        "it-voce-nuova-finale/conduttore",
        "Ruggeri si scusa: «Parole indegne, mi faccio da parte»",
        "Il conduttore ha diffuso un video in cui chiede scusa alla concorrente e annuncia che "
        "non condurrà la prossima edizione del programma.",
        138.0,
    ),
    (
        "it-lomellina-acquisto",
        "La Virtus Lomellina ingaggia il difensore belga Jens Verhoef",
        "Il club di Serie B ha chiuso l'operazione con un contratto triennale, mentre la cifra "
        "del trasferimento non è stata resa nota.",
        105.0,
    ),
    (
        "it-lomellina-acquisto",
        "Verhoef alla Virtus Lomellina",
        "Contratto di tre anni per il difensore.",
        105.5,
    ),
    (
        "it-cantante-morto",
        "È morto il cantautore Renzo Albani, aveva 80 anni",
        "Autore di canzoni d'amore che hanno segnato gli anni Settanta, si è spento nella sua "
        "casa sul lago dopo una lunga malattia.",
        42.0,
    ),
    (
        "it-cantante-morto",
        "Addio a Renzo Albani",
        "Il cantautore aveva 80 anni.",
        42.5,
    ),
    (
        "it-cantante-morto",
        "Camera ardente per Albani nel teatro della sua città",
        "Migliaia di persone sono attese venerdì per l'ultimo saluto al cantautore, che sarà "
        "sepolto nel cimitero del paese natale.",
        60.0,
    ),
    (
        "it-concerto-annullato",
        "Annullato il concerto dei Corvi Bianchi all'Arena di Castelvetro",
        "Il gruppo ha cancellato la data a causa del vento forte previsto per la serata, e i "
        "biglietti saranno rimborsati entro trenta giorni.",
        9.0,
    ),
    (
        "it-concerto-annullato",
        "Corvi Bianchi, salta il concerto",
        "Colpa del vento previsto in serata.",
        9.5,
    ),
    (
        "it-pallavolo-ct",
        "Pallavolo, Lorenzo Guidi è il nuovo ct della nazionale femminile",
        "L'allenatore toscano, campione d'Italia con il suo club, ha firmato fino alle Olimpiadi "
        "e guiderà la squadra già agli Europei.",
        124.0,
    ),
    (
        "it-fiction-rinnovata",
        "«Il maresciallo di Borgofranco» confermato per la settima stagione",
        "La fiction più vista dell'ultima stagione televisiva tornerà in autunno del prossimo "
        "anno con dieci nuove puntate.",
        96.0,
    ),
    (
        "it-fiction-rinnovata",
        "Settima stagione per il maresciallo",
        "La fiction tornerà con dieci puntate.",
        96.5,
    ),
    (
        "it-tennis-titolo",
        "Tennis, Alessio Danti vince il torneo di Umago",
        "Il diciannovenne romano ha battuto in finale il numero tre del seeding e conquista il "
        "primo titolo della carriera.",
        157.0,
    ),
    (
        "it-tennis-titolo",
        "Primo titolo per Danti",
        "Il romano vince in finale a Umago.",
        157.5,
    ),
    (
        "it-tennis-titolo",
        "Danti: «Ho giocato senza pensare al risultato»",
        "Dopo la finale il giovane tennista ha raccontato di aver dormito poco e ringraziato il "
        "suo allenatore, con lui da quando aveva otto anni.",
        160.0,
    ),
    # --- Portuguese ---
    (
        "pt-brandao-album",
        "Tiago Brandão lança novo álbum sem aviso prévio",
        "O cantor lisboeta publicou durante a madrugada «Cais das Gaivotas», um disco de onze "
        "temas gravado em segredo numa casa no Alentejo.",
        129.0,
    ),
    (
        "pt-brandao-album",
        "Novo álbum surpresa de Tiago Brandão",
        "«Cais das Gaivotas» já está disponível.",
        129.5,
    ),
    (
        "pt-brandao-album",
        "Brandão explica o segredo: «Queria que a música falasse primeiro»",
        "Numa entrevista à rádio, o cantor contou que nem a editora conhecia as canções até à "
        "última semana e que o disco é dedicado à mãe.",
        133.0,
    ),
    (
        "pt-brandao-album/detido",
        "Tiago Brandão detido após desacatos numa discoteca do Porto",
        "O cantor foi detido pela PSP ao início da noite depois de uma discussão em que um "
        "segurança ficou ferido, e passou a noite numa esquadra.",
        139.0,
    ),
    (
        "pt-brandao-album/detido",
        "Cantor Tiago Brandão detido no Porto",
        "Um segurança ficou ferido na discussão.",
        139.5,
    ),
    (
        "pt-brandao-album/detido",
        "Brandão sai em liberdade com termo de identidade e residência",
        "Ouvido por um juiz, o cantor ficou sujeito à medida de coação mais leve e pediu desculpa "
        "ao segurança numa mensagem publicada nas redes sociais.",
        155.0,
    ),
    (
        "pt-alvarim-digressao",
        "Fadista Marta Alvarim anuncia digressão por vinte cidades",
        "A cantora vai percorrer o país e a Europa entre outubro e dezembro, com dois concertos "
        "no Coliseu de Lisboa a fechar a digressão.",
        28.0,
    ),
    (
        "pt-alvarim-digressao",
        "Marta Alvarim parte em digressão",
        "Vinte cidades entre outubro e dezembro.",
        28.5,
    ),
    (
        "pt-alvarim-digressao",
        "Alvarim: «Esta digressão é um regresso às casas de fado»",
        "A fadista disse que quis incluir salas pequenas no roteiro para reencontrar o público "
        "com quem começou a cantar.",
        34.5,
    ),
    (
        "pt-alvarim-digressao/processo",
        "Antigo agente processa Marta Alvarim",
        "O empresário Rui Vasconcelos pede à fadista 900 mil euros, alegando que ela rompeu o "
        "contrato de agenciamento sem aviso e ficou com receitas de concertos.",
        101.0,
    ),
    (
        "pt-alvarim-digressao/processo",
        "Alvarim alvo de processo de 900 mil euros",
        "Antigo agente alega rutura do contrato.",
        101.5,
    ),
    (
        "pt-mare-baixa-premio",
        "«Maré Baixa» vence o grande prémio do festival de Vila Serrana",
        "O filme de Joana Pires, sobre uma aldeia de pescadores à espera do regresso de um barco, "
        "conquistou o júri e o prémio do público.",
        58.0,
    ),
    (
        "pt-mare-baixa-premio",
        "Grande prémio para «Maré Baixa»",
        "O filme de Joana Pires vence em Vila Serrana.",
        58.5,
    ),
    (
        "pt-mare-baixa-premio/retirado",
        "«Maré Baixa» retirado das salas por disputa de direitos",
        "A distribuidora suspendeu a estreia comercial do filme depois de um compositor reclamar "
        "os direitos de uma das canções da banda sonora.",
        148.0,
    ),
    (
        "pt-mare-baixa-premio/retirado",
        "Estreia de «Maré Baixa» suspensa",
        "Compositor reclama direitos de uma canção.",
        148.5,
    ),
    (
        "pt-ribamar-reforco",
        "Académico de Ribamar contrata avançado brasileiro Caio Menezes",
        "O clube pagou três milhões de euros pelo jogador de 22 anos, que assina por quatro "
        "épocas e é a maior contratação da sua história.",
        76.5,
    ),
    (
        "pt-ribamar-reforco",
        "Caio Menezes reforça o Ribamar",
        "Contrato de quatro épocas.",
        77.0,
    ),
    (
        "pt-ribamar-reforco",
        "Menezes promete golos na apresentação em Ribamar",
        "Perante centenas de adeptos, o avançado disse que escolheu o clube para crescer e que o "
        "objetivo é a Europa.",
        95.0,
    ),
    (
        "pt-volta-etapa",
        "Volta: Rui Catarino vence etapa na Serra da Estrela",
        "O ciclista da casa atacou a seis quilómetros da meta e ganhou isolado a etapa rainha, "
        "subindo ao segundo lugar da geral.",
        111.0,
    ),
    (
        "pt-volta-etapa",
        "Catarino ganha na Serra da Estrela",
        "Vitória isolada na etapa rainha.",
        111.5,
    ),
    (
        "pt-ator-morre",
        "Morreu o ator Artur Mesquita aos 89 anos",
        "Figura do teatro de revista e de várias novelas, o ator morreu num hospital de Lisboa, "
        "anunciou a família.",
        47.5,
    ),
    (
        "pt-ator-morre",
        "Artur Mesquita morre aos 89 anos",
        "O ator morreu num hospital de Lisboa.",
        48.0,
    ),
    (
        "pt-surf-titulo",
        "Surfista Inês Correia vence etapa do circuito mundial em Peniche",
        "A portuguesa derrotou a campeã do mundo na final, com uma onda de 9,3 pontos nos últimos "
        "minutos da bateria.",
        164.0,
    ),
    (
        "pt-surf-titulo",
        "Inês Correia vence em Peniche",
        "Onda de 9,3 pontos decide a final.",
        164.5,
    ),
    (
        "pt-novela-fim",
        "Novela «Terra de Marés» termina com recorde de audiência",
        "O último episódio foi visto por mais de dois milhões de espectadores, a maior audiência "
        "de uma novela em cinco anos.",
        8.0,
    ),
    (
        "pt-festival-esgotado",
        "Festival do Sudoeste Serrano esgota os três dias",
        "A organização anunciou que já não há bilhetes para nenhum dos dias do festival, que se "
        "realiza em agosto com quarenta concertos.",
        119.0,
    ),
    (
        "pt-festival-esgotado",
        "Festival esgotado",
        "Não há bilhetes para nenhum dos três dias.",
        119.5,
    ),
    # --- Dutch ---
    (
        "nl-van-dalen-oeuvre",
        "Acteur Joris van Dalen krijgt oeuvreprijs voor zijn hele loopbaan",
        "De 74-jarige toneelspeler kreeg de prijs op het gala van de Gouden Spiegel in Utrecht en "
        "werd met een staande ovatie ontvangen.",
        69.0,
    ),
    (
        "nl-van-dalen-oeuvre",
        "Oeuvreprijs voor Joris van Dalen",
        "Staande ovatie op het gala in Utrecht.",
        69.5,
    ),
    (
        "nl-van-dalen-oeuvre",
        "Van Dalen: 'Ik sta nog elke avond met knikkende knieën op het toneel'",
        "In zijn dankwoord vertelde de acteur dat hij na vijftig jaar nog steeds plankenkoorts "
        "heeft en bedankte hij de souffleuse van zijn eerste gezelschap.",
        75.0,
    ),
    (
        "nl-van-dalen-oeuvre/ongeluk",
        "Joris van Dalen gewond bij auto-ongeluk op de A12",
        "De acteur zat naast de bestuurder toen de auto bij Woerden op een vrachtwagen botste, "
        "hij is met een gebroken been naar het ziekenhuis gebracht.",
        95.0,
    ),
    (
        "nl-van-dalen-oeuvre/ongeluk",
        "Van Dalen gewond na botsing",
        "Gebroken been voor de acteur na ongeluk bij Woerden.",
        95.5,
    ),
    (
        "nl-van-dalen-oeuvre/ongeluk",
        "Voorstellingen van Van Dalen geschrapt na ongeluk",
        "Het gezelschap annuleert de zomervoorstellingen in het Vondelpark, omdat de acteur zeker "
        "zes weken niet kan spelen.",
        109.0,
    ),
    (
        "nl-zing-finale",
        "Sanne Hoekstra wint finale van Zing Je Rijk",
        "De 21-jarige verpleegkundige uit Leeuwarden kreeg bijna de helft van de stemmen van de "
        "kijkers en wint een platencontract.",
        118.0,
    ),
    (
        "nl-zing-finale",
        "Sanne Hoekstra winnaar Zing Je Rijk",
        "De verpleegkundige uit Leeuwarden is de winnaar van de finale.",
        118.5,
    ),
    (
        "nl-zing-finale/presentator",
        "Presentator Zing Je Rijk op non-actief na klachten van medewerkers",
        "De omroep heeft presentator Ruud Kempers geschorst nadat meerdere medewerkers melding "
        "maakten van intimiderend gedrag achter de schermen.",
        155.0,
    ),
    (
        "nl-zing-finale/presentator",
        "Ruud Kempers op non-actief gezet",
        "Omroep onderzoekt klachten over zijn gedrag.",
        155.5,
    ),
    (
        "nl-ouwerkerk-record",
        "Femke Ouwerkerk verbetert Nederlands record op de 200 meter",
        "De sprintster liep in Hengelo 22,14 seconden en was daarmee ruim een tiende sneller dan "
        "het oude record uit 2019.",
        18.0,
    ),
    (
        "nl-ouwerkerk-record",
        "Nederlands record voor Ouwerkerk",
        "22,14 seconden op de 200 meter in Hengelo.",
        18.5,
    ),
    (
        "nl-ouwerkerk-record",
        "Ouwerkerk na recordrace: 'Ik dacht dat de klok kapot was'",
        "De sprintster vertelde na afloop dat ze de tijd pas geloofde toen haar trainer het haar "
        "twee keer had gezegd.",
        24.5,
    ),
    (
        "nl-ouwerkerk-record/whereabouts",
        "Sprintster Ouwerkerk mogelijk geschorst wegens drie gemiste dopingcontroles",
        "De Dopingautoriteit heeft een zaak aangespannen tegen de recordhouder, die drie keer "
        "niet op het opgegeven adres was toen controleurs aanbelden.",
        84.0,
    ),
    (
        "nl-ouwerkerk-record/whereabouts",
        "Dopingzaak tegen Ouwerkerk",
        "Drie keer niet thuis bij controle.",
        84.5,
    ),
    (
        "nl-ouwerkerk-record/whereabouts",
        "Ouwerkerk ontkent: 'Ik heb mijn adres altijd doorgegeven'",
        "In een verklaring zegt de sprintster dat een fout in de app de oorzaak is en dat ze de "
        "zaak tot het einde zal aanvechten.",
        97.5,
    ),
    (
        "nl-heerewaarde-transfer",
        "SC Heerewaarde haalt Deense spits Mads Holm",
        "De club betaalt ruim vijf miljoen euro voor de 22-jarige aanvaller, een clubrecord, en "
        "hij tekent een contract voor vier jaar.",
        32.5,
    ),
    (
        "nl-heerewaarde-transfer",
        "Holm naar Heerewaarde",
        "Clubrecord voor de Deense spits.",
        33.0,
    ),
    (
        "nl-heerewaarde-transfer",
        "Holm: 'Heerewaarde wil iets opbouwen, dat spreekt me aan'",
        "Bij zijn presentatie zei de spits dat hij een gesprek met de trainer doorslaggevend vond "
        "en dat hij hoopt op Europees voetbal.",
        54.0,
    ),
    (
        "nl-concert-afgelast",
        "Concert van De Kraaien in Goffertpark afgelast door hitte",
        "De organisatie blaast het optreden voor 40.000 bezoekers af omdat het KNMI code oranje "
        "voor hitte heeft afgegeven.",
        61.0,
    ),
    (
        "nl-concert-afgelast",
        "De Kraaien zeggen concert af",
        "Code oranje voor hitte in Nijmegen.",
        61.5,
    ),
    (
        "nl-concert-afgelast",
        "Nieuwe datum voor De Kraaien in het Goffertpark",
        "Het afgelaste concert wordt op 29 augustus ingehaald, de kaartjes blijven geldig en wie "
        "niet kan, krijgt zijn geld terug.",
        80.5,
    ),
    (
        "nl-zanger-overleden",
        "Zanger Henk Wolters overleden",
        "De volkszanger, bekend van zijn meezingers over de Jordaan, is op 79-jarige leeftijd in "
        "zijn woonplaats overleden.",
        6.5,
    ),
    (
        "nl-zanger-overleden",
        "Henk Wolters (79) overleden",
        "De volkszanger is in zijn woonplaats overleden.",
        7.0,
    ),
    (
        "nl-hockey-coach",
        "Hockeysters krijgen nieuwe bondscoach",
        "De Australiër Craig Benton neemt na de zomer het stokje over en heeft een contract tot "
        "en met de volgende Spelen.",
        88.0,
    ),
    (
        "nl-serie-stopt",
        "Dramaserie Het Dijkhuis stopt na zes seizoenen",
        "De omroep maakt bekend dat het komende seizoen het laatste wordt, omdat de makers het "
        "verhaal willen afronden.",
        101.0,
    ),
    (
        "nl-serie-stopt",
        "Het Dijkhuis stopt ermee",
        "Komend seizoen is het laatste.",
        101.5,
    ),
    (
        "nl-wielrenner-etappe",
        "Daan Visscher wint rit in Ronde van Oostenrijk",
        "De Brabander sprintte in Innsbruck naar zijn eerste overwinning als prof en nam een "
        "seconde bonificatie mee in het klassement.",
        159.0,
    ),
    (
        "nl-wielrenner-etappe",
        "Eerste profzege Visscher",
        "Ritwinst in Innsbruck voor de Brabander.",
        159.5,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    (
        "a singer's surprise album released in the morning and the same singer arrested after a "
        "bar fight that evening"
    ): ("en-verity-album/arrest", "es-olmedo-disco/detenido", "pt-brandao-album/detido"),
    (
        "a youth cup final at a stadium in the afternoon and a concert at the same stadium "
        "evacuated over a bomb hoax that night"
    ): (
        "ru-lesogorsk-youth-final/concert-evacuated",
        "es-villacastro-juvenil/desalojo",
        "it-valdomo-giovanili/evacuazione",
    ),
    ("a cycling stage finishing in a town and a flash flood in the same town hours later"): (
        "de-altenbrunn-etappe/sturzflut",
        "fr-montclavel-etape/orage",
        "it-marca-tappa/nubifragio",
    ),
    (
        "an actor's lifetime-achievement award and the same actor hurt in a road accident one to "
        "four days later"
    ): ("en-calloway-award/crash", "fr-vernier-honneur/accident", "nl-van-dalen-oeuvre/ongeluk"),
    (
        "a singer's tour announced and a former manager's lawsuit against the same singer days "
        "later"
    ): ("ru-zorina-tour/lawsuit", "de-kessler-tour/klage", "pt-alvarim-digressao/processo"),
    (
        "a TV talent show's live final and the same show's host taken off air one to three days "
        "later"
    ): (
        "de-stimmwunder-finale/moderator",
        "it-voce-nuova-finale/conduttore",
        "nl-zing-finale/presentator",
    ),
    (
        "a sprinter's national record and the same sprinter charged over missed drug tests days "
        "later"
    ): (
        "en-oduya-record/missed-tests",
        "es-iriarte-record/localizacion",
        "nl-ouwerkerk-record/whereabouts",
    ),
    (
        "a film's festival prize and the same film pulled from cinemas over a rights or privacy "
        "complaint days later"
    ): (
        "ru-tikhaya-voda-prize/pulled",
        "fr-saisons-basses-prix/retrait",
        "pt-mare-baixa-premio/retirado",
    ),
}
