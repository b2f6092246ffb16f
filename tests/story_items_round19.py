"""A nineteenth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 14: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. Copies of one event are minutes to hours apart
(a flash or teaser line first, then a local paper, a business page, a quote-led piece or an
explainer), and 42 stories (and three hard negatives) have a follow-up 12 to 30 hours after the
first copy, told as real follow-ups are: some repeat the key name and the event noun (the Tarrant
mill arson inquiry, Pocket the tapir found in a garden pond, the Nordic Tern refloated), some share
only one rare name (Ben Aske on Scarrow Fell, Rusk at his unveiling, Holm Hill's church halls),
some name the place only in the lead (the Lune falling in Tennick, the track to Valbrenne, the
Tikhoozyorsk warehouse wiring), and a few share no name but the event and a number (the forest
fire's 900 hectares of pine, the 40,000 homes back on after the substation fire, the 200
firefighters at a fire dominated after 14 hours).

What is new against rounds 12 to 14: three new kinds of hard negative, each placed as far from its
story as the two events really would be. A missing walker found and another walker missing on the
same mountain days later, 72 to 97 hours apart (Scarrow Fell, the Peña Alba, Monte Gracchio); a
ship aground and another vessel's accident in the same waters a day later, 25 and 31 hours apart
(the Nordic Tern and the ferry Gannet in Varrow Sound, a tanker and the island ferry at
Oosterzijl); a stadium concert and the match played on its worn pitch the next day, 19 and 21 hours
apart (the Lantern Moths and Breckmoor Rovers, «Северный ветер» and «Заря»). Beside them, kinds
from rounds 12 to 14: two separate fires in one town on one night (2.5 to 3.5 hours apart: the
Quillmoor mill and a Stennet Lane garage, the Hollerbrück furniture store and a barn in Hollerried,
the Borgoalto warehouse and a flat in via dei Tigli); two road crashes on one road on one day (9.5
to 12 hours apart: the A912, the D917, the CV-781); a company's job cuts and its unrelated product
launch in one week (46 to 72 hours: Orrin's oven, Kessler's heat pump, Brinkhorst's bicycle bell);
a court hearing adjourned and the hearing held weeks later (672 hours: councillor Tresk, the former
mayors Belov and Ramalho); a strike announced and the strike day (116 to 167 hours: Bellgate
Coaches, the regional railway strike, the Praia do Sargo dockers); a profit warning and the chief
executive's resignation days later (98 and 117 hours: Corvane Retail, Hartwig Textil); one
minister's two announcements in one week (45 and 72 hours: Priya Anwell's homes and evictions,
Odile Lacombe's nurses and pharmacies). Most hard negatives name their story as background ("while
crews were still at the mill", "a day after a cargo ship grounded nearby", "tres días después del
rescate de otro senderista"), as real copy does.

Items with one story label are one event as different outlets in one language would carry it.
Numbers change format across copies (£1.2bn / £1.2 billion, 80mph / 80 mph, 40,000 / 40k, 3,5 Mio.
Euro / Millionenhöhe, 54,6 Prozent / 54,6 %, 5 000 / 5000, 400 millions d'euros / 400 M€, 2 тысячи
/ 2000 кв. м, 900 hectáreas / 900 ha), names change form (full name, surname, "the minister", "o
ex-autarca", "бывший мэр"), and most stories have a teaser copy whose lead is under 80 characters.

What "same story" means here, as in rounds 9 to 14: one event (one fire, one crash, one set of job
cuts, one launch, one hearing, one strike day, one profit warning, one resignation, one
announcement, one search, one grounding, one concert, one match, one flood, one escape, one theft)
in that event's news cycle, including a next-day follow-up. Not the same story: another event of
the same kind or with the same actor, place or venue (the garage fire the night of the mill fire,
the woman missing on the fell the man was found on, the ferry breakdown in the Sound the day after
the grounding, the match on the pitch the concert churned). A label with a suffix after a slash is
a hard negative of the story before the slash (categories in `HARD_NEGATIVES`). Several of the
stories told by one outlet sit in a town another story names (Quillmoor's library, Scallan Bay's
market, Tennick's dolphin, Borgoalto's museum, Torrelinda's lottery ticket, Oosterzijl's seal,
Veldewijk's council, Tikhoozyorsk's exhibition, Trebelingen's bridge): they can only be merged
falsely. No story has more than four copies, and every story's copies fall within 48 hours of each
other.

Each story is in one language, its label's prefix: en, de, fr, es, it, pt, nl, ru. All texts,
places, people, firms, clubs, bands, ships and unions are invented here; real bodies appear only as
backdrop (the coastguard, the Guardia Civil, Salvamento Marítimo, the soccorso alpino, the Força
Aérea).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs' findings, nor the items of rounds 15 to 18 (round 14 was read for its docstring, format, hard
negatives and part of its items), and never run through the merging code before its one scoring run
(`python -m bench.stories --round19`). Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-mill-quillmoor",
        "Fire guts former wool mill in Quillmoor",
        "More than 60 firefighters fought a blaze at the disused Tarrant wool mill on "
        "Quillmoor's canal side from 11.40pm on Monday; flames were seen across the valley.",
        23.7,
    ),
    (
        "en-mill-quillmoor",
        "Quillmoor mill ablaze",
        "Large fire at the old Tarrant mill by the canal.",
        23.9,
    ),
    (
        "en-mill-quillmoor",
        "Crowds watch as Tarrant mill chimney stays standing",
        "The five-storey Tarrant mill in Quillmoor lost its roof and upper floors overnight, but "
        "its 1880s brick chimney survived, the fire service said.",
        27.5,
    ),
    (
        "en-mill-quillmoor",
        "Arson inquiry into Quillmoor mill blaze",
        "Police have opened an arson investigation after the fire at the Tarrant mill; two "
        "teenagers were seen leaving the canal path shortly before 11.30pm, a witness said.",
        41.0,
    ),
    (
        "en-mill-quillmoor/garage",
        "Cars destroyed in Quillmoor garage fire",
        "Three cars and a van were destroyed when fire spread through a repair garage on "
        "Quillmoor's Stennet Lane in the early hours of Tuesday, while crews were still at the "
        "mill.",
        26.2,
    ),
    (
        "en-mill-quillmoor/garage",
        "Garage blaze on Stennet Lane",
        "Fire crews from Daverby sent to a repair workshop.",
        26.5,
    ),
    (
        "en-mill-quillmoor/garage",
        "Stennet Lane garage owner counts the cost",
        "Mechanic Dev Ollerton said he lost every tool he owned when fire swept through his "
        "Quillmoor workshop in the early hours, on the same night the old mill burned.",
        34.0,
    ),
    (
        "en-a912-lorry",
        "Lorry overturns on A912, spilling gravel across both lanes",
        "A tipper lorry rolled onto its side on the A912 near Daverby at 7.15am on Monday, "
        "shedding its load and closing the road in both directions for most of the morning.",
        7.3,
    ),
    (
        "en-a912-lorry",
        "A912 shut near Daverby",
        "An overturned lorry is blocking the road; long delays.",
        7.5,
    ),
    (
        "en-a912-lorry",
        "Driver escapes with cuts after A912 tipper crash",
        "The driver of the overturned tipper climbed out through the windscreen; the A912 "
        "reopened at 12.40pm after the gravel had been swept up.",
        12.8,
    ),
    (
        "en-a912-lorry/minibus",
        "Eight hurt as minibus hits barrier on A912",
        "A minibus carrying a darts team crashed into the central barrier of the A912 south of "
        "Daverby on Monday evening; eight passengers were taken to hospital.",
        19.4,
    ),
    (
        "en-a912-lorry/minibus",
        "Darts team minibus crash",
        "Eight people hurt on the A912 on Monday night.",
        19.8,
    ),
    (
        "en-a912-lorry/minibus",
        "Second crash in a day on the A912 prompts calls for speed cameras",
        "Residents said the minibus crash, hours after a tipper lorry overturned on the same "
        "road, showed the A912 needed average-speed cameras.",
        31.0,
    ),
    (
        "en-cuts-orrin",
        "Orrin Kitchens to axe 450 jobs and shut Hadley Road plant",
        "Appliance maker Orrin Kitchens said on Tuesday it would cut 450 jobs and close its "
        "Hadley Road factory in Tennick, citing falling orders from housebuilders.",
        33.0,
    ),
    (
        "en-cuts-orrin",
        "Orrin to cut 450 jobs",
        "Kitchen appliance firm shuts its Tennick factory.",
        33.2,
    ),
    (
        "en-cuts-orrin",
        "'We found out by email': Orrin staff in Tennick react",
        "Workers at Orrin's Hadley Road site said they were told of the closure in a company "
        "email; the factory has made cookers since 1962.",
        36.0,
    ),
    (
        "en-cuts-orrin",
        "Tennick council seeks meeting with Orrin over closure",
        "Council leader Sam Yeardley wrote to Orrin Kitchens asking it to keep the Tennick plant "
        "open until a buyer could be found for the site and its 450 workers.",
        55.5,
    ),
    (
        "en-cuts-orrin/oven",
        "Orrin launches app-controlled oven",
        "Orrin Kitchens unveiled the Ember S, an oven that can be switched on from a phone, "
        "priced at £899, three days after announcing job cuts in Tennick.",
        104.0,
    ),
    (
        "en-cuts-orrin/oven",
        "Orrin Ember S goes on sale",
        "Phone-controlled oven costs £899.",
        104.5,
    ),
    (
        "en-cuts-orrin/oven",
        "First look: the Orrin Ember S is clever but pricey",
        "The Ember S preheats while you are on the bus home, and its camera shows the bake from "
        "an app, but at almost £900 it costs twice its rivals.",
        110.0,
    ),
    (
        "en-tresk-hearing",
        "Councillor Dana Tresk's fraud hearing adjourned",
        "Crown court judge Elaine Moxon adjourned the fraud hearing of Pellerby councillor Dana "
        "Tresk on Wednesday after the defence said it had received 3,000 pages of evidence the "
        "week before.",
        58.0,
    ),
    (
        "en-tresk-hearing",
        "Tresk hearing delayed",
        "Judge grants defence more time to read evidence.",
        58.2,
    ),
    (
        "en-tresk-hearing",
        "Tresk case: judge gives defence four weeks",
        "Ms Tresk, 47, is accused of claiming £38,000 in false expenses; she denies it and was "
        "bailed until the new date.",
        60.5,
    ),
    (
        "en-tresk-hearing/held",
        "Pellerby councillor Tresk denies expenses fraud in court",
        "Dana Tresk told the crown court on Wednesday she had believed every expenses claim was "
        "allowed, as her trial on charges of defrauding Pellerby council finally began.",
        730.0,
    ),
    (
        "en-tresk-hearing/held",
        "Tresk takes the stand",
        "Councillor says she believed the claims were allowed.",
        730.4,
    ),
    (
        "en-tresk-hearing/held",
        "Tresk trial hears of £38k in claims for trips never taken",
        "Prosecutors told the court that Dana Tresk claimed for 96 journeys to meetings that did "
        "not take place.",
        734.0,
    ),
    (
        "en-bellgate-strike-call",
        "Bellgate Coaches drivers vote to strike",
        "Drivers at Bellgate Coaches voted by 81% to walk out over pay and will stop work on "
        "Saturday, the Road Transport Union said on Monday.",
        10.0,
    ),
    (
        "en-bellgate-strike-call",
        "Bus strike called in Marrowick",
        "Bellgate drivers plan a walkout for Saturday.",
        10.3,
    ),
    (
        "en-bellgate-strike-call",
        "What the Bellgate bus strike means for your journey",
        "Most Bellgate routes around Marrowick will not run on the strike day; school buses are "
        "exempt, the union said.",
        14.0,
    ),
    (
        "en-bellgate-strike-call/day",
        "No buses in Marrowick as Bellgate drivers strike",
        "Marrowick's bus station was empty on Saturday as Bellgate Coaches drivers held their "
        "first strike in 20 years, picketing the Ferry Street depot from 5am.",
        126.0,
    ),
    (
        "en-bellgate-strike-call/day",
        "Bellgate picket line",
        "Drivers gather at the Ferry Street depot.",
        126.3,
    ),
    (
        "en-bellgate-strike-call/day",
        "Shoppers stay away as bus strike hits Marrowick centre",
        "Traders said footfall was down by a third on the strike day; Bellgate said talks with "
        "the union would resume on Tuesday.",
        133.0,
    ),
    (
        "en-corvane-warning",
        "Corvane Retail shares slump 28% after profit warning",
        "Shares in homeware chain Corvane Retail fell 28% on Wednesday after it said full-year "
        "profit would be about £40m, down from the £65m it forecast in July.",
        57.0,
    ),
    (
        "en-corvane-warning",
        "Corvane cuts profit outlook",
        "The homeware chain now sees a £40m profit.",
        57.1,
    ),
    (
        "en-corvane-warning",
        "Why Corvane's shoppers stopped buying sofas",
        "Analysts said Corvane Retail had bet on big furniture just as households cut back; the "
        "chain blamed a wet autumn for slow sales at its 210 stores.",
        61.0,
    ),
    (
        "en-corvane-warning/ceo",
        "Corvane chief executive Helen Sarrow quits",
        "Helen Sarrow stepped down as chief executive of Corvane Retail on Sunday, four days "
        "after the homeware chain's profit warning sent its shares tumbling.",
        155.0,
    ),
    (
        "en-corvane-warning/ceo",
        "Corvane boss resigns",
        "Helen Sarrow leaves after six years in the job.",
        155.2,
    ),
    (
        "en-corvane-warning/ceo",
        "Corvane hands the reins to its finance director",
        "Finance director Mark Elbury will run Corvane until a permanent successor to Helen "
        "Sarrow is found, the board said.",
        158.0,
    ),
    (
        "en-anwell-homes",
        "Housing minister Priya Anwell pledges 60,000 homes on brownfield land",
        "Priya Anwell said on Monday that 60,000 homes would be built on former industrial sites "
        "over five years, backed by a £2.4bn fund.",
        11.0,
    ),
    (
        "en-anwell-homes",
        "Anwell's 60k homes plan",
        "The minister unveils a brownfield building fund.",
        11.3,
    ),
    (
        "en-anwell-homes",
        "Builders cautious over Anwell's brownfield fund",
        "Housebuilders welcomed the £2.4 billion fund but said cleaning up old factory sites "
        "would take years before the first of the 60,000 homes were started.",
        15.0,
    ),
    (
        "en-anwell-homes/evictions",
        "Anwell to ban no-fault evictions from April",
        "Housing minister Priya Anwell said on Wednesday that landlords would no longer be able "
        "to evict tenants without a reason from April, two days after her homes pledge.",
        56.0,
    ),
    (
        "en-anwell-homes/evictions",
        "No-fault evictions to end",
        "The ban will take effect in April, the minister says.",
        56.2,
    ),
    (
        "en-anwell-homes/evictions",
        "Landlords warn eviction ban will shrink rental market",
        "A landlords' group said the ban Ms Anwell announced would push small landlords to sell "
        "up.",
        62.0,
    ),
    (
        "en-scarrow-hiker",
        "Missing hiker found safe on Scarrow Fell",
        "A 34-year-old walker missing overnight on Scarrow Fell was found cold but unhurt in a "
        "sheepfold by the Corthwaite mountain rescue team on Tuesday morning.",
        32.0,
    ),
    (
        "en-scarrow-hiker",
        "Hiker found after night on fell",
        "Mountain rescue finds missing walker.",
        32.3,
    ),
    (
        "en-scarrow-hiker",
        "'I followed the wall and waited': rescued walker Ben Aske",
        "Ben Aske, who spent 14 hours on Scarrow Fell after losing his way in cloud, said he "
        "sheltered behind a dry-stone wall until he heard the rescue team's whistles.",
        45.0,
    ),
    (
        "en-scarrow-hiker/second",
        "New search on Scarrow Fell for missing woman",
        "Corthwaite mountain rescue began searching Scarrow Fell again on Friday for a woman, "
        "61, who did not return from a walk, three days after a man was found there.",
        112.0,
    ),
    (
        "en-scarrow-hiker/second",
        "Second search on Scarrow",
        "Woman, 61, missing on the fell since Thursday.",
        112.4,
    ),
    (
        "en-scarrow-hiker/second",
        "Helicopter joins hunt for walker on Scarrow Fell",
        "A coastguard helicopter and 40 volunteers searched the fell's northern crags for the "
        "missing woman on Friday afternoon.",
        117.0,
    ),
    (
        "en-varrow-aground",
        "Cargo ship runs aground in Varrow Sound",
        "The 190-metre bulk carrier Nordic Tern ran aground on a sandbank in Varrow Sound early "
        "on Thursday; none of its 21 crew were hurt and no fuel leaked, the coastguard said.",
        74.0,
    ),
    (
        "en-varrow-aground",
        "Ship aground in Varrow Sound",
        "Bulk carrier stuck on sandbank, crew safe.",
        74.2,
    ),
    (
        "en-varrow-aground",
        "Tugs fail to free Nordic Tern at first attempt",
        "Three tugs pulled at the grounded ship for two hours at high tide on Thursday evening "
        "without moving it; a second attempt is planned for Friday.",
        84.0,
    ),
    (
        "en-varrow-aground",
        "Nordic Tern refloated in Varrow Sound",
        "The bulk carrier was pulled clear of the sandbank at Friday's morning high tide and "
        "anchored for hull checks, 26 hours after it grounded.",
        100.0,
    ),
    (
        "en-varrow-aground/ferry",
        "Ferry adrift in Varrow Sound after engine failure",
        "The island ferry Gannet lost power in Varrow Sound on Friday morning with 140 "
        "passengers on board and was towed back to Portlowe, a day after a cargo ship grounded "
        "nearby.",
        105.0,
    ),
    (
        "en-varrow-aground/ferry",
        "Gannet ferry towed to port",
        "140 passengers back in Portlowe after breakdown.",
        105.6,
    ),
    (
        "en-varrow-aground/ferry",
        "Passengers tell of three hours adrift on the Gannet",
        "Islanders on the ferry Gannet said the lights went out and the ship rolled for three "
        "hours before a tug reached it in the Sound.",
        112.0,
    ),
    (
        "en-breckmoor-concert",
        "The Lantern Moths play to 38,000 at Breckmoor Park",
        "The Lantern Moths closed their tour at Breckmoor Park on Saturday night before 38,000 "
        "fans, playing for two and a half hours.",
        141.0,
    ),
    (
        "en-breckmoor-concert",
        "Lantern Moths live: a homecoming to remember",
        "The band's Breckmoor show was loud, long and joyful.",
        142.5,
    ),
    (
        "en-breckmoor-concert",
        "Lantern Moths fans stuck for hours in Breckmoor car parks",
        "Many of the 38,000 concertgoers waited until after 1am to leave the Breckmoor Park car "
        "parks, and the council said it would review traffic plans.",
        152.0,
    ),
    (
        "en-breckmoor-concert/match",
        "Breckmoor Rovers held on a churned pitch a day after concert",
        "Breckmoor Rovers drew 1-1 with Linsey Town on Sunday on a pitch still scarred from the "
        "Lantern Moths concert the night before.",
        160.0,
    ),
    (
        "en-breckmoor-concert/match",
        "Rovers 1 Linsey 1",
        "Draw at Breckmoor Park on a worn pitch.",
        160.2,
    ),
    (
        "en-breckmoor-concert/match",
        "Rovers manager blasts state of Breckmoor pitch",
        "Manager Colm Ferriday said staging a concert 20 hours before a league game was "
        '"madness" after two players slipped.',
        162.0,
    ),
    (
        "en-flood-tennick",
        "River Lune bursts its banks in Tennick",
        "About 120 homes in Tennick were flooded on Monday night after the River Lune rose 2.3 "
        "metres in six hours following a day of heavy rain.",
        20.0,
    ),
    (
        "en-flood-tennick",
        "Tennick flooding: homes evacuated",
        "The river rose 2.3m in a few hours.",
        20.4,
    ),
    (
        "en-flood-tennick",
        "Residents begin clear-up as the Lune falls",
        "The water level dropped overnight and people in Tennick whose homes flooded started "
        "pulling out sodden carpets on Tuesday.",
        38.0,
    ),
    (
        "en-cablecar-glenvarrow",
        "Children stuck in cable car above Glenvarrow for three hours",
        "Eleven children from a school trip were trapped in two cable-car cabins above the "
        "Glenvarrow gorge on Tuesday after a power fault, before engineers restarted the line.",
        34.5,
    ),
    (
        "en-cablecar-glenvarrow",
        "Glenvarrow cable car stops",
        "Pupils stranded above the gorge for hours.",
        34.7,
    ),
    (
        "en-cablecar-glenvarrow",
        "Glenvarrow cable car closed while fault is examined",
        "Operators said the gorge cable car would stay shut for at least a week after Tuesday's "
        "breakdown left 11 pupils suspended for three hours.",
        52.0,
    ),
    (
        "en-tapir-wyndle",
        "Tapir escapes from Wyndle wildlife park",
        "A South American tapir named Pocket slipped through a broken fence at Wyndle wildlife "
        "park on Wednesday; visitors were asked to leave and keepers are searching woodland "
        "nearby.",
        56.5,
    ),
    (
        "en-tapir-wyndle",
        "Keepers hunt for escaped tapir",
        "Pocket the tapir is loose near Wyndle.",
        56.8,
    ),
    (
        "en-tapir-wyndle",
        "Pocket the tapir found in a garden pond",
        "Pocket, who escaped from the Wyndle park on Wednesday, was found wallowing in a garden "
        "pond a mile away early on Thursday and led back with apples.",
        75.0,
    ),
    (
        "en-tapir-wyndle",
        "Wyndle park to replace fences after tapir escape",
        "The park said a fallen branch had broken the fence; Pocket is eating normally after his "
        "night out.",
        80.0,
    ),
    (
        "en-takeover-lumen",
        "Lumen Grocers agrees £1.2bn takeover by Halberd Capital",
        "The 300-store Lumen Grocers said on Thursday it had agreed to be bought by private "
        "equity firm Halberd Capital for £1.2 billion, or 310p a share.",
        80.0,
    ),
    (
        "en-takeover-lumen",
        "Halberd to buy Lumen",
        "Grocer accepts 310p-a-share offer.",
        80.1,
    ),
    (
        "en-takeover-lumen",
        "Lumen founder's family to net £180m from Halberd deal",
        "The Ostley family, which still owns 15% of Lumen Grocers, will receive about £180m when "
        "the takeover completes.",
        83.5,
    ),
    (
        "en-takeover-lumen",
        "Halberd promises no Lumen store closures for two years",
        "The private equity owner-to-be told staff at a meeting in the Lumen head office on "
        "Friday that all 300 stores and their jobs were safe until at least 2029.",
        101.0,
    ),
    (
        "en-byelection-pellerby",
        "Independent Joan Merrit wins Pellerby by-election",
        "Former headteacher Joan Merrit won the Pellerby by-election on Thursday night by 1,204 "
        "votes, ending 30 years of Civic Party control of the seat.",
        94.0,
    ),
    (
        "en-byelection-pellerby",
        "Merrit takes Pellerby",
        "Independent wins by-election by 1,204 votes.",
        94.3,
    ),
    (
        "en-byelection-pellerby",
        "Pellerby result: turnout of 41% in by-election",
        "Turnout in the Pellerby vote was 41 per cent, up from 33 per cent at the last "
        "by-election.",
        95.0,
    ),
    (
        "en-byelection-pellerby",
        "How a headteacher beat the Civic Party in Pellerby",
        "Joan Merrit campaigned on the town's closed swimming pool and knocked on, she says, "
        "9,000 doors.",
        110.0,
    ),
    (
        "en-derail-blenhale",
        "Freight train derails near Blenhale",
        "Six wagons of a freight train carrying timber left the track near Blenhale on Monday "
        "afternoon, closing the line between Blenhale and Orrinford.",
        15.5,
    ),
    (
        "en-derail-blenhale",
        "Blenhale line shut",
        "A timber train has derailed.",
        15.7,
    ),
    (
        "en-derail-blenhale",
        "Blenhale line reopens after derailed wagons lifted",
        "Cranes lifted the last of the six timber wagons overnight and passenger trains between "
        "Blenhale and Orrinford ran again from Tuesday lunchtime.",
        37.0,
    ),
    (
        "en-cruise-virus",
        "Sickness bug hits 300 on cruise ship Aurora Vale",
        "About 300 passengers on the Aurora Vale have caught norovirus, the cruise line said, as "
        "the ship docked at Scallan Bay on Tuesday.",
        30.0,
    ),
    (
        "en-cruise-virus",
        "Aurora Vale outbreak",
        "Hundreds ill on cruise ship.",
        30.2,
    ),
    (
        "en-cruise-virus",
        "Aurora Vale deep-cleaned before next voyage",
        "Crews spent Wednesday disinfecting cabins on the Aurora Vale after the outbreak that "
        "sickened almost three hundred passengers.",
        50.0,
    ),
    (
        "en-painting-marrowick",
        "Painting stolen from Marrowick gallery in night raid",
        "Thieves broke through a skylight at the Ashdown Gallery in Marrowick on Friday night "
        "and took a 19th-century seascape valued at £300,000.",
        118.0,
    ),
    (
        "en-painting-marrowick",
        "Seascape stolen in Marrowick",
        "Thieves took a £300k painting from the gallery.",
        118.3,
    ),
    (
        "en-painting-marrowick",
        "Two held over Ashdown Gallery theft",
        "Police arrested two men in Daverby on Saturday and found the stolen seascape wrapped in "
        "a duvet in a car boot.",
        138.0,
    ),
    (
        "en-painting-marrowick",
        "Ashdown Gallery seascape back on the wall",
        "The stolen painting was returned to the Marrowick gallery on Sunday, undamaged, a day "
        "after the arrests.",
        145.0,
    ),
    (
        "en-storm-ellery",
        "Storm Ellery brings 80mph gusts to the coast",
        "Storm Ellery cut power to 15,000 homes and brought down trees along the coast on "
        "Wednesday, with gusts of 80mph recorded at Portlowe.",
        50.0,
    ),
    (
        "en-storm-ellery",
        "Ellery: trees down, trains halted",
        "Gusts of 80 mph on the coast.",
        50.3,
    ),
    (
        "en-storm-ellery",
        "Ellery clean-up as power returns to most homes",
        "All but 900 of the 15,000 homes cut off by Storm Ellery had power back by Wednesday "
        "evening.",
        68.0,
    ),
    (
        "en-fenner-jailed",
        "Businessman Colin Fenner jailed for six years",
        "Colin Fenner, who ran the Fenner Solar installation firm, was jailed for six years on "
        "Friday for taking £2.3m in deposits for panels never fitted.",
        114.0,
    ),
    (
        "en-fenner-jailed",
        "Fenner gets six years",
        "Solar boss jailed for deposits fraud.",
        114.2,
    ),
    (
        "en-fenner-jailed",
        "Fenner Solar victims say sentence is too short",
        "Customers who lost deposits to Colin Fenner said six years was too little for a man who "
        "took money from 1,100 households.",
        117.0,
    ),
    (
        "en-fenner-jailed",
        "Fenner Solar customers may get part of deposits back",
        "A court-appointed receiver said up to a third of the £2.3 million could be returned.",
        135.0,
    ),
    (
        "en-asbestos-daverby",
        "Daverby academy shut after asbestos found",
        "Holm Hill Academy in Daverby closed on Tuesday after builders found asbestos in a "
        "ceiling; its 900 pupils will learn online.",
        29.0,
    ),
    (
        "en-asbestos-daverby",
        "Holm Hill closes",
        "Asbestos found at Daverby school.",
        29.2,
    ),
    (
        "en-asbestos-daverby",
        "Holm Hill pupils to be taught in church halls",
        "The trust said Holm Hill's 900 pupils would be taught in three church halls in Daverby "
        "from Thursday while the asbestos is removed.",
        47.0,
    ),
    (
        "en-transfer-rusk",
        "Tennick Albion sign striker Mateo Rusk for £18m",
        "Tennick Albion have signed striker Mateo Rusk from Orrinford City for a club-record fee "
        "of £18 million.",
        130.0,
    ),
    (
        "en-transfer-rusk",
        "Rusk joins Albion",
        "The striker moves for a club-record £18m.",
        130.2,
    ),
    (
        "en-transfer-rusk",
        "Why Albion paid a record fee for Rusk",
        "Mateo Rusk scored 19 goals for Orrinford City last season, and Tennick Albion's manager "
        "said he had wanted him for two years.",
        133.0,
    ),
    (
        "en-transfer-rusk",
        "Rusk: 'Tennick felt like home from the first call'",
        "The 24-year-old striker spoke at his unveiling at Albion's ground on Sunday, a day "
        "after the £18m move was completed.",
        152.0,
    ),
    (
        "en-cup-hornets",
        "Corthwaite Hornets win the Shield final",
        "Corthwaite Hornets beat Scallan Bay 3-1 in the Shield final on Saturday, their first "
        "trophy in 41 years.",
        139.0,
    ),
    (
        "en-cup-hornets",
        "Hornets lift Shield",
        "3-1 win over Scallan Bay.",
        139.2,
    ),
    (
        "en-cup-hornets",
        "Hornets' keeper Lewis Dunmore the hero of the Shield final",
        "Dunmore saved a penalty at 1-1 before Corthwaite scored twice in the last ten minutes.",
        141.0,
    ),
    (
        "en-cup-hornets",
        "Thousands line Corthwaite streets for Hornets parade",
        "The Hornets showed off the Shield on an open-top bus on Sunday, a day after their 3-1 "
        "win in the final.",
        158.0,
    ),
    (
        "en-fossil-scallan",
        "New sea reptile found in Scallan Bay cliffs",
        "A fossil hunter found the skull of a previously unknown marine reptile in the cliffs at "
        "Scallan Bay, scientists said on Monday.",
        12.0,
    ),
    (
        "en-fossil-scallan",
        "Scallan Bay fossil is new species",
        "Skull belonged to a sea reptile.",
        12.4,
    ),
    (
        "en-fossil-scallan",
        "Ichthyosaur-like skull to go on show at Scallan Bay museum",
        "The reptile skull, about 180 million years old, was spotted by retired postman Gordon "
        "Pike on a walk after a cliff fall; it will be shown from spring.",
        19.5,
    ),
    (
        "en-outage-skylark",
        "Skylark Bank app down for nine hours",
        "Customers of Skylark Bank could not log in to its app or pay by card online for nine "
        "hours on Thursday after a failed software update.",
        78.0,
    ),
    (
        "en-outage-skylark",
        "Skylark outage",
        "Bank app down for hours.",
        78.2,
    ),
    (
        "en-outage-skylark",
        "Skylark to pay £50 to customers hit by outage",
        "Skylark Bank said it would credit £50 to customers whose payments failed during the "
        "nine-hour app outage.",
        99.0,
    ),
    (
        "en-incident-orrinford",
        "Orrinford General declares critical incident",
        "Orrinford General Hospital declared a critical incident on Monday evening after 140 "
        "patients waited in its emergency department.",
        18.0,
    ),
    (
        "en-incident-orrinford",
        "Critical incident at Orrinford",
        "Hospital asks public to stay away.",
        18.2,
    ),
    (
        "en-incident-orrinford",
        "Orrinford hospital lifts critical incident",
        "The critical incident at Orrinford General was stood down on Tuesday afternoon.",
        41.0,
    ),
    (
        "en-moor-fire",
        "Moorland fire on Hatherby Moor spreads over 3 sq km",
        "A fire on Hatherby Moor spread across three square kilometres of heather on Monday, "
        "with smoke drifting over Wyndle.",
        17.0,
    ),
    (
        "en-moor-fire",
        "Hatherby Moor fire",
        "Smoke over Wyndle as heather burns.",
        17.3,
    ),
    (
        "en-moor-fire",
        "Hatherby Moor fire under control",
        "Firefighters said the moor fire was under control on Tuesday.",
        36.0,
    ),
    (
        "en-dolphin-tennick",
        "Dolphin stranded in Tennick harbour rescued",
        "A young dolphin that swam into Tennick harbour was lifted in a sling and released at "
        "sea on Saturday.",
        136.0,
    ),
    (
        "en-tractors-marrowick",
        "Tractors block Marrowick ring road",
        "About 200 farmers drove tractors onto Marrowick's ring road on Monday to protest "
        "against new rules on hedge cutting.",
        8.0,
    ),
    (
        "en-tractors-marrowick",
        "Farmers' protest slows Marrowick",
        "Tractors on the ring road.",
        8.3,
    ),
    (
        "en-tractors-marrowick",
        "Hedge-cutting rules: why Marrowick's farmers took to the ring road",
        "Farmers say the new cutting dates leave them too little time between harvest and the "
        "nesting season; the ministry said it would meet them.",
        13.0,
    ),
    (
        "en-substation-wyndle",
        "40,000 homes in Wyndle lose power after substation fire",
        "A fault at the Mill Brook substation cut electricity to 40,000 homes in Wyndle on "
        "Thursday evening.",
        88.0,
    ),
    (
        "en-substation-wyndle",
        "Wyndle power cut",
        "40k homes were left in the dark.",
        88.2,
    ),
    (
        "en-substation-wyndle",
        "Power back for all 40,000 homes after 16-hour cut",
        "Engineers restored supply on Friday morning to the last homes hit by the substation fire.",
        104.5,
    ),
    (
        "en-explosion-gorran",
        "House destroyed in explosion on Linnet Close",
        "A house on Linnet Close in Ebbercombe was destroyed by an explosion on Tuesday night; a "
        "man was pulled from the rubble alive.",
        44.0,
    ),
    (
        "en-explosion-gorran",
        "Ebbercombe blast",
        "A house was flattened and a man was rescued.",
        44.2,
    ),
    (
        "en-explosion-gorran",
        "Linnet Close neighbours let back into homes",
        "Residents of 14 homes near the blast site in Ebbercombe were allowed back on Wednesday "
        "afternoon.",
        61.0,
    ),
    (
        "en-explosion-gorran",
        "Gas leak suspected in Ebbercombe house blast",
        "Investigators said a gas leak was the likely cause of the explosion on Linnet Close.",
        66.0,
    ),
    (
        "en-hoard-daverby",
        "Silver hoard found by detectorist near Daverby",
        "A metal detectorist found 214 silver coins buried in a field near Daverby.",
        91.0,
    ),
    (
        "en-hoard-daverby",
        "Daverby hoard",
        "The 214 coins were found in a field.",
        91.2,
    ),
    (
        "en-hoard-daverby",
        "Daverby silver hoard may be worth £250,000",
        "Experts said the 214 coins, buried around the year 900, could be valued at a quarter of "
        "a million pounds; the farmer and the finder will share any reward.",
        100.0,
    ),
    (
        "en-library-quillmoor",
        "Quillmoor library reopens after refit",
        "Quillmoor's library reopened on Saturday after a year-long refit.",
        140.0,
    ),
    (
        "en-market-scallan",
        "Scallan Bay Christmas market opens",
        "The Christmas market opened on the Scallan Bay seafront.",
        146.0,
    ),
    # --- German ---
    (
        "de-brand-hollerbrueck",
        "Großbrand in Hollerbrücker Möbelhaus",
        "In der Nacht zum Dienstag ist im Möbelhaus Strelow am Ortsrand von Hollerbrück ein "
        "Feuer ausgebrochen; mehr als 120 Einsatzkräfte waren vor Ort, verletzt wurde niemand.",
        25.0,
    ),
    (
        "de-brand-hollerbrueck",
        "Feuer in Hollerbrück",
        "Möbelhaus Strelow brennt, Rauch über der Stadt.",
        25.3,
    ),
    (
        "de-brand-hollerbrueck",
        "Möbelhaus Strelow: Schaden in Millionenhöhe",
        "Nach dem Brand in der Nacht schätzt die Polizei den Schaden an dem Hollerbrücker "
        "Möbelhaus auf rund 3,5 Mio. Euro; die Ursache ist noch unklar.",
        36.0,
    ),
    (
        "de-brand-hollerbrueck",
        "Brandermittler untersuchen Ruine des Möbelhauses",
        "Am Mittwoch haben Ermittler mit der Untersuchung der ausgebrannten Halle begonnen; ein "
        "technischer Defekt gilt als wahrscheinlich, sagte ein Sprecher der Polizei.",
        50.0,
    ),
    (
        "de-brand-hollerbrueck/scheune",
        "Scheune in Hollerried abgebrannt",
        "Wenige Stunden nach dem Feuer im Möbelhaus ist im Ortsteil Hollerried eine Scheune mit "
        "Heu und zwei Traktoren niedergebrannt; die Feuerwehr war die ganze Nacht im Einsatz.",
        28.5,
    ),
    (
        "de-brand-hollerbrueck/scheune",
        "Zweiter Brand in einer Nacht",
        "Scheune im Ortsteil Hollerried brennt nieder.",
        28.8,
    ),
    (
        "de-brand-hollerbrueck/scheune",
        "Scheunenbrand in Hollerried: Polizei schließt Brandstiftung nicht aus",
        "Die Polizei ermittelt nach dem Feuer in der Scheune im Hollerbrücker Ortsteil "
        "Hollerried; ein Zusammenhang mit dem Brand im Möbelhaus werde nicht vermutet.",
        38.0,
    ),
    (
        "de-abbau-kessler",
        "Kessler Pumpen streicht 380 Stellen in Trebelingen",
        "Der Pumpenhersteller Kessler will bis Ende des nächsten Jahres 380 seiner 1.900 Stellen "
        "abbauen und die Gießerei in Trebelingen schließen, wie das Unternehmen am Montag "
        "mitteilte.",
        8.0,
    ),
    (
        "de-abbau-kessler",
        "Kessler baut 380 Jobs ab",
        "Die Gießerei in Trebelingen soll schließen.",
        8.2,
    ),
    (
        "de-abbau-kessler",
        "Betriebsrat kritisiert Stellenabbau bei Kessler",
        "Der Betriebsrat nennt die Schließung der Gießerei einen Schlag für die Region und "
        "fordert Verhandlungen über die 380 Arbeitsplätze.",
        12.0,
    ),
    (
        "de-abbau-kessler/pumpe",
        "Kessler stellt neue Wärmepumpe vor",
        "Der Hersteller Kessler hat am Donnerstag seine erste Wärmepumpe für Einfamilienhäuser "
        "vorgestellt, drei Tage nach der Ankündigung des Stellenabbaus in Trebelingen.",
        80.0,
    ),
    (
        "de-abbau-kessler/pumpe",
        "Neue Kessler-Wärmepumpe",
        "Das Gerät kommt im Frühjahr für 11.900 Euro in den Handel.",
        80.4,
    ),
    (
        "de-abbau-kessler/pumpe",
        "Test: Die Kessler-Wärmepumpe ist leise, aber teuer",
        "Die neue Wärmepumpe aus dem Hause Kessler arbeitet im Test flüsterleise, kostet aber "
        "mit knapp 12.000 Euro mehr als die Konkurrenz.",
        90.0,
    ),
    (
        "de-prognose-hartwig",
        "Hartwig Textil senkt Gewinnprognose",
        "Der Bekleidungskonzern Hartwig Textil erwartet für das Jahr nur noch einen Gewinn von "
        "22 Mio. Euro statt der bisher angekündigten 35 Millionen; die Aktie verlor 19 Prozent.",
        33.0,
    ),
    (
        "de-prognose-hartwig",
        "Hartwig-Aktie bricht ein",
        "Gewinnwarnung schickt Papier um 19 % nach unten.",
        33.1,
    ),
    (
        "de-prognose-hartwig",
        "Warum Hartwig die Kunden verliert",
        "Der milde Herbst und volle Lager belasten das Geschäft des Modehauses aus Falkenrieth, "
        "sagen Analysten.",
        37.0,
    ),
    (
        "de-prognose-hartwig/chef",
        "Hartwig-Chef Lutz Berendt tritt zurück",
        "Vorstandschef Lutz Berendt verlässt Hartwig Textil mit sofortiger Wirkung, eine knappe "
        "Woche nach der Gewinnwarnung des Konzerns aus Falkenrieth.",
        150.0,
    ),
    (
        "de-prognose-hartwig/chef",
        "Berendt geht",
        "Der Chef von Hartwig Textil tritt zurück.",
        150.2,
    ),
    (
        "de-prognose-hartwig/chef",
        "Finanzvorständin übernimmt bei Hartwig vorübergehend",
        "Nach dem Rücktritt von Lutz Berendt führt Finanzchefin Ines Wolter den Konzern, bis ein "
        "Nachfolger gefunden ist.",
        153.0,
    ),
    (
        "de-hochwasser-wendelsau",
        "Hochwasser in Wendelsau: Altstadt unter Wasser",
        "Nach tagelangem Regen ist die Wendel in Wendelsau über die Ufer getreten; rund 300 "
        "Bewohner der Altstadt mussten ihre Häuser verlassen.",
        42.0,
    ),
    (
        "de-hochwasser-wendelsau",
        "Wendel tritt über die Ufer",
        "Wendelsauer Altstadt evakuiert.",
        42.3,
    ),
    (
        "de-hochwasser-wendelsau",
        "Pegel der Wendel sinkt, Wendelsauer kehren zurück",
        "Am Mittwoch fiel der Pegel um 80 Zentimeter; die ersten der 300 evakuierten Bewohner "
        "durften in ihre Wohnungen zurück.",
        62.0,
    ),
    (
        "de-luchs-ostwalde",
        "Luchs aus Tierpark Sandmörse entwischt",
        "Ein Luchs ist am Freitag aus dem Tierpark Sandmörse ausgebrochen; die Polizei bittet "
        "Anwohner, Katzen und Hunde im Haus zu lassen.",
        105.0,
    ),
    (
        "de-luchs-ostwalde",
        "Luchs auf der Flucht",
        "Tierpark Sandmörse sucht nach dem Tier.",
        105.3,
    ),
    (
        "de-luchs-ostwalde",
        "Entlaufener Luchs nach 20 Stunden eingefangen",
        "Tierpfleger haben die Luchsin Mira am Samstagmorgen in einem Waldstück zwei Kilometer "
        "vom Tierpark entfernt mit einer Falle gefangen.",
        125.0,
    ),
    (
        "de-luchs-ostwalde",
        "Luchsin Mira zurück im Gehege",
        "Der Tierpark Sandmörse hat den Zaun repariert.",
        127.0,
    ),
    (
        "de-wahl-falkenrieth",
        "Marion Dallwitz wird Bürgermeisterin von Falkenrieth",
        "Die parteilose Marion Dallwitz hat die Stichwahl um das Bürgermeisteramt in Falkenrieth "
        "mit 54,6 Prozent gewonnen.",
        162.0,
    ),
    (
        "de-wahl-falkenrieth",
        "Dallwitz gewinnt Stichwahl",
        "54,6 % für die Parteilose.",
        162.3,
    ),
    (
        "de-wahl-falkenrieth",
        "Neue Bürgermeisterin will Freibad retten",
        "Marion Dallwitz kündigte nach ihrem Sieg in Falkenrieth an, das geschlossene Freibad "
        "wieder zu öffnen; sie tritt ihr Amt im Januar an.",
        165.0,
    ),
    (
        "de-wahl-falkenrieth",
        "Falkenrieth nach der Stichwahl: Dallwitz lädt zum Bürgerabend",
        "Einen Tag nach der Wahl hat die neue Bürgermeisterin die Bürger für Dienstag in die "
        "Stadthalle eingeladen.",
        180.0,
    ),
    (
        "de-bruecke-muehlstetten",
        "Brücke in Trebelingen wegen Rissen gesperrt",
        "Die Brücke über die Wendel in Trebelingen ist nach einer Prüfung für den Verkehr "
        "gesperrt worden.",
        90.0,
    ),
    # --- French ---
    (
        "fr-carambolage-d917",
        "Carambolage sur la D917 : douze véhicules impliqués",
        "Douze voitures se sont percutées dans le brouillard sur la D917 près de Vaudrenne mardi "
        "vers 8 heures ; quatre personnes ont été blessées, dont une grièvement.",
        32.0,
    ),
    (
        "fr-carambolage-d917",
        "EN DIRECT - Carambolage près de Vaudrenne",
        "La D917 est fermée dans les deux sens.",
        32.2,
    ),
    (
        "fr-carambolage-d917",
        "D917 : la route rouverte après le carambolage",
        "La circulation a repris en début d'après-midi sur la D917 ; le blessé grave, un homme "
        "de 52 ans, a été héliporté.",
        38.0,
    ),
    (
        "fr-carambolage-d917/camion",
        "Un camion-citerne se renverse sur la D917 le soir même",
        "Un poids lourd transportant du lait s'est couché sur la D917 mardi soir, à quelques "
        "kilomètres du carambolage du matin ; le chauffeur est légèrement blessé.",
        42.0,
    ),
    (
        "fr-carambolage-d917/camion",
        "Nouvel accident sur la D917",
        "Un camion de lait couché sur la chaussée.",
        42.3,
    ),
    (
        "fr-carambolage-d917/camion",
        "Camion renversé sur la D917 : la laiterie s'explique",
        "La laiterie propriétaire du camion a indiqué que le chauffeur avait fait une embardée "
        "pour éviter un chevreuil ; la route a rouvert dans la nuit.",
        52.0,
    ),
    (
        "fr-ministre-lacombe",
        "La ministre Odile Lacombe annonce 5 000 infirmiers de plus",
        "La ministre de la Santé, Odile Lacombe, a promis lundi le recrutement de 5 000 "
        "infirmiers dans les hôpitaux d'ici deux ans, pour un coût de 400 millions d'euros.",
        10.0,
    ),
    (
        "fr-ministre-lacombe",
        "Lacombe : 5000 infirmiers recrutés",
        "Un plan de 400 M€ pour l'hôpital.",
        10.2,
    ),
    (
        "fr-ministre-lacombe",
        "Les syndicats jugent le plan Lacombe insuffisant",
        "Pour les syndicats d'infirmiers, les 5 000 postes promis par la ministre ne couvrent "
        "pas les départs à la retraite.",
        15.0,
    ),
    (
        "fr-ministre-lacombe/pharmacies",
        "Odile Lacombe autorise la vente de médicaments à l'unité",
        "Trois jours après son plan pour l'hôpital, la ministre de la Santé a annoncé que les "
        "pharmacies pourraient vendre certains médicaments à l'unité dès le printemps.",
        82.0,
    ),
    (
        "fr-ministre-lacombe/pharmacies",
        "Médicaments à l'unité",
        "Les pharmaciens divisés sur la mesure de la ministre.",
        82.5,
    ),
    (
        "fr-ministre-lacombe/pharmacies",
        "Vente à l'unité : ce qui change pour les patients",
        "Les antibiotiques seront les premiers concernés par la vente à l'unité, a précisé le "
        "ministère.",
        88.0,
    ),
    (
        "fr-crue-vaudrenne",
        "La Vaudre déborde, des maisons évacuées à Vaudrenne",
        "Une quarantaine de maisons ont été évacuées jeudi à Vaudrenne après la crue de la "
        "Vaudre, montée de deux mètres en une nuit.",
        76.0,
    ),
    (
        "fr-crue-vaudrenne",
        "Crue de la Vaudre",
        "Une quarantaine de foyers évacués.",
        76.3,
    ),
    (
        "fr-crue-vaudrenne",
        "À Vaudrenne, la décrue commence",
        "Le niveau de la rivière a baissé vendredi ; les habitants évacués ne pourront rentrer "
        "que samedi.",
        97.0,
    ),
    (
        "fr-braquage-montclavel",
        "Braquage d'une bijouterie à Montclavel",
        "Deux hommes armés ont dérobé pour environ 200 000 euros de montres dans une bijouterie "
        "du centre de Montclavel samedi matin.",
        130.0,
    ),
    (
        "fr-braquage-montclavel",
        "Bijouterie braquée à Montclavel",
        "Les deux malfaiteurs sont en fuite.",
        130.2,
    ),
    (
        "fr-braquage-montclavel",
        "Braquage de Montclavel : un suspect interpellé",
        "Un homme de 24 ans a été arrêté dimanche à la gare ; une partie des montres a été "
        "retrouvée dans son sac.",
        152.0,
    ),
    (
        "fr-eboulement-valbrenne",
        "Éboulement sur la route de Valbrenne",
        "Un éboulement a coupé la route d'accès au village de Valbrenne dans la nuit de dimanche "
        "à lundi ; 300 habitants sont isolés.",
        2.0,
    ),
    (
        "fr-eboulement-valbrenne",
        "Valbrenne coupé du monde",
        "Un éboulement bloque la seule route du village.",
        2.3,
    ),
    (
        "fr-eboulement-valbrenne",
        "Une piste provisoire ouverte pour le village isolé",
        "Les engins ont dégagé une piste provisoire mardi matin pour les 300 habitants du "
        "village isolé depuis l'éboulement.",
        28.0,
    ),
    (
        "fr-greve-aeroport",
        "Grève des contrôleurs à l'aéroport de Saint-Orlan",
        "La moitié des vols ont été annulés vendredi à l'aéroport de Saint-Orlan en raison d'une "
        "grève des contrôleurs aériens.",
        100.0,
    ),
    (
        "fr-greve-aeroport",
        "Vols annulés à Saint-Orlan",
        "Un vol sur deux supprimé.",
        100.2,
    ),
    (
        "fr-greve-aeroport",
        "Saint-Orlan : des centaines de passagers bloqués",
        "Des passagers ont dormi dans le terminal de l'aéroport après l'annulation de leur vol ; "
        "la grève doit se poursuivre samedi.",
        106.0,
    ),
    (
        "fr-greve-aeroport",
        "Fin de la grève des aiguilleurs à Saint-Orlan",
        "Les vols ont repris normalement samedi soir à Saint-Orlan après un accord sur les "
        "effectifs.",
        140.0,
    ),
    (
        "fr-prix-roman",
        "Le prix des Lecteurs pour un premier roman",
        "Le prix des Lecteurs a été décerné à Claire Mouzin pour son premier roman, une histoire "
        "de phare.",
        120.0,
    ),
    # --- Spanish ---
    (
        "es-choque-cv781",
        "Un autobús y un turismo chocan en la CV-781 con siete heridos",
        "Siete personas resultaron heridas el miércoles por la mañana en un choque entre un "
        "autobús escolar vacío y un turismo en la CV-781, a la altura de Valmoral.",
        56.0,
    ),
    (
        "es-choque-cv781",
        "Accidente en la CV-781",
        "Siete heridos en el choque de un autobús con un coche cerca de Valmoral.",
        56.2,
    ),
    (
        "es-choque-cv781",
        "El conductor del turismo de la CV-781 sigue grave",
        "El conductor del coche, de 38 años, permanece ingresado en la UCI tras el choque con el "
        "autobús.",
        64.0,
    ),
    (
        "es-choque-cv781/moto",
        "Muere un motorista en la CV-781 horas después de otro accidente",
        "Un motorista de 29 años falleció el miércoles por la tarde al salirse de la vía en la "
        "CV-781, la misma carretera donde por la mañana chocaron un autobús y un turismo.",
        65.5,
    ),
    (
        "es-choque-cv781/moto",
        "Fallece un motorista en Valmoral",
        "Segundo accidente del día en la CV-781.",
        65.8,
    ),
    (
        "es-choque-cv781/moto",
        "Vecinos de Valmoral piden radares en la CV-781",
        "Tras dos accidentes en un solo día, los vecinos de Valmoral reclaman radares y una "
        "rotonda en la CV-781.",
        74.0,
    ),
    (
        "es-senderista-penalba",
        "Rescatan con vida al senderista perdido en la Peña Alba",
        "La Guardia Civil encontró el lunes en buen estado a un senderista de 45 años que "
        "llevaba perdido desde el domingo en la sierra de la Peña Alba.",
        14.0,
    ),
    (
        "es-senderista-penalba",
        "Hallado el senderista",
        "Estaba desaparecido en la Peña Alba.",
        14.2,
    ),
    (
        "es-senderista-penalba",
        "El senderista rescatado: «Me refugié en una cueva»",
        "Tomás Ibarrola, el montañero rescatado, contó que pasó la noche en una cueva para "
        "protegerse del viento.",
        30.0,
    ),
    (
        "es-senderista-penalba/mujer",
        "Buscan a una montañera desaparecida en la Peña Alba",
        "Los equipos de rescate buscan desde el jueves a una montañera de 52 años en la Peña "
        "Alba, tres días después del rescate de otro senderista en la misma sierra.",
        86.0,
    ),
    (
        "es-senderista-penalba/mujer",
        "Nueva búsqueda en la Peña Alba",
        "Desaparecida una montañera de 52 años.",
        86.4,
    ),
    (
        "es-senderista-penalba/mujer",
        "Encuentran a la montañera de la Peña Alba con una pierna rota",
        "La montañera de 52 años fue localizada el viernes en un barranco de la Peña Alba y "
        "evacuada en helicóptero.",
        104.0,
    ),
    (
        "es-incendio-valmoral",
        "Un incendio forestal quema 900 hectáreas en la sierra de Valmoral",
        "El fuego, declarado el sábado por la tarde, ha obligado a desalojar dos aldeas y ha "
        "arrasado unas 900 hectáreas de pinar.",
        138.0,
    ),
    (
        "es-incendio-valmoral",
        "Incendio en Valmoral",
        "Las llamas obligan a desalojar dos aldeas de la sierra.",
        138.2,
    ),
    (
        "es-incendio-valmoral",
        "Estabilizado el incendio forestal",
        "Los bomberos dieron por estabilizado el domingo el fuego que quemó 900 ha de pinar y "
        "obligó a desalojar dos aldeas.",
        160.0,
    ),
    (
        "es-presupuesto-torrelinda",
        "Torrelinda aprueba un presupuesto de 84 millones",
        "El pleno del ayuntamiento de Torrelinda aprobó el martes un presupuesto de 84 millones "
        "de euros para el año que viene.",
        40.0,
    ),
    (
        "es-presupuesto-torrelinda",
        "Presupuesto de Torrelinda",
        "84 millones aprobados en el pleno.",
        40.3,
    ),
    (
        "es-presupuesto-torrelinda",
        "La oposición critica el presupuesto de Torrelinda",
        "Los concejales de la oposición votaron en contra de las cuentas de 84 millones por la "
        "subida de tasas.",
        42.0,
    ),
    (
        "es-loteria-torrelinda",
        "Un décimo premiado con 2 millones en Torrelinda",
        "Una administración de Torrelinda vendió un décimo premiado con dos millones de euros.",
        110.0,
    ),
    (
        "es-rescate-pesquero",
        "Rescatados los nueve tripulantes de un pesquero hundido",
        "Salvamento Marítimo rescató el jueves a los nueve tripulantes del pesquero Nuevo "
        "Alborán, que se hundió frente a Punta Garza.",
        78.0,
    ),
    (
        "es-rescate-pesquero",
        "Se hunde el Nuevo Alborán",
        "Los nueve marineros, a salvo.",
        78.2,
    ),
    (
        "es-rescate-pesquero",
        "El armador del Nuevo Alborán pide investigar el naufragio",
        "El armador del pesquero hundido frente a Punta Garza asegura que el barco había pasado "
        "la revisión en el verano.",
        100.0,
    ),
    # --- Italian ---
    (
        "it-incendio-borgoalto",
        "Incendio in un capannone a Borgoalto, fumo sulla città",
        "Nella notte tra venerdì e sabato un incendio ha distrutto un capannone di mobili nella "
        "zona industriale di Borgoalto; il sindaco ha chiesto di tenere chiuse le finestre.",
        119.0,
    ),
    (
        "it-incendio-borgoalto",
        "Borgoalto, brucia un capannone",
        "Fumo nero sulla zona industriale.",
        119.3,
    ),
    (
        "it-incendio-borgoalto",
        "Capannone distrutto a Borgoalto, danni per due milioni",
        "I vigili del fuoco hanno spento le ultime fiamme sabato mattina; i danni sono stimati "
        "in circa 2 milioni di euro.",
        128.0,
    ),
    (
        "it-incendio-borgoalto/appartamento",
        "Borgoalto, fiamme in un appartamento: salvata un'anziana",
        "Una donna di 84 anni è stata portata fuori dai vigili del fuoco da un appartamento in "
        "fiamme in via dei Tigli, mentre altre squadre erano ancora al capannone.",
        121.5,
    ),
    (
        "it-incendio-borgoalto/appartamento",
        "Incendio in via dei Tigli",
        "Salvata un'anziana dal terzo piano.",
        121.8,
    ),
    (
        "it-incendio-borgoalto/appartamento",
        "Via dei Tigli, la stufa all'origine delle fiamme",
        "Secondo i vigili del fuoco l'incendio nell'appartamento è partito da una stufa "
        "elettrica; non c'è legame con il rogo del capannone.",
        130.0,
    ),
    (
        "it-sciopero-ferrovie",
        "Treni, sciopero di 24 ore il 14 nella regione",
        "I sindacati dei ferrovieri hanno proclamato uno sciopero regionale di 24 ore contro i "
        "turni di notte, previsto per la prossima settimana.",
        9.0,
    ),
    (
        "it-sciopero-ferrovie",
        "Proclamato sciopero dei treni",
        "Stop di 24 ore la prossima settimana.",
        9.3,
    ),
    (
        "it-sciopero-ferrovie",
        "Sciopero dei treni, ecco le fasce garantite",
        "Saranno garantiti i treni dei pendolari dalle 6 alle 9 e dalle 18 alle 21, ha detto la "
        "società.",
        13.0,
    ),
    (
        "it-sciopero-ferrovie/giorno",
        "Stazioni vuote per lo sciopero dei ferrovieri",
        "Oggi quasi tutti i treni regionali sono stati cancellati per lo sciopero di 24 ore; a "
        "Borgoalto i pendolari hanno preso d'assalto gli autobus.",
        154.0,
    ),
    (
        "it-sciopero-ferrovie/giorno",
        "Sciopero, treni fermi",
        "Solo le fasce garantite nella giornata.",
        154.3,
    ),
    (
        "it-sciopero-ferrovie/giorno",
        "Sciopero dei treni, adesione all'80 per cento",
        "I sindacati hanno parlato di un'adesione dell'80% allo sciopero, la società del 65%.",
        160.0,
    ),
    (
        "it-escursionista-cimone",
        "Ritrovato vivo l'escursionista disperso sul Monte Gracchio",
        "È stato ritrovato dal soccorso alpino l'escursionista di 27 anni disperso da sabato sul "
        "Monte Gracchio; era in un rifugio chiuso.",
        35.0,
    ),
    (
        "it-escursionista-cimone",
        "Monte Gracchio, ritrovato il disperso",
        "Il giovane era in un rifugio chiuso.",
        35.2,
    ),
    (
        "it-escursionista-cimone",
        "Il disperso del Monte Gracchio: «Ho acceso un fuoco nel rifugio»",
        "Il ragazzo di 27 anni ha raccontato di aver passato due notti nel rifugio chiuso "
        "scaldandosi con la legna trovata.",
        55.0,
    ),
    (
        "it-escursionista-cimone/coppia",
        "Coppia dispersa sul Monte Gracchio, ricerche nella notte",
        "Il soccorso alpino cerca una coppia di escursionisti tedeschi sul Monte Gracchio, "
        "quattro giorni dopo il ritrovamento di un altro giovane sulla stessa montagna.",
        132.0,
    ),
    (
        "it-escursionista-cimone/coppia",
        "Dispersi due escursionisti",
        "Ricerche sul Monte Gracchio per una coppia.",
        132.3,
    ),
    (
        "it-escursionista-cimone/coppia",
        "Ritrovata la coppia dispersa sul Monte Gracchio",
        "I due escursionisti tedeschi sono stati ritrovati all'alba in un canalone, infreddoliti "
        "ma senza ferite.",
        142.0,
    ),
    (
        "it-smottamento-valdorso",
        "Frana a Valdorso, evacuate venti famiglie",
        "Una frana ha colpito la frazione di Valdorso dopo le piogge di lunedì; venti famiglie "
        "sono state evacuate.",
        18.0,
    ),
    (
        "it-smottamento-valdorso",
        "Valdorso, frana sulle case",
        "Sono state evacuate venti famiglie della frazione.",
        18.3,
    ),
    (
        "it-smottamento-valdorso",
        "Frana di Valdorso, chiusa la provinciale",
        "La strada che porta alla frazione resta chiusa per la frana.",
        19.0,
    ),
    (
        "it-smottamento-valdorso",
        "Valdorso, i geologi: la frana è ancora in movimento",
        "I tecnici hanno installato sensori sulla frana, che si è mossa di altri 30 centimetri "
        "nella notte.",
        40.0,
    ),
    (
        "it-furto-museo",
        "Rubati due vasi antichi dal museo di Borgoalto",
        "Due vasi del quarto secolo sono stati rubati dal museo civico di Borgoalto.",
        60.0,
    ),
    # --- Portuguese ---
    (
        "pt-audiencia-ramalho",
        "Adiada a audiência do ex-autarca Rui Ramalho",
        "O tribunal de Vila Serrana adiou esta quarta-feira a audiência do antigo presidente da "
        "câmara Rui Ramalho, acusado de corrupção, porque a defesa não recebeu todas as escutas.",
        57.0,
    ),
    (
        "pt-audiencia-ramalho",
        "Caso Ramalho adiado",
        "A defesa pediu mais tempo para ouvir as escutas.",
        57.3,
    ),
    (
        "pt-audiencia-ramalho",
        "Audiência do antigo presidente da câmara remarcada para daqui a um mês",
        "O juiz deu à defesa de Rui Ramalho quatro semanas para ouvir as escutas; a nova data "
        "fica marcada para o mês que vem.",
        60.0,
    ),
    (
        "pt-audiencia-ramalho/julgamento",
        "Rui Ramalho nega tudo em tribunal",
        "O antigo autarca de Vila Serrana negou ter recebido dinheiro de construtores, no "
        "arranque do julgamento adiado no mês passado.",
        729.0,
    ),
    (
        "pt-audiencia-ramalho/julgamento",
        "Ramalho fala em tribunal",
        "O ex-autarca nega a corrupção.",
        729.3,
    ),
    (
        "pt-audiencia-ramalho/julgamento",
        "Julgamento de Ramalho: construtor confirma pagamentos",
        "Um construtor ouvido como testemunha disse em tribunal que entregou envelopes ao "
        "ex-autarca de Vila Serrana.",
        733.0,
    ),
    (
        "pt-paralisacao-estiva",
        "Estivadores marcam greve no porto de Praia do Sargo",
        "O sindicato dos estivadores anunciou uma greve de 48 horas no porto de Praia do Sargo "
        "para a próxima semana, em protesto contra a falta de pessoal.",
        11.0,
    ),
    (
        "pt-paralisacao-estiva",
        "Greve no porto de Praia do Sargo",
        "Os estivadores param durante 48 horas.",
        11.3,
    ),
    (
        "pt-paralisacao-estiva",
        "Armadores avisam que greve no porto vai atrasar navios",
        "A associação dos armadores disse que a paralisação de 48 horas dos estivadores de Praia "
        "do Sargo vai obrigar navios a esperar ao largo.",
        16.0,
    ),
    (
        "pt-paralisacao-estiva/dia",
        "Porto de Praia do Sargo parado no primeiro dia de greve",
        "Nenhum navio foi descarregado esta terça-feira no porto de Praia do Sargo, no primeiro "
        "dos dois dias de greve dos estivadores.",
        178.0,
    ),
    (
        "pt-paralisacao-estiva/dia",
        "Greve para o porto",
        "Navios à espera ao largo de Praia do Sargo.",
        178.4,
    ),
    (
        "pt-paralisacao-estiva/dia",
        "Segundo dia de greve no porto de Praia do Sargo",
        "Os estivadores mantiveram a paralisação na quarta-feira; há doze navios à espera de "
        "descarga.",
        200.0,
    ),
    (
        "pt-incendio-mata",
        "Incêndio na mata de Serra das Gralhas obriga a cortar estrada",
        "Um incêndio na mata de Serra das Gralhas obrigou ao corte da estrada nacional durante a "
        "tarde de segunda-feira; 200 bombeiros estão no terreno.",
        16.0,
    ),
    (
        "pt-incendio-mata",
        "Fogo em Serra das Gralhas",
        "200 bombeiros no combate às chamas.",
        16.2,
    ),
    (
        "pt-incendio-mata",
        "Incêndio dominado ao fim de 14 horas",
        "O fogo que mobilizou 200 bombeiros e consumiu 350 hectares de mata foi dado como "
        "dominado na madrugada de terça-feira.",
        30.0,
    ),
    (
        "pt-resgate-barco",
        "Força Aérea resgata velejadores ao largo de Praia do Sargo",
        "Dois velejadores foram resgatados por um helicóptero da Força Aérea depois de o veleiro "
        "ter virado ao largo de Praia do Sargo.",
        95.0,
    ),
    (
        "pt-resgate-barco",
        "Velejadores resgatados",
        "O veleiro virou ao largo da costa.",
        95.2,
    ),
    (
        "pt-resgate-barco",
        "Velejador resgatado conta as horas na água",
        "Um dos dois velejadores salvos disse que passaram quatro horas agarrados ao casco do "
        "barco.",
        115.0,
    ),
    (
        "pt-feira-serrana",
        "Feira do livro de Vila Serrana abre com 90 editoras",
        "A feira do livro de Vila Serrana abriu no sábado com 90 editoras.",
        135.0,
    ),
    # --- Dutch ---
    (
        "nl-ontslagen-brinkhorst",
        "Brinkhorst schrapt 520 banen",
        "Fietsonderdelenmaker Brinkhorst schrapt 520 van de 2.100 banen en sluit de fabriek in "
        "Veldewijk, zo maakte het bedrijf dinsdag bekend.",
        31.0,
    ),
    (
        "nl-ontslagen-brinkhorst",
        "Banen weg bij Brinkhorst",
        "Fabriek in Veldewijk gaat dicht.",
        31.2,
    ),
    (
        "nl-ontslagen-brinkhorst",
        "Veldewijk geschrokken van sluiting Brinkhorst",
        "In Veldewijk is de sluiting van de fabriek, waar 310 mensen werken, hard aangekomen, "
        "zegt de wethouder.",
        35.0,
    ),
    (
        "nl-ontslagen-brinkhorst/lancering",
        "Brinkhorst lanceert slimme fietsbel",
        "Brinkhorst heeft een fietsbel met lampje en alarm gepresenteerd, twee dagen na de "
        "aankondiging van de banenkrimp in Veldewijk.",
        77.0,
    ),
    (
        "nl-ontslagen-brinkhorst/lancering",
        "Nieuwe fietsbel van Brinkhorst",
        "De bel kost 39 euro en is er vanaf maart.",
        77.4,
    ),
    (
        "nl-vaargeul-tanker",
        "Tanker loopt vast in de vaargeul bij Oosterzijl",
        "Een tanker met 80.000 ton stookolie is maandagavond in de vaargeul bij Oosterzijl "
        "vastgelopen; er lekt geen olie.",
        20.0,
    ),
    (
        "nl-vaargeul-tanker",
        "Tanker vast bij Oosterzijl",
        "Er lekt geen olie, zegt de kustwacht.",
        20.2,
    ),
    (
        "nl-vaargeul-tanker",
        "Tanker bij Oosterzijl weer vlot",
        "Sleepboten hebben de tanker dinsdagmiddag vlot getrokken, na ruim achttien uur.",
        38.0,
    ),
    (
        "nl-vaargeul-tanker/veerboot",
        "Veerboot botst op steiger bij Oosterzijl",
        "De veerboot naar het eiland is dinsdagavond tegen de steiger in Oosterzijl gevaren; "
        "vier passagiers raakten lichtgewond, een dag nadat een tanker in de vaargeul vastliep.",
        45.0,
    ),
    (
        "nl-vaargeul-tanker/veerboot",
        "Veerboot tegen steiger",
        "Vier lichtgewonden bij aanleggen.",
        45.3,
    ),
    (
        "nl-vaargeul-tanker/veerboot",
        "Veerdienst naar het eiland weer in de vaart na aanvaring met steiger",
        "De veerboot vaart weer, maar de beschadigde steiger in Oosterzijl is nog dicht; de "
        "rederij zet een kleinere boot in.",
        66.0,
    ),
    (
        "nl-dijk-kwelder",
        "Dijk bij Kwelderum verzwakt, waterschap zet zandzakken",
        "Het waterschap heeft vrijdag zandzakken gelegd bij een verzwakte dijk bij Kwelderum.",
        104.0,
    ),
    (
        "nl-dijk-kwelder",
        "Dijk Kwelderum zwak",
        "Zandzakken gelegd door het waterschap.",
        104.3,
    ),
    (
        "nl-dijk-kwelder",
        "Dijk Kwelderum houdt stand",
        "De verzwakte dijk heeft de storm van de nacht doorstaan, zegt het waterschap zaterdag.",
        126.0,
    ),
    (
        "nl-brand-boerderij",
        "Boerderij bij Veldewijk afgebrand, koeien gered",
        "Een boerderij bij Veldewijk is zondagnacht volledig afgebrand; de boer kon de 60 koeien "
        "op tijd naar buiten halen.",
        164.0,
    ),
    (
        "nl-brand-boerderij",
        "Boerderij in brand",
        "Zestig koeien gered bij Veldewijk.",
        164.3,
    ),
    (
        "nl-brand-boerderij",
        "Brand boerderij Veldewijk: oorzaak vermoedelijk kortsluiting",
        "De brandweer denkt dat kortsluiting in de melkstal de brand heeft veroorzaakt; de "
        "koeien staan nu bij een buurman.",
        180.0,
    ),
    (
        "nl-zeehond-oosterzijl",
        "Zeehond zwemt de haven van Oosterzijl in",
        "Een jonge zeehond is de haven van Oosterzijl in gezwommen en rust op een ponton.",
        60.0,
    ),
    (
        "nl-raad-begroting",
        "Gemeenteraad Veldewijk stemt in met begroting",
        "De raad van Veldewijk heeft de begroting voor volgend jaar aangenomen.",
        88.0,
    ),
    # --- Russian ---
    (
        "ru-sud-belov",
        "Заседание по делу бывшего мэра Белова отложено",
        "Суд в Краснолесье отложил заседание по делу бывшего мэра Игоря Белова, обвиняемого во "
        "взятке, из-за болезни его адвоката.",
        34.0,
    ),
    (
        "ru-sud-belov",
        "Дело Белова отложено",
        "Адвокат бывшего мэра заболел.",
        34.2,
    ),
    (
        "ru-sud-belov",
        "Суд назначил новую дату по делу Белова",
        "Заседание по делу бывшего главы Краснолесья перенесено на четыре недели.",
        36.0,
    ),
    (
        "ru-sud-belov/zasedanie",
        "Бывший мэр Белов не признал вину в суде",
        "Игорь Белов на заседании в Краснолесье заявил, что не брал денег у подрядчика; "
        "рассмотрение дела началось после переноса.",
        706.0,
    ),
    (
        "ru-sud-belov/zasedanie",
        "Белов в суде",
        "Бывший мэр отрицает получение взятки.",
        706.3,
    ),
    (
        "ru-sud-belov/zasedanie",
        "Подрядчик рассказал в суде о деньгах для Белова",
        "Свидетель заявил, что передал бывшему мэру деньги в конверте.",
        710.0,
    ),
    (
        "ru-stadion-koncert",
        "Группа «Северный ветер» собрала 30 тысяч на стадионе «Заря»",
        "Концерт группы «Северный ветер» на стадионе «Заря» в Краснолесье в субботу вечером "
        "посетили около тридцати тысяч зрителей.",
        140.0,
    ),
    (
        "ru-stadion-koncert",
        "Концерт на «Заре»",
        "Тридцать тысяч зрителей.",
        140.3,
    ),
    (
        "ru-stadion-koncert",
        "После концерта на «Заре» болельщики опасаются за газон",
        "Организаторы пообещали восстановить газон стадиона до воскресного матча.",
        146.0,
    ),
    (
        "ru-stadion-koncert/match",
        "«Заря» сыграла вничью на испорченном газоне",
        "Футболисты «Зари» в воскресенье сыграли вничью 0:0 на газоне, который пострадал после "
        "концерта накануне.",
        161.0,
    ),
    (
        "ru-stadion-koncert/match",
        "Ничья на «Заре»",
        "Газон стадиона не выдержал концерта.",
        161.3,
    ),
    (
        "ru-stadion-koncert/match",
        "Тренер «Зари» раскритиковал газон после концерта",
        "Главный тренер заявил, что проводить матч на следующий день после концерта было ошибкой.",
        163.0,
    ),
    (
        "ru-sklad-tikhoozyorsk",
        "В Тихоозёрске сгорел склад с бумагой",
        "Пожар на складе бумаги в Тихоозёрске тушили всю ночь; площадь возгорания составила 2 "
        "тысячи квадратных метров.",
        26.0,
    ),
    (
        "ru-sklad-tikhoozyorsk",
        "Пожар на складе",
        "Огонь охватил 2000 кв. м.",
        26.2,
    ),
    (
        "ru-sklad-tikhoozyorsk",
        "Причиной пожара на складе назвали проводку",
        "Следователи считают, что склад в Тихоозёрске загорелся из-за неисправной проводки.",
        45.0,
    ),
    (
        "ru-tramvai-tikhoozyorsk",
        "В Тихоозёрске трамвай сошёл с рельсов",
        "Трамвай с пассажирами сошёл с рельсов на улице Заводской; пострадали три человека.",
        82.0,
    ),
    (
        "ru-tramvai-tikhoozyorsk",
        "Сход трамвая",
        "Пострадали три пассажира.",
        82.2,
    ),
    (
        "ru-tramvai-tikhoozyorsk",
        "Движение трамваев на Заводской восстановлено",
        "Вагон поставили на рельсы к вечеру; причиной схода назвали износ стрелки.",
        96.0,
    ),
    (
        "ru-medved-posyolok",
        "Медведь вышел к школе в посёлке Сосновый Брод",
        "В посёлке Сосновый Брод утром медведь подошёл к школе; занятия отменили.",
        10.0,
    ),
    (
        "ru-medved-posyolok",
        "Медведь пришёл к школе",
        "Занятия в Сосновом Броде отменены.",
        10.2,
    ),
    (
        "ru-medved-posyolok",
        "В посёлке Сосновый Брод медведь подошёл к школе, уроки отменены",
        "Жители сняли на телефон, как медведь ходит у забора школы; охотники и полиция дежурили "
        "у здания до обеда.",
        11.5,
    ),
    (
        "ru-medved-posyolok",
        "Медведя из Соснового Брода увезли в заповедник",
        "Зверя усыпили и вывезли в заповедник.",
        28.0,
    ),
    (
        "ru-vystavka-tikhoozyorsk",
        "В Тихоозёрске открылась выставка старых фотографий",
        "В городском музее показывают двести снимков.",
        120.0,
    ),
)

# Same topic, another event: each label here is a story of its own, never the one before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two separate fires in one town on one night": (
        "en-mill-quillmoor/garage",
        "de-brand-hollerbrueck/scheune",
        "it-incendio-borgoalto/appartamento",
    ),
    "two road crashes on one road on one day": (
        "en-a912-lorry/minibus",
        "fr-carambolage-d917/camion",
        "es-choque-cv781/moto",
    ),
    "a company's job cuts and its unrelated product launch in one week": (
        "en-cuts-orrin/oven",
        "de-abbau-kessler/pumpe",
        "nl-ontslagen-brinkhorst/lancering",
    ),
    "a court hearing adjourned and the hearing held weeks later": (
        "en-tresk-hearing/held",
        "ru-sud-belov/zasedanie",
        "pt-audiencia-ramalho/julgamento",
    ),
    "a strike announced and the strike day": (
        "en-bellgate-strike-call/day",
        "it-sciopero-ferrovie/giorno",
        "pt-paralisacao-estiva/dia",
    ),
    "a profit warning and the chief executive's resignation days later": (
        "en-corvane-warning/ceo",
        "de-prognose-hartwig/chef",
    ),
    "one minister's two announcements in one week": (
        "en-anwell-homes/evictions",
        "fr-ministre-lacombe/pharmacies",
    ),
    "a missing walker found and another walker missing on the same mountain days later": (
        "en-scarrow-hiker/second",
        "es-senderista-penalba/mujer",
        "it-escursionista-cimone/coppia",
    ),
    "a ship aground and another vessel's accident in the same waters a day later": (
        "en-varrow-aground/ferry",
        "nl-vaargeul-tanker/veerboot",
    ),
    "a stadium concert and the match on its worn pitch the next day": (
        "en-breckmoor-concert/match",
        "ru-stadion-koncert/match",
    ),
}
