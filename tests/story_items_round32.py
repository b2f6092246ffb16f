"""A thirty-second check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of round 25: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. The set spans a week (5.0 to 166.0 hours).
It is a sport and culture week: match previews and reports, transfers, injuries and bans, stage
races, tennis and chess rounds, festivals, concerts, exhibitions, book and screen prizes. It
holds 286 items under 128 labels: 104 stories and 24 hard negatives; 43 labels in English (96
items, about a third of them), 13 in French, 12 in German, Spanish, Italian, Portuguese, Dutch
and Russian. 74 labels have two copies, 42 have three, none more than three; 12 are told by one
outlet. Copies of one event are minutes to hours apart (a flash or teaser first, then a report,
a review or a quote-led reaction piece: a coach's, a player's or an artist's words hours later),
and six labels have a copy 12 or more hours after the first (Okafor's manager, the Salcedo
coach, the Quiroga interview, the Corbière curator, the Scardino review, the Lykov coach). No
story's copies are more than 16 hours apart, so every story sits inside the 48-hour window.

What is new: eight kinds of hard negative, none of them in the categories of earlier rounds,
three each, each placed as far from its story as the two events would really be. One music
festival's two evenings with different headliners (24 hours: Linnmoor, Duinrock, Ribeira
Sonora); one artist's tour dates and the same artist's album news (59.5 to 96 hours: Jonah Ellis,
Lise Marchal, Rocco Vallardi); a player's injury and the same player's contract extension (66 to
96 hours: Okafor, Salcedo, Лыков); a museum's exhibition opening and the same museum's purchase
of a painting (27 to 78 hours: Kunsthalle Wendorf, Saint-Orvel, Het Veenhuis); one club's
women's and men's teams playing on one weekend (24 hours: SV Rotbach, Atlético Valdebrío, CD
Montalvo); an orchestra's concert and its chief conductor's departure (32 to 71.5 hours:
Gerstadt, Valtrebbia, Белогорск); one stage race's two stages on consecutive days (24 hours:
Haut-Vernois, Colline Ferrane, Veenland); one player's two rounds of one tournament (24 to 52
hours: Arévalo at Sierramar, Matoso at Porto Alvo, Крюкова at Нижнеборск). Fourteen hard
negatives fall within 48 hours of their story, ten beyond it. Each shares with its story the
name, the club, the venue or the event's title, and often a number's neighbour (a date, a fee,
a crowd), which is exactly what a sport or culture desk's two pieces about one actor share.

Copies share what real coverage shares (a place, a name, the key number, the event noun), in
their own words: numbers change format (£6.5m / £6.5 million / 6.5 million pounds, 22,000 /
22k / 22 thousand, 2:21:08 / 2hr 21min 8sec, 1,2 Millionen / 1,2 Mio., 12 millions / 12 M€,
3 millones / 3 M€ / tres millones, 7,5 milhões / sete milhões e meio, 30 mil / trinta mil,
18.000 / 18 duizend, 1.800 / 1800, 2 млн / два миллиона, 80 / восемьдесят), names change form
(Dele Okafor, Okafor, "the 11-goal forward"; Iker Salcedo, Iker, "su goleador"; Rocco
Vallardi, Vallardi; Артём Лыков, Лыков, "форварда"), and 116 stories and hard negatives have
a teaser copy whose lead is under 80 characters beside a fuller copy.

What "same story" means here: one event (one match, one stage, one round, one transfer, one
injury, one ban, one concert, one festival evening, one opening, one purchase, one prize, one
tour announcement, one cancellation) in its news cycle, including the reaction piece hours
later. Not the same story: another event with the same actor, club, festival, museum, orchestra
or race. A label with a suffix after a slash is a hard negative of the story before the slash
(categories in `HARD_NEGATIVES`). Many unrelated stories share a town or club on purpose, as a
sport page does: Moorfield's takeover, its fine and the Vance sale; Harford's stand and Okafor;
Dunharrow's sacked manager and the Portsea preview; Kelsham's semi-final and its postponed trip
to Lowther; Brackwater's film festival and Ellis's tour; Redbridge's Vance signing and its
renamed ground; Norbridge's Kai Lowe, The Anchor and its netball club; Vauclair's tour opening,
its match and its comic festival; Castelmarino's Vallardi, Bessi and Fornasari; Pontalba's
Ardito and its derby; Alvorim's festival, Calado and its tiles; SC Lindemeer's Verhoef signing
and the match he scores in; Oosthaven's musical, its defeat and its venue; Белогорск's
orchestra, its exhibition and its theatre; Нижнеборск's chess and biathlon; «Металлист»'s Лыков
and Громов. Ten of the twelve one-outlet stories sit in a town or club another story names,
so they can only be merged falsely.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, clubs, festivals, museums, orchestras and prizes are invented here; real bodies
appear only as backdrop (the World Cup circuit in skiing).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 25's docstring and first items were read for the
format only; earlier sets were compared by script for clashing labels and texts), and never run
through the merging code before its one scoring run (`python -m bench.stories --round32`),
which is to be done once. Once its errors have been read it is no longer a clean check: say so
beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-fest-linnmoor",
        "Copper Lanterns open Linnmoor Festival before 22,000",
        "The Copper Lanterns played a two-hour set to open the Linnmoor Festival on Friday "
        "night, with organisers putting the crowd on the main field at 22,000.",
        116.5,
    ),
    (
        "en-fest-linnmoor",
        "Linnmoor Festival under way",
        "Copper Lanterns headline the first night in front of 22k.",
        117.2,
    ),
    (
        "en-fest-linnmoor",
        "Review: the Copper Lanterns make Linnmoor's opening night their own",
        "Frontwoman Hetty Crane closed the festival's first evening with the new single and "
        "three encores, and the 22 thousand-strong field sang every word back at her.",
        128.0,
    ),
    (
        "en-fest-linnmoor/saturday",
        "Mara Quill draws biggest Linnmoor crowd on Saturday",
        "Singer Mara Quill headlined the second night of the Linnmoor Festival, playing her "
        "debut album in full to a field organisers said held 24,500 people.",
        140.5,
    ),
    (
        "en-fest-linnmoor/saturday",
        "Quill tops the bill on Linnmoor's second night",
        "Saturday belonged to Mara Quill and a 24,500 crowd.",
        141.3,
    ),
    (
        "en-tour-ellis",
        "Jonah Ellis announces 14-date arena tour",
        "Singer-songwriter Jonah Ellis will play 14 arena dates next spring, starting at the "
        "Brackwater Arena on 3 March, with tickets on sale from Friday.",
        10.0,
    ),
    (
        "en-tour-ellis",
        "Ellis tour confirmed",
        "Fourteen dates, first night in Brackwater on March 3.",
        10.3,
    ),
    (
        "en-tour-ellis",
        "Brackwater to host opening night of Ellis's spring tour",
        "The city's arena gets the first of Jonah Ellis's fourteen shows; a venue spokesman "
        "said the date was likely to sell out within hours of going on sale.",
        13.5,
    ),
    (
        "en-tour-ellis/album",
        "Jonah Ellis pushes back new album to May",
        "The release of Low Tide Radio, Jonah Ellis's fourth studio album, has been moved from "
        "February to May because of a change of label, his management said on Thursday.",
        82.0,
    ),
    (
        "en-tour-ellis/album",
        "Ellis album delayed",
        "The record is now due out in May, after a change of label.",
        83.1,
    ),
    (
        "en-injury-okafor",
        "Harford City's Okafor out for ten weeks",
        "Striker Dele Okafor has torn a hamstring and will miss about ten weeks, Harford City "
        "said on Tuesday, ruling him out of the rest of the year's fixtures.",
        30.0,
    ),
    (
        "en-injury-okafor",
        "Okafor injury blow for Harford",
        "Top scorer sidelined with a hamstring tear until the new year.",
        30.4,
    ),
    (
        "en-injury-okafor",
        "'We will miss his goals': Harford boss on Okafor",
        "Manager Ian Corrigan said losing the 11-goal forward for two and a half months was the "
        "hardest news of his season but insisted the squad had cover.",
        44.0,
    ),
    (
        "en-injury-okafor/contract",
        "Okafor signs new Harford City deal to 2030",
        "Dele Okafor has agreed a contract extension that keeps him at Harford City until the "
        "summer of 2030, the club announced, days after he was told he faced weeks out injured.",
        100.0,
    ),
    (
        "en-injury-okafor/contract",
        "Injured Okafor commits future to Harford",
        "The striker puts pen to paper on a deal running to 2030.",
        101.2,
    ),
    (
        "en-cup-kelsham",
        "Kelsham Town into County Shield final",
        "Kelsham Town beat Abbeyfield 3-1 in Tuesday night's County Shield semi-final, with two "
        "goals from substitute Rhys Bowden in the last ten minutes.",
        45.0,
    ),
    (
        "en-cup-kelsham",
        "Kelsham win 3-1 at Abbeyfield",
        "Bowden double sends Kelsham to the final.",
        45.3,
    ),
    (
        "en-cup-kelsham",
        "Prentice hails Kelsham's 'bench that won a semi'",
        "Kelsham Town manager Gail Prentice said her substitutes had decided the 3-1 win at "
        "Abbeyfield and that the club would hand a thousand final tickets to local schools.",
        56.0,
    ),
    (
        "en-preview-portsea",
        "Portsea Albion boss says squad fit for Dunharrow visit",
        "Portsea Albion manager Colin Redfern has no fresh injury worries before Saturday's "
        "home game against Dunharrow and expects to name an unchanged side.",
        90.0,
    ),
    (
        "en-preview-portsea",
        "Preview: Portsea Albion v Dunharrow",
        "Unchanged Portsea host a Dunharrow side in search of a new manager.",
        92.0,
    ),
    (
        "en-transfer-vance",
        "Redbridge Athletic sign Callum Vance for £6.5m",
        "Redbridge Athletic have signed midfielder Callum Vance from Moorfield for a fee of "
        "£6.5 million on a four-and-a-half-year contract.",
        20.0,
    ),
    (
        "en-transfer-vance",
        "Vance completes Redbridge move",
        "Midfielder joins from Moorfield in a £6.5m deal.",
        20.5,
    ),
    (
        "en-transfer-vance",
        "Moorfield fans angry as Vance leaves for 6.5 million pounds",
        "Supporters' trust chair Lorna Hibbert said selling the club's captain to a league "
        "rival in the middle of the season showed the owners had no plan.",
        27.0,
    ),
    (
        "en-boxing-ashdown",
        "Tia Ashdown wins European featherweight title",
        "Tia Ashdown became European featherweight champion on Saturday night, stopping Italy's "
        "Carla Benni in the ninth round at the Carrow Arena.",
        141.0,
    ),
    (
        "en-boxing-ashdown",
        "Ashdown stops Benni in nine rounds",
        "The Carrow fighter is European champion at 26.",
        142.0,
    ),
    (
        "en-cricket-westholt",
        "Samaraweera hits 212 as Westholt dominate",
        "Opener Priya Samaraweera made a career-best 212 for Westholt on the second day of "
        "their match against Lowther, batting for almost seven hours.",
        60.0,
    ),
    (
        "en-cricket-westholt",
        "Double century for Westholt opener",
        "Samaraweera's 212 is the highest score of her career.",
        61.0,
    ),
    (
        "en-rugby-hale",
        "Lock Fergus Hale banned for four weeks",
        "Fergus Hale of Carrow Vale RFC has been suspended for four weeks after a disciplinary "
        "panel found his tackle on Saturday was dangerous and reckless.",
        35.0,
    ),
    (
        "en-rugby-hale",
        "Four-week ban for Carrow Vale lock",
        "Hale will miss the club's next four league games.",
        36.0,
    ),
    (
        "en-rugby-hale",
        "Carrow Vale to appeal against Hale suspension",
        "The club said the panel had ignored video evidence and would lodge an appeal against "
        "the four-match ban handed to its second-row forward.",
        38.5,
    ),
    (
        "en-marathon-caldbeck",
        "Esther Wanjiru breaks Caldbeck Marathon record",
        "Esther Wanjiru won the Caldbeck Marathon on Sunday in 2:21:08, beating the course "
        "record by more than a minute in cold and still conditions.",
        155.0,
    ),
    (
        "en-marathon-caldbeck",
        "Caldbeck course record falls",
        "Wanjiru wins the women's race in 2hr 21min 8sec.",
        155.6,
    ),
    (
        "en-marathon-caldbeck",
        "'The crowds carried me': Wanjiru after Caldbeck win",
        "The Kenyan-born runner, who lives in Caldbeck, said the cheering along the river had "
        "pushed her on over the final six miles of her record run.",
        158.0,
    ),
    (
        "en-exhibit-thorley",
        "Hollin Gallery opens Agnes Thorley retrospective",
        "More than 140 works by the painter Agnes Thorley go on show at the Hollin Gallery from "
        "Wednesday, the first survey of her career in forty years.",
        52.0,
    ),
    (
        "en-exhibit-thorley",
        "Thorley's seascapes return to Hollin",
        "Show of 140 paintings and drawings runs until April.",
        53.0,
    ),
    (
        "en-prize-carnforth",
        "Debut novelist Selina Marsh wins Carnforth Prize",
        "Selina Marsh has won the £25,000 Carnforth Prize for fiction with her first novel, The "
        "Lamplighter's Daughter, beating five more established writers.",
        69.0,
    ),
    (
        "en-prize-carnforth",
        "Marsh takes Carnforth Prize",
        "First novel wins the £25k fiction award.",
        69.5,
    ),
    (
        "en-prize-carnforth",
        "Selina Marsh: 'I wrote it on the night bus'",
        "The morning after winning the Carnforth Prize, the former care worker said she had "
        "drafted most of her novel on her phone while travelling home from night shifts.",
        80.0,
    ),
    (
        "en-theatre-regent",
        "Regent Playhouse to close for two years",
        "The Regent Playhouse in Dunmere will shut in June for repairs to its roof and stage "
        "costing £12m, its trustees said, with shows moving to a temporary tent in the park.",
        15.0,
    ),
    (
        "en-theatre-regent",
        "Dunmere's Regent to go dark until 2029",
        "£12 million restoration means two years without shows.",
        16.0,
    ),
    (
        "en-concert-lowe",
        "Kai Lowe cancels Norbridge show hours before start",
        "Rapper Kai Lowe called off his sold-out concert at the Norbridge Corn Exchange on "
        "Wednesday evening, citing illness, with some fans already queuing outside.",
        66.0,
    ),
    (
        "en-concert-lowe",
        "Kai Lowe gig off",
        "Norbridge fans turned away as the rapper falls ill.",
        66.5,
    ),
    (
        "en-concert-lowe",
        "Kai Lowe apologises to Norbridge fans and sets new date",
        "The rapper said in a video he had lost his voice and would play the Corn Exchange on "
        "19 February, with Wednesday's tickets still valid.",
        75.0,
    ),
    (
        "en-stadium-harford",
        "Harford City plan 8,000-seat stand",
        "Harford City have submitted plans for a new 8,000-seat north stand that would lift the "
        "ground's capacity to 31,000 by 2029.",
        110.0,
    ),
    (
        "en-stadium-harford",
        "Bigger stand planned at Harford",
        "Capacity would rise to 31,000 under the club's scheme.",
        111.0,
    ),
    (
        "en-golf-brennock",
        "Niall Brennock wins Coastal Open by two shots",
        "Niall Brennock closed with a 66 to win the Coastal Open at Sandholme by two strokes "
        "and collect a first prize of £1.1m.",
        160.0,
    ),
    (
        "en-golf-brennock",
        "Brennock lifts Coastal Open",
        "A final-round 66 earns him the first prize of 1.1 million pounds.",
        160.5,
    ),
    (
        "en-tennis-pembury",
        "Ava Pembury, 16, reaches Linthorpe junior final",
        "Sixteen-year-old Ava Pembury beat the top seed in straight sets to reach the final of "
        "the Linthorpe junior tournament, her first at that level.",
        50.0,
    ),
    (
        "en-swim-tresize",
        "Tresize breaks British 200m backstroke record",
        "Owen Tresize swam 1:54.31 at the winter championships in Lowther, taking three tenths "
        "of a second off a record that had stood for nine years.",
        88.0,
    ),
    (
        "en-swim-tresize",
        "National record for Tresize",
        "The backstroker clocks 1min 54.31sec in Lowther.",
        88.3,
    ),
    (
        "en-swim-tresize",
        "Tresize: 'I didn't look at the clock until I touched the wall'",
        "The 21-year-old said he had no idea he was inside the old British mark until the crowd "
        "in Lowther roared, and that the 1:54.31 swim had surprised even his coach.",
        96.0,
    ),
    (
        "en-darts-fawcett",
        "Fawcett throws nine-darter at Mercia Masters",
        "Lenny Fawcett hit a nine-dart finish in his second-round win at the Mercia Masters and "
        "picked up a £15,000 bonus for the feat.",
        70.0,
    ),
    (
        "en-darts-fawcett",
        "Perfect leg for Lenny Fawcett",
        "Nine-darter earns him a 15 grand bonus.",
        71.0,
    ),
    (
        "en-racing-morrow",
        "Jockey Sian Morrow taken to hospital after fall",
        "Sian Morrow was taken to hospital with a suspected broken collarbone after her mount "
        "fell at the second-last at Aldbury on Tuesday afternoon.",
        39.0,
    ),
    (
        "en-racing-morrow",
        "Morrow hurt in Aldbury fall",
        "Jockey has suspected broken collarbone.",
        40.0,
    ),
    (
        "en-film-saltroad",
        "The Salt Road opens Brackwater Film Festival",
        "Hollis Ward's drama The Salt Road opened the tenth Brackwater Film Festival on Friday "
        "night, with the director and its cast on the red carpet.",
        115.0,
    ),
    (
        "en-film-saltroad",
        "Ward's film launches Brackwater festival",
        "The Salt Road gets the opening-night slot.",
        116.0,
    ),
    (
        "en-letters-carrow",
        "Poet Edwin Carrow's letters sold for £140,000",
        "A bundle of 62 letters from the poet Edwin Carrow to his sister fetched £140,000 at "
        "auction in Selbury, four times the estimate.",
        57.0,
    ),
    (
        "en-letters-carrow",
        "Carrow letters go for four times estimate",
        "62 letters from the poet sell for £140k.",
        58.0,
    ),
    (
        "en-choir-tarrowby",
        "Tarrowby Male Voice Choir named Choir of the Year",
        "The 48-strong Tarrowby Male Voice Choir won the Choir of the Year title at the "
        "national final in Lowther on Saturday, the first Welsh border choir to do so.",
        138.0,
    ),
    (
        "en-choir-tarrowby",
        "Tarrowby singers take national title",
        "Choir of the Year goes to a 48-voice choir.",
        139.0,
    ),
    (
        "en-sacked-sutter",
        "Dunharrow sack manager Phil Sutter",
        "Dunharrow have dismissed manager Phil Sutter after five straight league defeats left "
        "the club one point above the relegation places.",
        8.0,
    ),
    (
        "en-sacked-sutter",
        "Sutter out at Dunharrow",
        "Five defeats in a row cost the manager his job.",
        8.5,
    ),
    (
        "en-sacked-sutter",
        "Sutter: 'I was not given time'",
        "The former Dunharrow boss said eighteen months was not long enough to rebuild a squad "
        "that had lost nine players in the summer.",
        14.0,
    ),
    (
        "en-fine-moorfield",
        "Moorfield fined £40,000 over crowd trouble",
        "Moorfield have been fined £40,000 after fans threw bottles and flares during last "
        "month's match against Redbridge Athletic, a disciplinary commission ruled.",
        74.0,
    ),
    (
        "en-fine-moorfield",
        "Moorfield hit with £40k fine",
        "Penalty follows flares thrown during Redbridge game.",
        75.0,
    ),
    (
        "en-band-satellites",
        "Paper Satellites reunion show sells out in 20 minutes",
        "All 30,000 tickets for the Paper Satellites' one-off reunion concert in Hollin Park "
        "sold out within twenty minutes of going on sale on Tuesday morning.",
        33.0,
    ),
    (
        "en-band-satellites",
        "Paper Satellites gig sold out",
        "30k tickets gone in 20 minutes for Hollin Park show.",
        33.5,
    ),
    (
        "en-band-satellites",
        "Fans fume as Paper Satellites tickets appear on resale sites",
        "Seats for the band's Hollin Park reunion were being offered at up to ten times face "
        "value within an hour of the sell-out, angering those who missed out.",
        35.0,
    ),
    (
        "en-opera-carmen",
        "Ravensworth Opera's Carmen wins standing ovation",
        "Ravensworth Opera's new staging of Carmen opened on Thursday to a ten-minute standing "
        "ovation for the mezzo-soprano Leah Okonjo in the title role.",
        93.0,
    ),
    (
        "en-opera-carmen",
        "Okonjo triumphs as Carmen",
        "Ravensworth's new production gets a ten-minute ovation.",
        94.0,
    ),
    (
        "en-women-abbeyfield",
        "Abbeyfield Women reach cup semi-final",
        "Goals from Kerry Lund and Asha Mensah gave Abbeyfield Women a 2-0 win over Harrowgate "
        "on Saturday and a first cup semi-final in the club's history.",
        137.0,
    ),
    (
        "en-women-abbeyfield",
        "Abbeyfield into semis",
        "Lund and Mensah on target in a 2-0 win over Harrowgate.",
        138.0,
    ),
    (
        "en-snooker-basra",
        "Arjun Basra makes maximum at Severn Classic",
        "Arjun Basra compiled a 147 break in his quarter-final at the Severn Classic, the first "
        "maximum of the tournament, earning a £10,000 bonus.",
        104.0,
    ),
    (
        "en-snooker-basra",
        "Basra's 147",
        "The first maximum at this year's Severn Classic.",
        105.0,
    ),
    (
        "en-snooker-basra",
        "Basra gives maximum bonus to his old snooker club",
        "Arjun Basra said he would hand the ten thousand pounds he earned for his 147 at the "
        "Severn Classic to the club where he learned the game as a boy.",
        112.0,
    ),
    (
        "en-doping-delaine",
        "Sprinter Marcus Delaine suspended after failed test",
        "Marcus Delaine, the national 100m champion, has been provisionally suspended after a "
        "banned substance was found in a sample taken in October.",
        24.0,
    ),
    (
        "en-doping-delaine",
        "Delaine provisionally banned",
        "The 100m champion failed an out-of-competition test.",
        24.5,
    ),
    (
        "en-doping-delaine",
        "Delaine denies doping and will fight suspension",
        "The sprinter said in a statement that he had never knowingly taken a banned substance "
        "and would ask for his B sample to be tested.",
        31.0,
    ),
    (
        "en-comedy-fennimore",
        "Bea Fennimore wins Harbour Comedy Prize",
        "Stand-up Bea Fennimore won the Harbour Comedy Prize for her show about her "
        "grandmother's driving lessons, taking home £8,000.",
        150.0,
    ),
    (
        "en-comedy-fennimore",
        "Comedy prize for Fennimore",
        "The stand-up collects the £8k award.",
        151.0,
    ),
    (
        "en-museum-prints",
        "Collector gives 60 Japanese prints to Selbury Museum",
        "A retired dentist has donated sixty Japanese woodblock prints to Selbury Museum, which "
        "plans to show them together for the first time next autumn.",
        98.0,
    ),
    (
        "en-postponed-lowther",
        "Lowther Town v Kelsham called off",
        "Saturday's match between Lowther Town and Kelsham Town was postponed after an early "
        "pitch inspection found the ground frozen.",
        128.0,
    ),
    (
        "en-postponed-lowther",
        "Frozen pitch off at Lowther",
        "Kelsham's trip is postponed after a morning inspection.",
        128.4,
    ),
    (
        "en-takeover-moorfield",
        "Consortium buys majority stake in Moorfield for £30m",
        "A consortium led by businessman Dale Huxtable has bought 51% of Moorfield FC for £30m "
        "and promised to invest in the training ground.",
        12.0,
    ),
    (
        "en-takeover-moorfield",
        "Huxtable group takes over Moorfield",
        "Deal for 51 per cent of the club is worth £30 million.",
        12.6,
    ),
    (
        "en-takeover-moorfield",
        "Who is Dale Huxtable, Moorfield's new owner?",
        "The haulage millionaire, who grew up two streets from the ground, said he had bought "
        "the majority stake because he could not bear to see the club drift.",
        19.0,
    ),
    (
        "en-cyclist-alder",
        "Tom Alder breaks collarbone in training crash",
        "Road cyclist Tom Alder will miss the spring Classics after breaking his collarbone in "
        "a crash during a training ride on Wednesday, his team said.",
        84.0,
    ),
    (
        "en-cyclist-alder",
        "Alder out of Classics",
        "Collarbone broken in a training fall.",
        85.0,
    ),
    (
        "en-venue-anchor",
        "Norbridge music venue The Anchor saved by fans",
        "The Anchor, a 300-capacity venue in Norbridge, has been saved from closure after a "
        "crowdfunding appeal raised £85,000 in nine days.",
        146.0,
    ),
    (
        "en-venue-anchor",
        "Crowdfund rescues The Anchor",
        "£85k raised to keep the Norbridge venue open.",
        147.0,
    ),
    (
        "en-award-crewe",
        "Nadia Crewe named best actress at Northern Screen Awards",
        "Nadia Crewe won best actress at the Northern Screen Awards on Sunday night for her "
        "role as a lock-keeper in the series Still Water.",
        165.0,
    ),
    (
        "en-award-crewe",
        "Crewe wins best actress",
        "The Still Water star is honoured at the Northern Screen Awards.",
        165.5,
    ),
    (
        "en-ground-kestrel",
        "Redbridge Athletic rename ground Kestrel Park",
        "Redbridge Athletic's ground will be called Kestrel Park from next season under a "
        "ten-year naming deal with a local building society.",
        77.0,
    ),
    (
        "en-tour-selbury",
        "Selbury Symphony to tour Japan next autumn",
        "The Selbury Symphony Orchestra will play eight concerts in Japan next October, its "
        "first tour abroad in more than a decade.",
        123.0,
    ),
    (
        "en-netball-thunder",
        "Norbridge Thunder sign shooter Keisha Grant",
        "Norbridge Thunder have signed the shooter Keisha Grant for the new netball season, "
        "adding height to a side that finished fifth last year.",
        5.0,
    ),
    # --- German ---
    (
        "de-ausstellung-brandauer",
        "Kunsthalle Wendorf zeigt Ilse Brandauer",
        "Die Kunsthalle Wendorf eröffnet am Dienstagabend eine große Schau mit 90 Bildern der "
        "Malerin Ilse Brandauer, die erste seit ihrem Tod vor zwanzig Jahren.",
        42.0,
    ),
    (
        "de-ausstellung-brandauer",
        "Brandauer-Schau in Wendorf eröffnet",
        "Neunzig Werke der Malerin sind bis März zu sehen.",
        43.0,
    ),
    (
        "de-ausstellung-brandauer",
        "Andrang bei der Eröffnung der Brandauer-Ausstellung",
        "Über 1.500 Besucher kamen am ersten Abend in die Kunsthalle, sagte Direktorin Sabine "
        "Achterberg, die Schlange reichte bis auf den Marktplatz.",
        44.5,
    ),
    (
        "de-ausstellung-brandauer/ankauf",
        "Kunsthalle Wendorf kauft Gemälde von Franz Lenning",
        "Die Kunsthalle Wendorf hat das Gemälde „Hafen im Nebel“ von Franz Lenning für 1,2 "
        "Millionen Euro erworben, finanziert mit Hilfe einer Stiftung und der Stadt.",
        110.0,
    ),
    (
        "de-ausstellung-brandauer/ankauf",
        "Lenning-Bild für 1,2 Mio. Euro nach Wendorf",
        "Die Kunsthalle erwirbt den „Hafen im Nebel“ mit Stiftungsgeld.",
        111.0,
    ),
    (
        "de-frauen-rotbach",
        "Rotbacher Frauen schlagen Selmitz mit 2:0",
        "Die Frauen des SV Rotbach haben am Samstag gegen Eintracht Selmitz mit 2:0 gewonnen "
        "und sind auf den zweiten Tabellenplatz geklettert.",
        137.0,
    ),
    (
        "de-frauen-rotbach",
        "Zwei Tore, drei Punkte für Rotbachs Frauen",
        "Der SV Rotbach gewinnt gegen Selmitz und ist nun Zweiter.",
        138.0,
    ),
    (
        "de-frauen-rotbach",
        "Trainerin Hanne Lutz lobt die Abwehr nach dem Sieg",
        "Nach dem 2:0 gegen Selmitz sagte die Rotbacher Trainerin, ihre Viererkette habe dem "
        "Gegner in neunzig Minuten keine einzige klare Chance gelassen.",
        140.0,
    ),
    (
        "de-frauen-rotbach/maenner",
        "Rotbacher Männer verlieren in Hollbach mit 1:3",
        "Die Männer des SV Rotbach haben am Sonntag beim TSV Hollbach mit 1:3 verloren und "
        "rutschen in der Tabelle auf den elften Platz ab.",
        161.0,
    ),
    (
        "de-frauen-rotbach/maenner",
        "Niederlage für den SV Rotbach in Hollbach",
        "Die erste Mannschaft unterliegt dem TSV mit 1:3.",
        162.0,
    ),
    (
        "de-orchester-reichl",
        "Philharmonie Gerstadt spielt Mahlers Fünfte",
        "Unter der Leitung von Anton Reichl hat die Philharmonie Gerstadt am Montagabend "
        "Mahlers fünfte Sinfonie vor ausverkauftem Haus gespielt.",
        22.5,
    ),
    (
        "de-orchester-reichl",
        "Mahler in Gerstadt",
        "Reichl und die Philharmonie vor vollem Saal.",
        23.0,
    ),
    (
        "de-orchester-reichl",
        "Kritik: Ein Adagietto zum Atemanhalten",
        "Anton Reichl nahm sich am Montag viel Zeit für den langsamen Satz, und die Gerstädter "
        "Philharmoniker dankten es ihm mit einem Klang, der den Saal verstummen ließ.",
        33.0,
    ),
    (
        "de-orchester-reichl/abschied",
        "Anton Reichl verlässt die Philharmonie Gerstadt",
        "Chefdirigent Anton Reichl wird die Philharmonie Gerstadt im Sommer 2028 nach zwölf "
        "Jahren verlassen, teilte das Orchester am Mittwoch mit.",
        63.0,
    ),
    (
        "de-orchester-reichl/abschied",
        "Reichl geht 2028",
        "Der Chefdirigent beendet nach zwölf Jahren seine Zeit in Gerstadt.",
        64.0,
    ),
    (
        "de-wechsel-demmer",
        "Torwart Lukas Demmer wechselt nach Marlingen",
        "Der TuS Marlingen hat Torwart Lukas Demmer vom FC Haldenau verpflichtet, die Ablöse "
        "soll bei 4,5 Millionen Euro liegen.",
        28.0,
    ),
    (
        "de-wechsel-demmer",
        "Demmer zum TuS Marlingen",
        "Haldenau kassiert für den Torwart 4,5 Mio. Euro.",
        28.5,
    ),
    (
        "de-wechsel-demmer",
        "Haldenau verliert seinen Rückhalt",
        "Nach dem Abgang von Demmer muss der FC mit dem neunzehnjährigen Ersatzmann in die "
        "Rückrunde, der bisher erst zwei Spiele bestritten hat.",
        30.0,
    ),
    (
        "de-verletzung-kreil",
        "Kreuzbandriss: Saison für Handballer Jonas Kreil beendet",
        "Rückraumspieler Jonas Kreil vom HC Lübbenau-Süd hat sich im Training das Kreuzband "
        "gerissen und fällt für den Rest der Saison aus.",
        55.0,
    ),
    (
        "de-verletzung-kreil",
        "Kreil fällt monatelang aus",
        "Der Handballer reißt sich das Kreuzband im Training.",
        56.0,
    ),
    (
        "de-skisprung-asmus",
        "Nele Asmus gewinnt Weltcup in Oberhaldenberg",
        "Skispringerin Nele Asmus hat am Sonntag das Weltcupspringen in Oberhaldenberg "
        "gewonnen, mit einem zweiten Sprung auf 138 Meter.",
        158.0,
    ),
    (
        "de-skisprung-asmus",
        "Erster Weltcupsieg für Asmus",
        "138 m im zweiten Durchgang bringen der Springerin den Sieg.",
        158.6,
    ),
    (
        "de-skisprung-asmus",
        "Asmus nach dem Sieg: „Ich habe den Wind gar nicht gespürt“",
        "Die Siegerin von Oberhaldenberg sagte, sie habe nach dem Sprung auf 138 Meter erst an "
        "der Anzeigetafel gesehen, dass es für den ersten Platz gereicht hat.",
        161.0,
    ),
    (
        "de-literaturpreis-vollmer",
        "Katrin Vollmer erhält Gerstädter Literaturpreis",
        "Die Schriftstellerin Katrin Vollmer bekommt den mit 20.000 Euro dotierten Gerstädter "
        "Literaturpreis für ihren Roman über eine Fährfrau an der Elbe.",
        80.0,
    ),
    (
        "de-literaturpreis-vollmer",
        "Literaturpreis für Vollmer",
        "Der Gerstädter Preis ist mit 20 000 Euro dotiert.",
        81.0,
    ),
    (
        "de-festival-seewiesen",
        "Seewiesen-Festival fällt im nächsten Sommer aus",
        "Das Open-Air-Festival in Seewiesen wird im kommenden Jahr nicht stattfinden, weil dem "
        "Veranstalter rund 600.000 Euro fehlen, teilte der Verein mit.",
        100.0,
    ),
    (
        "de-festival-seewiesen",
        "Aus für das Seewiesen-Open-Air 2027",
        "Dem Verein fehlen 600.000 Euro.",
        101.0,
    ),
    (
        "de-festival-seewiesen",
        "Seewiesen: Fans starten Spendenaufruf für ihr Festival",
        "Nach der Absage haben Besucher eine Sammlung begonnen; in den ersten Stunden kamen "
        "nach Angaben der Initiatoren schon 40.000 Euro zusammen.",
        108.0,
    ),
    (
        "de-theater-quast",
        "Stadttheater Wendorf bekommt neue Intendantin",
        "Die Regisseurin Marie Quast wird ab der nächsten Spielzeit das Stadttheater Wendorf "
        "leiten, beschloss der Stadtrat am Montag einstimmig.",
        12.0,
    ),
    # --- French ---
    (
        "fr-tournee-marchal",
        "Lise Marchal annonce une tournée de 25 dates",
        "La chanteuse Lise Marchal partira en tournée au printemps avec 25 concerts, le premier "
        "le 12 mars à Vauclair, et la billetterie ouvre vendredi.",
        14.0,
    ),
    (
        "fr-tournee-marchal",
        "Lise Marchal en tournée",
        "Vingt-cinq dates, ouverture à Vauclair le 12 mars.",
        14.5,
    ),
    (
        "fr-tournee-marchal",
        "Vauclair accueillera le premier concert de Lise Marchal",
        "La salle du Dôme de Vauclair lancera la tournée de la chanteuse, une fierté pour la "
        "ville où elle a donné ses premiers concerts dans les bars du port.",
        16.0,
    ),
    (
        "fr-tournee-marchal/album",
        "Le nouvel album de Lise Marchal sortira le 4 avril",
        "Lise Marchal a dévoilé vendredi le titre et la date de son troisième album, « Ciel de "
        "craie », douze chansons enregistrées dans une ferme du Jura.",
        110.0,
    ),
    (
        "fr-tournee-marchal/album",
        "« Ciel de craie », le nouvel album de Lise Marchal",
        "Sortie prévue le 4 avril, annonce la chanteuse sur les réseaux sociaux.",
        111.0,
    ),
    (
        "fr-expo-corbiere",
        "Le musée de Saint-Orvel consacre une exposition à Jeanne Corbière",
        "Le musée des Beaux-Arts de Saint-Orvel présente à partir de mercredi 120 œuvres de la "
        "peintre Jeanne Corbière, dont une trentaine jamais montrées.",
        58.0,
    ),
    (
        "fr-expo-corbiere",
        "Jeanne Corbière à Saint-Orvel",
        "Cent vingt œuvres de la peintre exposées jusqu'en mai.",
        59.0,
    ),
    (
        "fr-expo-corbiere",
        "Corbière, la peintre des marées enfin réunie",
        "Pour le conservateur Henri Vasseur, l'exposition de Saint-Orvel rassemble pour la "
        "première fois les toiles dispersées après la vente de l'atelier en 1962.",
        70.0,
    ),
    (
        "fr-expo-corbiere/acquisition",
        "Saint-Orvel achète une toile de Paul Aubrac",
        "Le musée des Beaux-Arts de Saint-Orvel a acquis « Le Quai aux barques » de Paul Aubrac "
        "pour 800 000 euros, grâce à une souscription publique.",
        85.0,
    ),
    (
        "fr-expo-corbiere/acquisition",
        "Une toile d'Aubrac pour le musée de Saint-Orvel",
        "Le tableau a coûté 800 000 € réunis par souscription.",
        86.0,
    ),
    (
        "fr-etape-lagarde",
        "Théo Lagarde s'impose dans la deuxième étape du Tour du Haut-Vernois",
        "Le Français Théo Lagarde a remporté mercredi au sprint la deuxième étape du Tour du "
        "Haut-Vernois, longue de 182 kilomètres, et prend le maillot de leader.",
        63.0,
    ),
    (
        "fr-etape-lagarde",
        "Lagarde gagne à Bréville",
        "Victoire au sprint et maillot jaune pour le Français.",
        63.4,
    ),
    (
        "fr-etape-lagarde",
        "Lagarde : « J'ai lancé le sprint à 250 mètres »",
        "Le vainqueur de l'étape a raconté qu'il avait pris le risque de partir de loin, vent "
        "de face, et qu'il n'y croyait plus à cinquante mètres de la ligne.",
        66.0,
    ),
    (
        "fr-etape-lagarde/etape3",
        "Arno Decraene remporte la troisième étape en solitaire",
        "Le Belge Arno Decraene a gagné jeudi la troisième étape du Tour du Haut-Vernois après "
        "une échappée de 40 kilomètres dans les monts du Vernois.",
        87.0,
    ),
    (
        "fr-etape-lagarde/etape3",
        "Decraene seul au sommet",
        "Troisième étape pour le Belge, échappé dans la montée finale.",
        87.5,
    ),
    (
        "fr-match-vauclair",
        "L'Olympique de Vauclair bat le FC Brenoir 2-1",
        "Vauclair s'est imposé 2-1 samedi soir face au FC Brenoir grâce à un but de Samir "
        "Haddou à la 88e minute.",
        143.0,
    ),
    (
        "fr-match-vauclair",
        "Vauclair gagne sur le fil",
        "Haddou marque à deux minutes de la fin contre Brenoir.",
        143.3,
    ),
    (
        "fr-match-vauclair",
        "L'entraîneur de Brenoir furieux après la défaite",
        "Marc Delorme a dénoncé un penalty oublié en première période et estimé que son équipe "
        "méritait au moins le nul à Vauclair.",
        146.0,
    ),
    (
        "fr-transfert-dorval",
        "Yannick Dorval rejoint l'AS Castelmont pour 12 millions",
        "Le défenseur Yannick Dorval quitte le Stade Lorvanais pour l'AS Castelmont, qui a payé "
        "12 millions d'euros pour le latéral de 23 ans.",
        36.0,
    ),
    (
        "fr-transfert-dorval",
        "Dorval signe à Castelmont",
        "Le latéral coûte 12 M€ au club.",
        36.5,
    ),
    (
        "fr-blessure-ferrand",
        "Hugo Ferrand absent trois mois",
        "Le demi de mêlée du Racing Brenoir Hugo Ferrand s'est fracturé la cheville à "
        "l'entraînement et sera absent environ trois mois, a annoncé le club.",
        62.0,
    ),
    (
        "fr-blessure-ferrand",
        "Cheville cassée pour Ferrand",
        "Le Racing Brenoir perd son numéro neuf jusqu'au printemps.",
        63.0,
    ),
    (
        "fr-festival-portaven",
        "Camille Orsat sacrée au festival de Port-Aven",
        "L'actrice Camille Orsat a reçu dimanche le prix d'interprétation du festival du film "
        "de Port-Aven pour son rôle de gardienne de phare.",
        163.0,
    ),
    (
        "fr-festival-portaven",
        "Prix d'interprétation pour Camille Orsat",
        "La comédienne est récompensée à Port-Aven.",
        164.0,
    ),
    (
        "fr-tennis-barrault",
        "Inès Barrault remporte le tournoi de Lorvan",
        "Inès Barrault a gagné dimanche le tournoi de Lorvan en battant la tête de série numéro "
        "un 6-3, 6-4, son premier titre sur le circuit.",
        158.0,
    ),
    (
        "fr-tennis-barrault",
        "Premier titre pour Barrault",
        "La Française s'impose en deux sets à Lorvan.",
        159.0,
    ),
    (
        "fr-bd-vauclair",
        "Le festival de la BD de Vauclair bat son record",
        "Le festival de la bande dessinée de Vauclair a reçu 210 000 visiteurs sur quatre "
        "jours, du jamais vu pour une manifestation qui fête ses trente ans.",
        165.0,
    ),
    (
        "fr-bd-vauclair",
        "210 000 visiteurs pour la BD à Vauclair",
        "Record battu pour les trente ans du festival.",
        166.0,
    ),
    (
        "fr-theatre-castelmont",
        "Le théâtre de Castelmont rouvre ses portes",
        "Après deux ans de travaux, le théâtre municipal de Castelmont rouvre lundi avec une "
        "salle rénovée de 650 places et une nouvelle scène.",
        6.0,
    ),
    # --- Spanish ---
    (
        "es-lesion-salcedo",
        "Iker Salcedo, seis meses de baja por una rotura de ligamento",
        "El delantero del Real Oriola Iker Salcedo se ha roto el ligamento cruzado de la "
        "rodilla derecha y estará unos seis meses sin jugar, informó el club el martes.",
        34.0,
    ),
    (
        "es-lesion-salcedo",
        "Grave lesión de Salcedo",
        "El Real Oriola pierde a su goleador para media temporada.",
        34.5,
    ),
    (
        "es-lesion-salcedo",
        "El técnico del Oriola: «Perder a Iker nos obliga a cambiar»",
        "Andrés Bermejo reconoció que sin Salcedo, autor de nueve goles, el equipo tendrá que "
        "jugar con dos puntas y pidió un fichaje en enero.",
        46.0,
    ),
    (
        "es-lesion-salcedo/renovacion",
        "Salcedo renueva con el Real Oriola hasta 2029",
        "El Real Oriola ha ampliado el contrato de Iker Salcedo hasta junio de 2029, pese a que "
        "el delantero seguirá de baja hasta la primavera.",
        130.0,
    ),
    (
        "es-lesion-salcedo/renovacion",
        "El Oriola premia a Salcedo con la renovación",
        "Nuevo contrato hasta 2029 para el delantero lesionado.",
        131.0,
    ),
    (
        "es-femenino-valdebrio",
        "El Atlético Valdebrío femenino golea 3-0 al Montesa",
        "Las jugadoras del Atlético Valdebrío vencieron el sábado por 3-0 al CD Montesa con dos "
        "goles de Nerea Pozo y siguen líderes de la liga.",
        138.0,
    ),
    (
        "es-femenino-valdebrio",
        "Tres goles y liderato para el Valdebrío",
        "Doblete de Nerea Pozo ante el CD Montesa.",
        139.0,
    ),
    (
        "es-femenino-valdebrio/masculino",
        "El Valdebrío masculino empata 1-1 en Ribaseca",
        "El primer equipo masculino del Atlético Valdebrío sumó el domingo un empate por 1-1 en "
        "el campo del Ribaseca con un gol en el descuento.",
        162.0,
    ),
    (
        "es-femenino-valdebrio/masculino",
        "Empate agónico del Valdebrío en Ribaseca",
        "Un gol en el minuto 93 salva un punto para el equipo de Lucas Bravo.",
        163.0,
    ),
    (
        "es-tenis-arevalo",
        "Lucía Arévalo supera la primera ronda del Abierto de Sierramar",
        "La tenista Lucía Arévalo venció el martes a la estadounidense Kim Holder por 6-2 y 7-5 "
        "en la primera ronda del Abierto de Sierramar.",
        41.0,
    ),
    (
        "es-tenis-arevalo",
        "Arévalo avanza en Sierramar",
        "Victoria en dos sets ante Holder en su debut.",
        41.5,
    ),
    (
        "es-tenis-arevalo/cuartos",
        "Arévalo cae en cuartos de final en Sierramar",
        "Lucía Arévalo se despidió el jueves del Abierto de Sierramar tras perder los cuartos "
        "de final ante la segunda cabeza de serie por 4-6, 6-3 y 6-1.",
        93.0,
    ),
    (
        "es-tenis-arevalo/cuartos",
        "Fin del torneo para Arévalo",
        "La española pierde en tres sets en los cuartos.",
        93.5,
    ),
    (
        "es-fichaje-ledesma",
        "El CD Montesa ficha al portero Tomás Ledesma por tres millones",
        "El CD Montesa ha cerrado el fichaje del guardameta argentino Tomás Ledesma por 3 "
        "millones de euros y un contrato de cuatro temporadas.",
        8.0,
    ),
    (
        "es-fichaje-ledesma",
        "Ledesma, nuevo portero del Montesa",
        "El club paga 3 M€ por el argentino.",
        8.5,
    ),
    (
        "es-fichaje-ledesma",
        "Ledesma llega a Montesa: «Vengo a ganar el puesto»",
        "El guardameta argentino, por el que el club ha pagado tres millones, fue presentado el "
        "lunes por la tarde y dijo que no tiene miedo a la competencia en la portería.",
        15.0,
    ),
    (
        "es-festival-almarza",
        "El festival Brisa de Almarza reúne a 45.000 personas",
        "La primera noche del festival Brisa de Almarza llenó el recinto del puerto con 45.000 "
        "asistentes, según la organización, con el grupo Los Mareantes como cabeza de cartel.",
        118.0,
    ),
    (
        "es-festival-almarza",
        "Lleno en el Brisa de Almarza",
        "Cuarenta y cinco mil personas en el recinto del puerto.",
        119.0,
    ),
    (
        "es-premio-quiroga",
        "Marta Quiroga gana el Premio Alcaraván de novela",
        "La escritora Marta Quiroga ha ganado el Premio Alcaraván, dotado con 60.000 euros, con "
        "una novela sobre tres hermanas que heredan un cine de pueblo.",
        68.0,
    ),
    (
        "es-premio-quiroga",
        "Quiroga, Premio Alcaraván",
        "La novela premiada por el jurado recibe 60.000 euros.",
        68.5,
    ),
    (
        "es-premio-quiroga",
        "Quiroga: «Escribí la novela para mi abuela, que era acomodadora»",
        "Al día siguiente del premio, la autora contó que el cine del libro existió de verdad y "
        "que su abuela trabajó en él durante treinta años.",
        84.0,
    ),
    (
        "es-baloncesto-cadalso",
        "El Urbe Cadalso gana en la prórroga por 98-95",
        "El Urbe Cadalso se impuso el martes por 98-95 al Náutico Ribera tras una prórroga, con "
        "31 puntos del base Pau Serrat.",
        47.0,
    ),
    (
        "es-baloncesto-cadalso",
        "Prórroga y victoria del Cadalso",
        "Serrat anota 31 puntos en el 98-95.",
        47.5,
    ),
    (
        "es-teatro-olmo",
        "«La casa del faro» llega a las 200 funciones en el Teatro Olmo",
        "La obra «La casa del faro» celebró el miércoles su función número 200 en el Teatro "
        "Olmo de Valdebrío con el aforo completo.",
        66.0,
    ),
    (
        "es-teatro-olmo",
        "Doscientas funciones de «La casa del faro»",
        "El Teatro Olmo vuelve a colgar el cartel de entradas agotadas.",
        67.0,
    ),
    (
        "es-museo-almarza",
        "El museo de Almarza abrirá también los lunes",
        "El Museo de Arte de Almarza ampliará su horario a partir de enero y abrirá los lunes, "
        "el único día que hasta ahora permanecía cerrado, para atender a los grupos escolares.",
        102.0,
    ),
    # --- Italian ---
    (
        "it-tour-vallardi",
        "Rocco Vallardi annuncia il tour nei palazzetti",
        "Il cantautore Rocco Vallardi ha annunciato un tour di 18 date nei palazzetti che "
        "partirà il 20 aprile da Castelmarino, con biglietti in vendita da venerdì.",
        10.5,
    ),
    (
        "it-tour-vallardi",
        "Vallardi torna in tour",
        "Diciotto date, si parte da Castelmarino il 20 aprile.",
        11.0,
    ),
    (
        "it-tour-vallardi",
        "Castelmarino apre il tour di Vallardi, la città si prepara",
        "Il sindaco ha detto che il concerto d'apertura al PalaMarino porterà in città almeno "
        "cinquemila persone e che saranno aggiunti treni la sera.",
        14.0,
    ),
    (
        "it-tour-vallardi/disco",
        "Slitta l'uscita del nuovo disco di Vallardi",
        "Il nuovo album di Rocco Vallardi, «Luce di gennaio», uscirà a marzo invece che a "
        "febbraio per un brano ancora da registrare, ha fatto sapere l'etichetta.",
        70.0,
    ),
    (
        "it-tour-vallardi/disco",
        "Il disco di Vallardi rinviato a marzo",
        "«Luce di gennaio» esce con un mese di ritardo.",
        71.0,
    ),
    (
        "it-orchestra-scardino",
        "La Sinfonica di Valtrebbia esegue la Nona di Beethoven",
        "L'Orchestra Sinfonica di Valtrebbia, diretta da Paolo Scardino, ha eseguito giovedì "
        "sera la Nona di Beethoven davanti a 1.800 spettatori al Teatro Comunale.",
        94.0,
    ),
    (
        "it-orchestra-scardino",
        "Nona di Beethoven a Valtrebbia",
        "Scardino dirige la Sinfonica davanti a 1800 spettatori.",
        95.0,
    ),
    (
        "it-orchestra-scardino",
        "Recensione: la Nona di Scardino, un finale che scuote il teatro",
        "Il direttore ha scelto tempi rapidi e un coro di ottanta voci per il finale, e la "
        "risposta del pubblico del Comunale è stata un applauso di dieci minuti.",
        106.0,
    ),
    (
        "it-orchestra-scardino/addio",
        "Paolo Scardino lascerà la Sinfonica di Valtrebbia",
        "Il direttore principale Paolo Scardino lascerà l'Orchestra Sinfonica di Valtrebbia "
        "alla fine della stagione 2027 dopo nove anni, ha annunciato la fondazione.",
        126.0,
    ),
    (
        "it-orchestra-scardino/addio",
        "Scardino, addio alla Sinfonica nel 2027",
        "Il direttore chiude dopo nove anni alla guida dell'orchestra.",
        127.0,
    ),
    (
        "it-giro-brusa",
        "Matteo Brusa vince la quarta tappa del Giro delle Colline Ferrane",
        "Matteo Brusa ha vinto sabato la quarta tappa del Giro delle Colline Ferrane, 164 "
        "chilometri da Ferrana a Monte Lauro, staccando tutti sull'ultima salita.",
        135.0,
    ),
    (
        "it-giro-brusa",
        "Brusa primo a Monte Lauro",
        "Tappa e maglia di leader per il corridore di casa.",
        135.5,
    ),
    (
        "it-giro-brusa",
        "Brusa: «Ho attaccato dove mi allenavo da ragazzo»",
        "Il vincitore della tappa ha raccontato che la salita finale è la strada che faceva "
        "ogni giorno in bicicletta per andare a scuola.",
        138.0,
    ),
    (
        "it-giro-brusa/tappa5",
        "Dario Olmi vince in volata la quinta tappa",
        "Dario Olmi si è imposto domenica in volata nella quinta tappa del Giro delle Colline "
        "Ferrane, mentre Brusa ha conservato la maglia di leader.",
        159.0,
    ),
    (
        "it-giro-brusa/tappa5",
        "Volata vincente per Olmi",
        "Quinta tappa al velocista, Brusa resta in testa.",
        159.5,
    ),
    (
        "it-derby-pontalba",
        "Derby Pontalba-Rivasecca finisce 2-2",
        "Il derby tra Pontalba e Rivasecca si è chiuso domenica sul 2-2, con il pareggio del "
        "Rivasecca arrivato su rigore al 90'.",
        161.0,
    ),
    (
        "it-derby-pontalba",
        "Pari nel derby",
        "Pontalba e Rivasecca si dividono la posta, 2-2 al novantesimo.",
        161.5,
    ),
    (
        "it-derby-pontalba",
        "L'allenatore del Pontalba: «Quel rigore non c'era»",
        "Franco Nardelli ha contestato il penalty concesso al Rivasecca e ha detto che i suoi "
        "avrebbero meritato di vincere il derby.",
        164.0,
    ),
    (
        "it-mercato-ardito",
        "Simone Ardito passa al Pontalba per 8 milioni",
        "Il centrocampista Simone Ardito lascia la Virtus Sarnate e firma con il Pontalba un "
        "contratto fino al 2030, per un costo di 8 milioni di euro.",
        18.0,
    ),
    (
        "it-mercato-ardito",
        "Ardito al Pontalba",
        "Operazione da otto milioni per il centrocampista.",
        19.0,
    ),
    (
        "it-infortunio-fornasari",
        "Giulia Fornasari ferma per una distorsione alla caviglia",
        "La schiacciatrice della Volley Castelmarino Giulia Fornasari si è procurata una "
        "distorsione alla caviglia e salterà le prossime tre partite.",
        48.0,
    ),
    (
        "it-infortunio-fornasari",
        "Caviglia ko per Fornasari",
        "La schiacciatrice resta fuori per tre gare.",
        49.0,
    ),
    (
        "it-mostra-bessi",
        "Palazzo Servadei apre la mostra su Lorenzo Bessi",
        "A Castelmarino si inaugura martedì a Palazzo Servadei la mostra dedicata al pittore "
        "Lorenzo Bessi: sono 65 i dipinti, quasi tutti delle collezioni private della zona.",
        30.0,
    ),
    (
        "it-mostra-bessi",
        "Bessi in mostra a Castelmarino",
        "Sessantacinque dipinti del pittore nella sala grande di Palazzo Servadei.",
        31.0,
    ),
    (
        "it-sci-dellantonio",
        "Sofia Dellantonio vince lo slalom di Passo Cervara",
        "La sciatrice Sofia Dellantonio ha vinto sabato lo slalom di Coppa del Mondo di Passo "
        "Cervara con un vantaggio di 41 centesimi.",
        134.0,
    ),
    (
        "it-sci-dellantonio",
        "Dellantonio prima a Passo Cervara",
        "Slalom vinto con quattro decimi di vantaggio sulla seconda.",
        134.5,
    ),
    (
        "it-premio-morosi",
        "A Elena Morosi il premio di poesia Valtrebbia",
        "La poetessa Elena Morosi ha vinto il premio di poesia Valtrebbia con una raccolta "
        "dedicata ai mestieri scomparsi della sua valle.",
        112.0,
    ),
    # --- Portuguese ---
    (
        "pt-festival-ribeira",
        "Os Faróis abrem o Festival Ribeira Sonora para 30 mil pessoas",
        "A banda Os Faróis abriu na quinta-feira à noite o Festival Ribeira Sonora, em Alvorim, "
        "perante cerca de 30 mil pessoas, segundo a organização.",
        93.0,
    ),
    (
        "pt-festival-ribeira",
        "Primeira noite do Ribeira Sonora",
        "Os Faróis tocaram para trinta mil no recinto do rio.",
        94.0,
    ),
    (
        "pt-festival-ribeira",
        "Crítica: Os Faróis deram ao Ribeira Sonora a noite que se esperava",
        "O vocalista Tiago Carmo tocou os êxitos antigos e três canções novas, e o público de "
        "Alvorim não arredou pé até ao último acorde.",
        101.0,
    ),
    (
        "pt-festival-ribeira/segunda",
        "Leonor Sampaio enche a segunda noite do Ribeira Sonora",
        "A fadista Leonor Sampaio foi a cabeça de cartaz da segunda noite do Festival Ribeira "
        "Sonora, na sexta-feira, com 27 mil pessoas no recinto de Alvorim.",
        117.0,
    ),
    (
        "pt-festival-ribeira/segunda",
        "Fado na segunda noite do festival",
        "Leonor Sampaio canta para 27 mil em Alvorim.",
        118.0,
    ),
    (
        "pt-feminino-montalvo",
        "Equipa feminina do Montalvo vence por 4-1",
        "A equipa feminina do Clube Desportivo Montalvo venceu no sábado o Atlético Serrado por "
        "4-1, com um hat-trick da avançada Carla Simões.",
        136.0,
    ),
    (
        "pt-feminino-montalvo",
        "Hat-trick de Carla Simões",
        "As jogadoras do Montalvo goleiam o Serrado.",
        137.0,
    ),
    (
        "pt-feminino-montalvo/masculino",
        "Montalvo perde em casa com o Vilar Grande",
        "A equipa masculina do Clube Desportivo Montalvo perdeu no domingo por 0-2 com o Vilar "
        "Grande e caiu para o nono lugar da tabela.",
        160.0,
    ),
    (
        "pt-feminino-montalvo/masculino",
        "Derrota caseira da equipa do Montalvo",
        "O Vilar Grande vence por dois golos sem resposta.",
        161.0,
    ),
    (
        "pt-tenis-matoso",
        "Rui Matoso vence na primeira ronda do Torneio de Porto Alvo",
        "O tenista Rui Matoso ganhou na terça-feira ao checo Pavel Hruby por 7-6 e 6-4 e está "
        "na segunda ronda do Torneio de Porto Alvo.",
        40.0,
    ),
    (
        "pt-tenis-matoso",
        "Matoso segue em frente em Porto Alvo",
        "Vitória em dois sets na estreia do português.",
        40.5,
    ),
    (
        "pt-tenis-matoso/segunda-ronda",
        "Matoso afastado na segunda ronda em Porto Alvo",
        "Rui Matoso perdeu na quarta-feira a segunda ronda do Torneio de Porto Alvo com o "
        "cabeça de série número três, por 3-6 e 2-6.",
        64.0,
    ),
    (
        "pt-tenis-matoso/segunda-ronda",
        "Fim da linha para Matoso",
        "O português cai na segunda ronda sem ganhar um set.",
        64.5,
    ),
    (
        "pt-transferencia-calado",
        "Vítor Calado muda-se para o FC Alvorim por 7,5 milhões",
        "O avançado Vítor Calado trocou o União de Serrado pelo FC Alvorim, que pagou 7,5 "
        "milhões de euros pelo jogador de 22 anos.",
        40.0,
    ),
    (
        "pt-transferencia-calado",
        "Calado reforça o Alvorim",
        "Transferência de sete milhões e meio de euros.",
        41.0,
    ),
    (
        "pt-transferencia-calado",
        "Adeptos do União de Serrado protestam contra a venda de Calado",
        "Cerca de duzentos adeptos juntaram-se à porta do estádio para contestar a saída do "
        "avançado por 7,5 milhões de euros a meio da época.",
        48.0,
    ),
    (
        "pt-lesao-teixeira",
        "Guarda-redes Nuno Teixeira fratura um dedo",
        "Nuno Teixeira, guarda-redes do Vilar Grande, fraturou um dedo da mão esquerda no "
        "treino e vai falhar as próximas cinco semanas.",
        64.0,
    ),
    (
        "pt-lesao-teixeira",
        "Teixeira fora cinco semanas",
        "O guarda-redes do Vilar Grande parte um dedo.",
        65.0,
    ),
    (
        "pt-premio-lemos",
        "Beatriz Lemos recebe o Prémio Garça de Ouro",
        "A escritora Beatriz Lemos venceu o Prémio Garça de Ouro, no valor de 25 mil euros, com "
        "um livro de contos passado numa aldeia de pescadores.",
        86.0,
    ),
    (
        "pt-premio-lemos",
        "Garça de Ouro para Beatriz Lemos",
        "O prémio de 25.000 euros distingue um livro de contos.",
        87.0,
    ),
    (
        "pt-exposicao-azulejos",
        "Museu de Alvorim mostra azulejos do século XVIII",
        "O Museu Municipal de Alvorim inaugurou na quinta-feira uma exposição com 300 azulejos "
        "recuperados de um convento demolido nos anos setenta.",
        91.0,
    ),
    (
        "pt-exposicao-azulejos",
        "Trezentos azulejos em exposição",
        "Peças de um convento demolido voltam a ser vistas em Alvorim.",
        91.5,
    ),
    (
        "pt-surf-bettencourt",
        "Inês Bettencourt vence etapa na Praia do Lumiar",
        "A surfista Inês Bettencourt ganhou no domingo a etapa da Praia do Lumiar com uma onda "
        "de 9,1 pontos na final.",
        160.0,
    ),
    (
        "pt-surf-bettencourt",
        "Vitória de Bettencourt no Lumiar",
        "Uma onda de 9,1 decide a final a favor da surfista.",
        161.0,
    ),
    (
        "pt-teatro-valefrio",
        "Teatro Municipal de Vale Frio reabre após obras",
        "O Teatro Municipal de Vale Frio reabriu na segunda-feira à noite com uma peça de uma "
        "companhia local, depois de três anos fechado para obras no telhado.",
        23.0,
    ),
    # --- Dutch ---
    (
        "nl-festival-duinrock",
        "De Blauwe Reigers openen Duinrock voor 18.000 bezoekers",
        "De Blauwe Reigers hebben vrijdagavond het festival Duinrock in Westerzand geopend voor "
        "zo'n 18.000 bezoekers, meldt de organisatie.",
        117.5,
    ),
    (
        "nl-festival-duinrock",
        "Duinrock van start",
        "De Blauwe Reigers spelen op de eerste avond voor 18 duizend mensen.",
        118.0,
    ),
    (
        "nl-festival-duinrock",
        "Recensie: De Blauwe Reigers maken van de eerste avond een feest",
        "Zanger Bram Visscher speelde anderhalf uur lang oude hits en sloot af met een lied "
        "over de zee bij Westerzand, tot vreugde van het publiek.",
        124.0,
    ),
    (
        "nl-festival-duinrock/zaterdag",
        "Fenna Kuipers sluit zaterdag af op Duinrock",
        "Zangeres Fenna Kuipers was zaterdagavond de hoofdact van het festival Duinrock in "
        "Westerzand en speelde voor ruim 20.000 mensen.",
        141.5,
    ),
    (
        "nl-festival-duinrock/zaterdag",
        "Kuipers hoofdact op tweede avond",
        "Ruim twintigduizend mensen zagen de zangeres in Westerzand.",
        142.0,
    ),
    (
        "nl-museum-olthof",
        "Museum Het Veenhuis opent tentoonstelling over Pieter Olthof",
        "Museum Het Veenhuis in Drachtwoude toont vanaf dinsdag 75 werken van de schilder "
        "Pieter Olthof, van wie veel werk nog nooit in het openbaar te zien was.",
        34.0,
    ),
    (
        "nl-museum-olthof",
        "Olthof in Het Veenhuis",
        "Vijfenzeventig werken van de schilder zijn tot juni te zien.",
        35.0,
    ),
    (
        "nl-museum-olthof/aankoop",
        "Het Veenhuis koopt schilderij voor 2,4 miljoen euro",
        "Museum Het Veenhuis in Drachtwoude heeft het schilderij 'Turfschippers' gekocht voor "
        "2,4 miljoen euro, met geld van de provincie en een fonds.",
        112.0,
    ),
    (
        "nl-museum-olthof/aankoop",
        "Aankoop van 2,4 miljoen voor Het Veenhuis",
        "Het museum krijgt 'Turfschippers' met steun van de provincie.",
        113.0,
    ),
    (
        "nl-ronde-dewilde",
        "Sem de Wilde wint eerste etappe van de Ronde van het Veenland",
        "Sem de Wilde heeft woensdag de eerste etappe van de Ronde van het Veenland gewonnen na "
        "een sprint van een groep van twaalf renners.",
        62.0,
    ),
    (
        "nl-ronde-dewilde",
        "De Wilde eerste in Veenland",
        "De renner pakt de etappe en de leiderstrui.",
        62.5,
    ),
    (
        "nl-ronde-dewilde",
        "De Wilde: 'Ik heb de hele dag in de wind gezeten'",
        "De winnaar van de openingsrit zei dat hij zijn ploeg had gevraagd hem pas op de "
        "laatste kilometer uit de wind te halen.",
        64.0,
    ),
    (
        "nl-ronde-dewilde/etappe2",
        "Luuk Brandsma solo naar winst in tweede etappe",
        "Luuk Brandsma heeft donderdag de tweede etappe van de Ronde van het Veenland gewonnen "
        "na een solo van 25 kilometer over de dijken.",
        86.0,
    ),
    (
        "nl-ronde-dewilde/etappe2",
        "Solo van Brandsma",
        "De tweede rit is voor de aanvaller, De Wilde blijft leider.",
        86.5,
    ),
    (
        "nl-wedstrijd-lindemeer",
        "SC Lindemeer wint met 3-0 van FC Oosthaven",
        "SC Lindemeer heeft dinsdagavond met 3-0 gewonnen van FC Oosthaven door twee doelpunten "
        "van Mats Verhoef en een eigen goal.",
        45.0,
    ),
    (
        "nl-wedstrijd-lindemeer",
        "Ruime zege voor Lindemeer",
        "Verhoef scoort twee keer tegen Oosthaven.",
        45.4,
    ),
    (
        "nl-wedstrijd-lindemeer",
        "Trainer van Oosthaven: 'Dit was ons slechtste duel van het seizoen'",
        "Kees Bakhuis zei na de nederlaag dat zijn ploeg in de eerste helft geen enkel duel had "
        "gewonnen en dat er deze week gesprekken volgen.",
        50.0,
    ),
    (
        "nl-transfer-verhoef",
        "Mats Verhoef voor 5 miljoen naar SC Lindemeer",
        "Spits Mats Verhoef maakt voor 5 miljoen euro de overstap van Go Ahead Zuidwolde naar "
        "SC Lindemeer en tekent een contract voor vier jaar.",
        11.0,
    ),
    (
        "nl-transfer-verhoef",
        "Verhoef tekent bij Lindemeer",
        "De spits kost vijf miljoen euro.",
        12.0,
    ),
    (
        "nl-schaatsen-dijkstra",
        "Anouk Dijkstra rijdt baanrecord op de 1500 meter",
        "Schaatsster Anouk Dijkstra heeft zaterdag op ijsbaan De Vlonder in Ooststad het "
        "baanrecord op de 1500 meter verbeterd met een tijd van 1.52,40.",
        136.0,
    ),
    (
        "nl-schaatsen-dijkstra",
        "Baanrecord voor Dijkstra",
        "De schaatsster klokt 1.52,40 in Ooststad.",
        136.5,
    ),
    (
        "nl-musical-storm",
        "Musical 'Storm op zee' beleeft première in Oosthaven",
        "De musical 'Storm op zee' over de ramp met een vissersboot in 1953 ging donderdag in "
        "première in het theater van Oosthaven voor 1.800 toeschouwers.",
        95.5,
    ),
    (
        "nl-musical-storm",
        "Première van 'Storm op zee'",
        "Staande ovatie van 1800 mensen in Oosthaven.",
        97.0,
    ),
    (
        "nl-musical-storm",
        "Recensie: 'Storm op zee' raakt een gevoelige snaar in Oosthaven",
        "De musical over de vissersramp van 1953 is geen vrolijke avond, maar de koorscènes op "
        "de kade zijn het mooiste wat het theater in jaren heeft laten zien.",
        104.0,
    ),
    (
        "nl-blessure-meijer",
        "Hockeyster Lotte Meijer scheurt kruisband",
        "Hockeyster Lotte Meijer van HC Drachtwoude heeft haar kruisband gescheurd en zal de "
        "rest van het seizoen niet meer spelen, meldt de club.",
        22.0,
    ),
    (
        "nl-blessure-meijer",
        "Seizoen voorbij voor Meijer",
        "De hockeyster is met een zware knieblessure uitgeschakeld.",
        23.0,
    ),
    (
        "nl-poppodium-kelder",
        "Poppodium De Kelder in Oosthaven bestaat 50 jaar",
        "Poppodium De Kelder viert woensdag zijn vijftigste verjaardag met een gratis concert "
        "van bands die er ooit hun eerste optreden gaven.",
        70.0,
    ),
    # --- Russian ---
    (
        "ru-travma-lykov",
        "Нападающий Артём Лыков выбыл на три месяца",
        "Нападающий «Металлиста» из Краснозёрска Артём Лыков порвал связки колена на тренировке "
        "и пропустит около трёх месяцев, сообщил клуб.",
        16.0,
    ),
    (
        "ru-travma-lykov",
        "Лыков пропустит три месяца",
        "У лучшего бомбардира «Металлиста» разрыв связок.",
        16.5,
    ),
    (
        "ru-travma-lykov",
        "Тренер «Металлиста»: без Лыкова придётся менять схему",
        "Главный тренер Сергей Дубинин сказал, что потеря форварда, забившего восемь мячей, "
        "заставит команду играть от обороны до весны.",
        29.0,
    ),
    (
        "ru-travma-lykov/kontrakt",
        "Лыков продлил контракт с «Металлистом» до 2029 года",
        "Травмированный нападающий Артём Лыков подписал с «Металлистом» новый контракт, "
        "рассчитанный до лета 2029 года, сообщил клуб в четверг.",
        82.0,
    ),
    (
        "ru-travma-lykov/kontrakt",
        "Новый контракт Лыкова",
        "Форвард остаётся в Краснозёрске ещё на три сезона.",
        83.0,
    ),
    (
        "ru-orkestr-orlov",
        "Белогорский оркестр исполнил Седьмую симфонию Шостаковича",
        "Симфонический оркестр Белогорска под управлением Вадима Орлова во вторник исполнил "
        "Седьмую симфонию Шостаковича при полном зале филармонии.",
        46.5,
    ),
    (
        "ru-orkestr-orlov",
        "Шостакович в Белогорске",
        "Оркестр Орлова сыграл Седьмую при полном зале.",
        47.0,
    ),
    (
        "ru-orkestr-orlov",
        "Рецензия: Орлов не пожалел ни оркестра, ни слушателей",
        "Дирижёр провёл знаменитую тему нашествия так медленно и громко, что к финалу зал встал "
        "ещё до последнего аккорда.",
        56.0,
    ),
    (
        "ru-orkestr-orlov/ukhod",
        "Вадим Орлов покинет Белогорский оркестр",
        "Главный дирижёр Вадим Орлов уйдёт из Симфонического оркестра Белогорска после "
        "окончания сезона, проработав с ним пятнадцать лет, объявила филармония.",
        118.0,
    ),
    (
        "ru-orkestr-orlov/ukhod",
        "Орлов уходит из оркестра",
        "Дирижёр завершит работу в Белогорске после пятнадцати лет.",
        119.0,
    ),
    (
        "ru-shakhmaty-kryukova",
        "Алина Крюкова выиграла в первом туре турнира в Нижнеборске",
        "Гроссмейстер Алина Крюкова в среду победила в первом туре международного турнира в "
        "Нижнеборске, сыграв черными против действующей чемпионки.",
        66.0,
    ),
    (
        "ru-shakhmaty-kryukova",
        "Победа Крюковой на старте",
        "Гроссмейстер выиграла черными в первом туре.",
        66.5,
    ),
    (
        "ru-shakhmaty-kryukova/tur3",
        "Крюкова проиграла в третьем туре и упустила лидерство",
        "Алина Крюкова в пятницу потерпела первое поражение на турнире в Нижнеборске и "
        "опустилась на третье место за шесть туров до конца.",
        113.5,
    ),
    (
        "ru-shakhmaty-kryukova/tur3",
        "Первое поражение Крюковой",
        "В третьем туре гроссмейстер уступила лидерство.",
        114.0,
    ),
    (
        "ru-khokkei-buran",
        "«Буран» обыграл «Сокол» в овертайме",
        "Хоккеисты «Бурана» в среду победили «Сокол» со счётом 4:3 в овертайме, решающую шайбу "
        "забросил защитник Олег Пестов.",
        70.0,
    ),
    (
        "ru-khokkei-buran",
        "4:3 в овертайме",
        "«Буран» вырвал победу у «Сокола» благодаря Пестову.",
        70.5,
    ),
    (
        "ru-khokkei-buran",
        "Тренер «Сокола» пожаловался на судейство",
        "После поражения от «Бурана» наставник гостей Игорь Сабуров заявил, что перед победной "
        "шайбой было нарушение и что клуб направит жалобу.",
        74.0,
    ),
    (
        "ru-perekhod-gromov",
        "Денис Громов перешёл в «Металлист» за два миллиона евро",
        "Полузащитник Денис Громов перешёл из «Торпедо-Яснодар» в «Металлист», сумма сделки "
        "составила около 2 млн евро, контракт рассчитан на три года.",
        9.0,
    ),
    (
        "ru-perekhod-gromov",
        "Громов в «Металлисте»",
        "Полузащитник обошёлся клубу в два миллиона.",
        10.0,
    ),
    (
        "ru-kinofestival-yasnodar",
        "В Яснодаре открылся кинофестиваль",
        "Кинофестиваль в Яснодаре открылся в четверг показом драмы Андрея Полетаева «Зимний "
        "паром», в конкурсе двенадцать фильмов.",
        92.0,
    ),
    (
        "ru-kinofestival-yasnodar",
        "Фестиваль кино открыт",
        "«Зимний паром» Полетаева показали первым.",
        93.0,
    ),
    (
        "ru-kinofestival-yasnodar",
        "Полетаев: «Я снимал этот фильм у себя на родине»",
        "Режиссёр «Зимнего парома», открывшего кинофестиваль в Яснодаре, рассказал зрителям, "
        "что все сцены на переправе сняты в деревне его детства.",
        101.0,
    ),
    (
        "ru-vystavka-ershov",
        "В Белогорском музее открылась выставка Ивана Ершова",
        "В художественном музее Белогорска открылась выставка пейзажиста Ивана Ершова, на ней "
        "показано восемьдесят картин из частных собраний.",
        84.0,
    ),
    (
        "ru-vystavka-ershov",
        "Ершов в Белогорском музее",
        "Выставка из 80 пейзажей продлится до весны.",
        85.0,
    ),
    (
        "ru-biatlon-ryabova",
        "Ксения Рябова выиграла спринт на этапе Кубка",
        "Биатлонистка Ксения Рябова выиграла в субботу спринт на этапе Кубка страны в "
        "Нижнеборске, не допустив ни одного промаха.",
        134.0,
    ),
    (
        "ru-biatlon-ryabova",
        "Рябова победила в спринте",
        "Десять из десяти на огневых рубежах.",
        134.5,
    ),
    (
        "ru-dramteatr-belogorsk",
        "В Белогорске отремонтируют драмтеатр",
        "Власти Белогорска выделили деньги на ремонт городского драматического театра, работы "
        "начнутся весной и займут около двух лет.",
        11.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "one music festival's two evenings with different headliners": (
        "en-fest-linnmoor/saturday",
        "nl-festival-duinrock/zaterdag",
        "pt-festival-ribeira/segunda",
    ),
    "one artist's tour dates announced and the same artist's album news days later": (
        "en-tour-ellis/album",
        "fr-tournee-marchal/album",
        "it-tour-vallardi/disco",
    ),
    "a player's injury and the same player's contract extension days later": (
        "en-injury-okafor/contract",
        "es-lesion-salcedo/renovacion",
        "ru-travma-lykov/kontrakt",
    ),
    "a museum's exhibition opening and the same museum's purchase of a painting days later": (
        "de-ausstellung-brandauer/ankauf",
        "fr-expo-corbiere/acquisition",
        "nl-museum-olthof/aankoop",
    ),
    "one club's women's team and men's team playing on the same weekend": (
        "de-frauen-rotbach/maenner",
        "es-femenino-valdebrio/masculino",
        "pt-feminino-montalvo/masculino",
    ),
    "an orchestra's concert and its chief conductor's departure announced days later": (
        "de-orchester-reichl/abschied",
        "it-orchestra-scardino/addio",
        "ru-orkestr-orlov/ukhod",
    ),
    "one stage race's two stages on consecutive days": (
        "fr-etape-lagarde/etape3",
        "it-giro-brusa/tappa5",
        "nl-ronde-dewilde/etappe2",
    ),
    "one player's two rounds of one tournament days apart": (
        "es-tenis-arevalo/cuartos",
        "pt-tenis-matoso/segunda-ronda",
        "ru-shakhmaty-kryukova/tur3",
    ),
}
