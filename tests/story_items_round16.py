"""A sixteenth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-06 in the format of rounds 9 to 14: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. Copies of one event are minutes to hours
apart (a teaser or live line first, then a local paper, a business page, a quote-led piece 0.2
to 6 hours later), and 45 stories have a later copy 12 to 30 hours after the first, most of them
a real next-day follow-up told as one is: a new development in other words, sharing only some
names, places or numbers (the Skarrow Fell climber found in a gully, the Saint Brannoc refloated,
the Oxhallow line reopened, the sickness bug spread to a Marlby nursery, a trustee's evidence at
the Ambrose trial, a witness's envelope at the Prirechinsk trial, a diver sent to the Nuevo
Amanecer). Some share a single rare name and name the event in another word ("Marlow staff back
on the line", "Nash handed Rovers' number nine shirt", "Corran chairman says sorry").

What is new against rounds 14 and 15: most hard negatives are the hardest realistic kind, two
different events of one kind at one place or with one actor, published 11 to 40 hours apart,
inside the merging's window, the second usually naming the first as background ("a day after a
house further along the road was broken into", "moins de vingt-quatre heures après qu'une
piétonne y a été fauchée", "a day after a separate £14m fine"). Six kinds are new: two
burglaries on one street within two days (Copse Lane in Larchwold, the Lindenweg in Haselsteg,
Sadovaya Street in Yelninsk: 23.5 to 24 hours); two accidents at one junction within a day
(Fennick Cross, the Quatre-Vents crossroads in Marvenac, via Molinara in Rivalta Sorvia, the
Ringweg in Veldijke: 11 to 19 hours); two outbreaks at one school within two days (norovirus
then scabies at Thornfield Academy, salmonella then measles at San Telmo, flu then head lice in
Vale Sereno: 29 to 30 hours); two walkouts at one factory or yard over different grievances (a
sacking then a broken boiler at Marlow Foods, a move of work abroad then an unheated store at
Kornfeld, a fall from scaffolding then a closed canteen at Cantieri Bellandi: 18 to 40 hours);
two different trials opening at one court on consecutive days (a charity fraud then a care-home
death at Haverleigh, a notary's embezzlement then a firefighter's arson at Sauvrac-les-Bois, a
chief doctor's bribe then a worker's death at Prirechinsk: 22 to 26 hours); one bank's two fines
by different regulators a day apart (Corran Bank, Banco Meridia, Noordhaven Bank: 24 hours).
Beside them, three older kinds, all outside the window: a strike announced and the strike day
(137 to 294 hours), a profit warning and the chief executive's resignation days later (72 to
120 hours), an event announced and the event itself four to five weeks later (720 to 792
hours).

Items with one story label are one event as different outlets in one language would carry it:
a teaser or live line, a local paper, a business page, a quote-led or human-angle piece, an
explainer, a next-day follow-up that repeats some background. Copies share what real coverage
shares (a place, a name, the key number, the event noun), in their own words: numbers change
format (£14 million / £14m, £3.2 billion / £3.2bn, 3.89% / 3.89 per cent / 3.89pc, 1,200 /
1200, 30,000 / 30k, 8000 Euro / 8.000 Euro, 1.300 / 1300, 2,3 millions d'euros / 2,3 M€, 4.300
/ 4300, 6.000 / seis mil, 130 quilómetros por hora / 130 km/h, 20mila / ventimila), names change
form (full name, surname, title, "the ex-treasurer", "the cyclist", "the sacked man"), and most
stories have a teaser copy whose lead is under 80 characters.

What "same story" means here, as in rounds 9 to 15: one event (one burglary, one crash, one
outbreak, one walkout, one trial, one fine, one strike call, one strike day, one profit warning,
one resignation, one announcement, one festival, one flood, one rescue, one derailment, one
merger) in that event's news cycle, including a next-day follow-up. Not the same story: another
event of the same kind or with the same actor, even on the same street, at the same junction,
school, factory, court or bank, within a day (the pensioner's burglary the night after the
Audi was stolen, the bus in the shelter the evening after the cyclist was hit, the scabies after
the norovirus, the night shift's walkout over heating after the day shift's over a sacking, the
nurse's trial the day after the accountant's, the overdraft fine the day after the laundering
fine). The second event often names the first as background; it is still another story. A
label with a suffix after a slash is a hard negative of the story before the slash (categories
in `HARD_NEGATIVES`). The thirteen stories told by one outlet sit in a town, firm or place
another story names (Pellhaven's seal, Ketterby's solar farm, Dunsmarch's by-election,
Haverleigh's library and market hall, Marlby's choir, Larchwold's oak, Holtmere's cancer ward,
Ebersmoor's station, Sauvrac-les-Bois's museum, Prirechinsk's bridge, Porto Ambra's museum,
Veldijke aan Zee's seal): they can only be merged falsely. Other pairs share a town or firm but
not an event (the Holtmere bus depot's lottery win and Holtmere Buses' crash, the Marlby
footbridge and the Marlby school, the Marvenac tram stoppage and the Marvenac junction, the
Quernau clinics' strike and the Quernau flood, the Yelninsk peat fire and the Yelninsk
burglaries). No story has more than four copies, and every story's copies fall within 48 hours
of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
places, people, firms, banks, clubs, unions and ships are invented here; real bodies appear only
as backdrop (the UK Health Security Agency, the Office de la biodiversité, Salvamento Marítimo,
Capitanía Marítima, the Protezione civile).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs' findings, nor round 15 (rounds 13 and 14 were read for their docstrings, format and a
handful of items), and never run through the merging code before its one scoring run
(`python -m bench.stories --round16`). Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-burglary-copse",
        "Burglars ransack three-bedroom house on Copse Lane, Larchwold",
        "Thieves forced a back door on Copse Lane in Larchwold late on Sunday night and took "
        "jewellery, two laptops and a car key, then drove off in the family's grey Audi.",
        2.5,
    ),
    (
        "en-burglary-copse",
        "Copse Lane break-in",
        "Family's car stolen after burglars took its key.",
        3.1,
    ),
    (
        "en-burglary-copse",
        "Stolen Audi from Larchwold burglary found burnt out",
        "The car taken in the Copse Lane burglary was found burnt out in a lay-by near Ashwick "
        "Fen on Monday afternoon; police are checking doorbell footage from the street.",
        15.0,
    ),
    (
        "en-burglary-copse/second",
        "Second house burgled on Copse Lane in two nights",
        "A widow in her eighties woke to find a stranger in her hallway on Copse Lane in "
        "Larchwold early on Tuesday, a day after a house further along the road was broken into.",
        26.0,
    ),
    (
        "en-burglary-copse/second",
        "Intruder flees pensioner's home",
        "Cash and a handbag taken from a Larchwold house overnight.",
        26.4,
    ),
    (
        "en-burglary-copse/second",
        "Larchwold police step up patrols after pensioner's ordeal",
        "Officers said there was no evidence yet that the Tuesday raid was the work of the gang "
        "who stole the Audi on Sunday night, but extra patrols would run all week.",
        33.0,
    ),
    (
        "en-junction-fennick",
        "Cyclist seriously hurt at Fennick Cross junction",
        "A 34-year-old man on a bicycle was taken to Holtmere General with head injuries after a "
        "van turning left hit him at the Fennick Cross lights at about 7.40am on Tuesday.",
        31.5,
    ),
    (
        "en-junction-fennick",
        "Fennick Cross crash",
        "Cyclist taken to hospital after collision with a van.",
        31.9,
    ),
    (
        "en-junction-fennick",
        "Van driver arrested after Fennick Cross collision",
        "A 51-year-old van driver was held on suspicion of dangerous driving after the rush-hour "
        "crash at Fennick Cross, which left the cyclist in a serious condition.",
        34.0,
    ),
    (
        "en-junction-fennick",
        "Fennick Cross cyclist 'stable' as family thank paramedics",
        "The family of Liam Dorsey, the cyclist hit by a van at the lights on Tuesday, said he "
        "was stable and talking; the driver has been released under investigation.",
        52.0,
    ),
    (
        "en-junction-fennick/bus",
        "Bus ploughs into shelter at Fennick Cross hours after cyclist crash",
        "A double-decker mounted the pavement at the Fennick Cross junction on Tuesday evening "
        "and hit an empty bus shelter; four passengers had minor injuries. Earlier that day a "
        "cyclist was hurt at the same lights.",
        44.0,
    ),
    (
        "en-junction-fennick/bus",
        "Double-decker hits shelter",
        "Four passengers treated after bus mounts kerb at Fennick Cross.",
        44.3,
    ),
    (
        "en-junction-fennick/bus",
        "Bus firm blames brake fault for Fennick Cross shelter crash",
        "Holtmere Buses said a brake fault, not the driver, caused its bus to hit the shelter; "
        "residents say the junction needs a redesign after two crashes in a day.",
        56.0,
    ),
    (
        "en-outbreak-thornfield",
        "Norovirus closes Thornfield Academy for deep clean",
        "Thornfield Academy in Marlby shut on Wednesday after 140 pupils and 11 staff went down "
        "with sickness and diarrhoea; health officials confirmed norovirus.",
        56.0,
    ),
    (
        "en-outbreak-thornfield",
        "Marlby school shuts",
        "Sickness bug hits 140 pupils at Thornfield Academy.",
        56.3,
    ),
    (
        "en-outbreak-thornfield",
        "Parents told to keep sick children home for 48 hours",
        "The head of Thornfield Academy, Dawn Ilsley, said pupils who had vomited must stay at "
        "home for two days after their last symptoms before the school reopens on Friday.",
        59.0,
    ),
    (
        "en-outbreak-thornfield",
        "Sickness bug spreads to Marlby nursery",
        "Eighteen children at a nursery next door to Thornfield Academy have fallen ill with the "
        "same norovirus strain; the academy still plans to reopen on Friday.",
        76.0,
    ),
    (
        "en-outbreak-thornfield/scabies",
        "Scabies cases confirmed at Thornfield Academy",
        "Nine pupils at Thornfield Academy have scabies, the UK Health Security Agency said on "
        "Thursday, a day after the Marlby school closed for a norovirus outbreak; the two are "
        "unrelated.",
        86.0,
    ),
    (
        "en-outbreak-thornfield/scabies",
        "Scabies at Thornfield",
        "Nine children diagnosed with the itchy skin condition.",
        86.2,
    ),
    (
        "en-outbreak-thornfield/scabies",
        "Thornfield letter urges families to treat whole household",
        "Families of pupils in Year 4 and Year 5 were sent advice on prescription creams after "
        "the skin mite cases, which the school says started before half-term.",
        92.0,
    ),
    (
        "en-walkout-ketterby",
        "Workers walk out at Ketterby biscuit factory over sacking",
        "About 300 staff at the Marlow Foods biscuit plant in Ketterby stopped work on Thursday "
        "morning after a forklift driver with 22 years' service was dismissed.",
        80.0,
    ),
    (
        "en-walkout-ketterby",
        "Marlow Foods walkout",
        "Ketterby line stops after sacking of forklift driver.",
        80.4,
    ),
    (
        "en-walkout-ketterby",
        "Marlow Foods says sacked driver broke safety rules",
        "The company said the dismissal at its Ketterby site followed two breaches of safety "
        "rules; the Food Makers' Union called the decision 'vindictive'.",
        86.0,
    ),
    (
        "en-walkout-ketterby",
        "Marlow staff back on the line after dismissal appeal offered",
        "Production resumed at the Ketterby factory on Thursday evening once managers agreed an "
        "independent appeal for the sacked man.",
        93.0,
    ),
    (
        "en-walkout-ketterby/heating",
        "Night shift downs tools at Ketterby plant over freezing conditions",
        "The night shift at Marlow Foods in Ketterby walked out at 2am on Friday because the "
        "heating in the packing hall had failed, a day after the day shift's walkout over a "
        "sacking.",
        98.0,
    ),
    (
        "en-walkout-ketterby/heating",
        "Second walkout at biscuit plant",
        "Packers leave Ketterby hall as heating breaks down.",
        98.5,
    ),
    (
        "en-walkout-ketterby/heating",
        "Heating fixed at Marlow Foods as night workers return",
        "Engineers repaired the boiler in the packing hall by Friday lunchtime and the night "
        "shift agreed to return; the dispute over the dismissed driver is unresolved.",
        109.0,
    ),
    (
        "en-trial-haverleigh",
        "Accountant denies stealing £1.9m from care charity",
        "Trevor Ambrose, 47, went on trial at Haverleigh Crown Court on Thursday accused of "
        "moving £1.9 million from the Lantern Care Trust into his own accounts over six years.",
        81.0,
    ),
    (
        "en-trial-haverleigh",
        "Charity fraud trial opens",
        "Ex-treasurer accused of taking £1.9m from care trust.",
        81.3,
    ),
    (
        "en-trial-haverleigh",
        "Jury hears Lantern Care money paid for villa in Portugal",
        "Prosecutors told the Haverleigh jury that Mr Ambrose used charity funds to buy a holiday "
        "villa and a motor boat; he says the payments were loans the trustees approved.",
        85.0,
    ),
    (
        "en-trial-haverleigh",
        "Trustee tells Ambrose jury she never signed off loans",
        "Margaret Ogunleye, who chaired the Lantern Care Trust, said she first heard of the villa "
        "when the police called.",
        106.0,
    ),
    (
        "en-trial-haverleigh/nurse",
        "Nurse on trial over death of care home resident",
        "A nurse accused of the gross negligence manslaughter of an 88-year-old resident at "
        "Birchmead House went on trial at Haverleigh Crown Court on Friday.",
        105.0,
    ),
    (
        "en-trial-haverleigh/nurse",
        "Care home death trial",
        "Nurse Kelly Rusk denies manslaughter of resident, 88.",
        105.2,
    ),
    (
        "en-trial-haverleigh/nurse",
        "Rusk ignored alarm for two hours, prosecution says",
        "The court heard that Kelly Rusk, 39, failed to respond to a call alarm at Birchmead "
        "House before Edna Coyle was found on the floor of her room.",
        109.0,
    ),
    (
        "en-fine-corran",
        "Corran Bank fined £14m over money-laundering failures",
        "The financial regulator fined Corran Bank £14 million on Wednesday for failing to check "
        "thousands of high-risk customers between 2019 and 2023.",
        57.0,
    ),
    (
        "en-fine-corran",
        "Corran fined £14m",
        "The regulator cites weak checks on money laundering.",
        57.2,
    ),
    (
        "en-fine-corran",
        "How Corran Bank missed the warning signs",
        "Staff at Corran Bank's Lythe Hill branch opened accounts for shell firms without "
        "checking their owners, the regulator's notice says; the bank accepted the findings.",
        61.0,
    ),
    (
        "en-fine-corran",
        "Corran chairman says sorry over laundering lapses",
        "Sir Alan Brede said the bank had let its customers and regulators down and had spent "
        "£60m on new checks since 2023.",
        75.0,
    ),
    (
        "en-fine-corran/overdraft",
        "Corran Bank hit with second penalty, this time over overdraft fees",
        "The consumer watchdog fined Corran Bank £3.5m on Thursday for charging 62,000 customers "
        "unfair overdraft fees, a day after a separate £14m fine for money-laundering lapses.",
        81.0,
    ),
    (
        "en-fine-corran/overdraft",
        "Corran fined again",
        "£3.5m penalty over overdraft charges.",
        81.3,
    ),
    (
        "en-fine-corran/overdraft",
        "Overdraft refunds of £9m for Corran customers",
        "Corran must also pay back about £9m to customers charged the fees since 2020, the "
        "watchdog said; refunds will arrive by March.",
        87.0,
    ),
    (
        "en-strike-dunsmarch",
        "Dunsmarch bus drivers vote for 24-hour strike",
        "Bus drivers at Dunsmarch Transit voted by 81% to strike on the 19th in a row over pay, "
        "threatening to halt almost every route in the city for a day.",
        140.0,
    ),
    (
        "en-strike-dunsmarch",
        "Bus strike called",
        "Dunsmarch drivers to walk out on the 19th.",
        140.3,
    ),
    (
        "en-strike-dunsmarch",
        "Dunsmarch Transit 'disappointed' by strike vote",
        "The operator said its offer of 5.5 per cent was fair and urged the union to return to "
        "talks before the walkout on the 19th.",
        146.0,
    ),
    (
        "en-strike-dunsmarch/day",
        "No buses in Dunsmarch as drivers strike",
        "Dunsmarch's streets were jammed on Tuesday as bus drivers held their one-day strike over "
        "pay; only two school routes ran.",
        367.0,
    ),
    (
        "en-strike-dunsmarch/day",
        "Dunsmarch bus strike under way",
        "Almost every route cancelled for the day.",
        367.2,
    ),
    (
        "en-strike-dunsmarch/day",
        "Picket lines quiet as Dunsmarch commuters walk",
        "Drivers outside the Hatton Road depot said they were ready to strike again if the 5.5pc "
        "offer was not improved.",
        373.0,
    ),
    (
        "en-warning-quayle",
        "Quayle Home shares sink 31% on profit warning",
        "The furniture retailer Quayle Home cut its profit forecast to £40m from £72m after weak "
        "autumn sales, sending its shares down almost a third.",
        176.0,
    ),
    (
        "en-warning-quayle",
        "Quayle warns on profit",
        "Furniture chain halves its forecast.",
        176.4,
    ),
    (
        "en-warning-quayle",
        "Analysts question Quayle's store expansion after warning",
        "Quayle Home opened 18 shops this year; analysts said the profit warning showed it had "
        "expanded too fast.",
        181.0,
    ),
    (
        "en-warning-quayle/ceo",
        "Quayle Home chief Miriam Locke steps down",
        "Miriam Locke resigned as chief executive of Quayle Home on Friday, four days after the "
        "retailer's profit warning; finance director Neil Oduya takes over for now.",
        272.0,
    ),
    (
        "en-warning-quayle/ceo",
        "Quayle boss quits",
        "Locke leaves after nine years at the top.",
        272.3,
    ),
    (
        "en-airshow-pellhaven",
        "Pellhaven to host its first air show next month",
        "The seaside town of Pellhaven will stage a two-day air show over the bay, with a display "
        "team and vintage bombers, the council announced on Monday.",
        178.0,
    ),
    (
        "en-airshow-pellhaven",
        "Air show for Pellhaven",
        "Two days of displays over the bay planned.",
        178.5,
    ),
    (
        "en-airshow-pellhaven",
        "Pellhaven air show tickets free, council says",
        "Organisers expect 60,000 visitors and said viewing on the seafront would be free; road "
        "closures will be published later.",
        184.0,
    ),
    (
        "en-airshow-pellhaven/held",
        "Crowds pack Pellhaven seafront as air show opens",
        "About 45,000 people lined the promenade on Saturday as the first Pellhaven air show "
        "began, with jets trailing smoke across the bay.",
        970.0,
    ),
    (
        "en-airshow-pellhaven/held",
        "Pellhaven air show",
        "Thousands watch display teams over the bay.",
        970.3,
    ),
    (
        "en-airshow-pellhaven/held",
        "Vintage bomber's flypast the highlight of Pellhaven show",
        "A restored wartime bomber drew the loudest cheers of the day; Sunday's displays may be "
        "cut if the wind rises.",
        976.0,
    ),
    (
        "en-flood-wenlow",
        "River Wenn bursts its banks in Wenlow",
        "Firefighters used boats to reach people trapped in homes in Wenlow on Monday morning "
        "after the River Wenn rose 2.4 metres overnight following two days of rain.",
        8.0,
    ),
    (
        "en-flood-wenlow",
        "Wenlow flooding",
        "Boats used to reach residents as river rises.",
        8.3,
    ),
    (
        "en-flood-wenlow",
        "Wenlow families spend night in leisure centre",
        "About 150 residents of the Mill Street area slept at the Wenlow leisure centre after the "
        "floodwater reached ground floors.",
        11.0,
    ),
    (
        "en-flood-wenlow",
        "Water falls in Wenlow but 220 homes damaged",
        "The Wenn dropped back below its banks on Tuesday; the council counted 220 flooded homes "
        "and said the clean-up could take months.",
        30.0,
    ),
    (
        "en-climber-skarrowfell",
        "Search for climber missing on Skarrow Fell",
        "Mountain rescue teams and a coastguard helicopter were searching Skarrow Fell on Monday "
        "for a 29-year-old climber who failed to return from a solo route.",
        12.0,
    ),
    (
        "en-climber-skarrowfell",
        "Climber missing",
        "Rescue teams are searching the slopes of Skarrow Fell.",
        12.4,
    ),
    (
        "en-climber-skarrowfell",
        "Missing Skarrow Fell climber found alive in gully",
        "Rescuers found the climber, named locally as Owen Prys, sheltering in a gully after a "
        "night on the mountain; he has a broken ankle and hypothermia.",
        33.5,
    ),
    (
        "en-seal-pellhaven",
        "Seal pup rescued from Pellhaven slipway",
        "Volunteers carried an underweight grey seal pup from the slipway at Pellhaven harbour to "
        "a rescue centre on Monday evening.",
        20.0,
    ),
    (
        "en-solar-ketterby",
        "Solar farm on Ketterby farmland approved",
        "Planners approved a 49-megawatt solar farm on 200 acres of farmland east of Ketterby "
        "despite objections from two parish councils.",
        40.0,
    ),
    (
        "en-merger-halvard",
        "Insurers Halvard and Brightwell agree £3.2bn merger",
        "Halvard Insurance and Brightwell Mutual will combine in a deal worth £3.2 billion, "
        "creating the country's fourth-largest home insurer.",
        55.0,
    ),
    (
        "en-merger-halvard",
        "Halvard-Brightwell deal",
        "Home insurers to merge in £3.2bn tie-up.",
        55.2,
    ),
    (
        "en-merger-halvard",
        "Halvard merger could cost 1,100 jobs",
        "The combined Halvard Brightwell expects savings of £180m a year, partly from cutting "
        "about 1,100 roles in its offices in Norwold and Caldwick.",
        57.0,
    ),
    (
        "en-merger-halvard",
        "What the Halvard tie-up means for your home insurance",
        "Policies will continue as they are for now; customers of both firms will be moved to one "
        "brand within two years.",
        61.0,
    ),
    (
        "en-ferry-carrask",
        "Ferry runs aground off Isle of Carrask with 190 on board",
        "The ferry Saint Brannoc ran aground on a sandbank off the Isle of Carrask on Wednesday "
        "afternoon; no one was hurt and passengers stayed on board.",
        62.0,
    ),
    (
        "en-ferry-carrask",
        "Carrask ferry aground",
        "Saint Brannoc stuck on sandbank, passengers safe.",
        62.2,
    ),
    (
        "en-ferry-carrask",
        "Tugs wait for high tide to free Saint Brannoc",
        "Two tugs stood by the stranded ferry; the operator said passengers had food and blankets "
        "and would be taken off by lifeboat if needed.",
        65.0,
    ),
    (
        "en-ferry-carrask",
        "Saint Brannoc refloated on morning tide",
        "The ferry that grounded off Carrask was pulled free at 6am on Thursday and sailed to "
        "port under its own power; the 190 passengers were finally ashore.",
        80.0,
    ),
    (
        "en-byelection-dunsmarch",
        "Harbour Alliance wins Dunsmarch council by-election",
        "Naomi Fry took the Castlegate ward for the Harbour Alliance by 212 votes in Wednesday's "
        "by-election, gaining the seat from the Civic Party.",
        80.0,
    ),
    (
        "en-derail-oxhallow",
        "Freight train derails near Oxhallow, closing main line",
        "Eleven wagons of a cement train left the track near Oxhallow on Friday morning, blocking "
        "the main line between Caldwick and Norwold.",
        104.0,
    ),
    (
        "en-derail-oxhallow",
        "Oxhallow derailment",
        "Main line shut after cement wagons leave track.",
        104.3,
    ),
    (
        "en-derail-oxhallow",
        "Rail passengers face weekend of buses after Oxhallow derailment",
        "Replacement buses will run between Caldwick and Norwold until at least Sunday while "
        "cranes lift the wagons.",
        108.0,
    ),
    (
        "en-derail-oxhallow",
        "Oxhallow line reopens sooner than expected",
        "Trains ran again past Oxhallow on Saturday morning after engineers replaced 300 metres "
        "of track overnight.",
        128.0,
    ),
    (
        "en-library-haverleigh",
        "Haverleigh library reopens after three-year revamp",
        "The Victorian library on Haverleigh's Castle Street reopened on Friday with a new "
        "children's wing and a café.",
        115.0,
    ),
    (
        "en-eagles-glenarrow",
        "Six sea eagles released in Glenarrow",
        "Six young white-tailed eagles brought from Norway were released on the Glenarrow estuary "
        "on Saturday, the first there for a century.",
        130.0,
    ),
    (
        "en-eagles-glenarrow",
        "Eagles return to Glenarrow",
        "Six birds released on the estuary.",
        130.4,
    ),
    (
        "en-eagles-glenarrow",
        "Farmers wary as eagles fly free over Glenarrow",
        "Sheep farmers said they feared for their lambs; the project says the birds eat mostly "
        "fish and seabirds.",
        135.0,
    ),
    (
        "en-eagles-glenarrow",
        "One Glenarrow eagle flies 80 miles in its first day",
        "A satellite tag shows one of the six birds set free on Saturday has already reached the "
        "coast near Ormshaw.",
        152.0,
    ),
    (
        "en-snow-harrowgill",
        "Snow closes Harrowgill Pass, drivers stranded",
        "About 40 vehicles were stuck on the Harrowgill Pass road on Sunday evening after 25cm of "
        "snow fell in four hours.",
        162.0,
    ),
    (
        "en-snow-harrowgill",
        "Harrowgill Pass shut",
        "Dozens of drivers stuck in heavy snow.",
        162.3,
    ),
    (
        "en-snow-harrowgill",
        "Harrowgill Pass reopens as ploughs clear drifts",
        "Ploughs worked through the night and the pass reopened on Monday morning; stranded "
        "drivers had spent the night in a village hall.",
        178.0,
    ),
    (
        "en-mortgage-northmark",
        "Northmark cuts fixed mortgage rates below 4%",
        "Northmark Building Society cut its two-year fixed rate to 3.89% on Monday, the lowest on "
        "the market.",
        174.0,
    ),
    (
        "en-mortgage-northmark",
        "Northmark rate cut",
        "The two-year fix is now 3.89 per cent.",
        174.2,
    ),
    (
        "en-mortgage-northmark",
        "Rivals expected to follow Northmark's mortgage move",
        "Brokers said other lenders would probably cut within days after Northmark's 3.89pc deal.",
        177.0,
    ),
    (
        "en-mortgage-northmark",
        "Two more lenders undercut Northmark's mortgage rate",
        "Caldwick Mutual and Brightstone Bank both launched two-year fixes at 3.85% on Tuesday, a "
        "day after Northmark's cut.",
        195.0,
    ),
    (
        "en-transfer-rovers",
        "Dunsmarch Rovers sign striker Caleb Nash",
        "Dunsmarch Rovers have signed striker Caleb Nash from Brexley Town for a fee of about "
        "£1.2m on a three-year deal.",
        175.0,
    ),
    (
        "en-transfer-rovers",
        "Rovers land Nash",
        "Striker joins from Brexley for £1.2m.",
        175.3,
    ),
    (
        "en-transfer-rovers",
        "Nash: 'Dunsmarch was the only place I wanted to go'",
        "The 24-year-old, who scored 17 goals last season, said he had turned down two offers to "
        "join Rovers.",
        178.0,
    ),
    (
        "en-transfer-rovers",
        "Nash handed Rovers' number nine shirt",
        "New signing Caleb Nash trained with his team-mates for the first time on Tuesday and "
        "could make his debut at the weekend.",
        200.0,
    ),
    (
        "en-footbridge-marlby",
        "Footbridge collapses into Marlby park lake",
        "A wooden footbridge in Marlby's Elm Park fell into the lake on Tuesday morning minutes "
        "after a dog walker crossed it; no one was hurt.",
        200.0,
    ),
    (
        "en-footbridge-marlby",
        "Park bridge collapses",
        "Nobody was hurt when the Marlby footbridge fell into the lake.",
        200.2,
    ),
    (
        "en-footbridge-marlby",
        "Marlby closes four more bridges after lake collapse",
        "The council shut four other timber bridges in Elm Park for checks on Wednesday after the "
        "collapse revealed rotten beams.",
        222.0,
    ),
    (
        "en-blast-stenwick",
        "House destroyed in gas explosion in Stenwick",
        "A gas explosion flattened a semi-detached house on Orchard Rise in Stenwick at 4.15am on "
        "Tuesday; a man was pulled from the rubble.",
        198.0,
    ),
    (
        "en-blast-stenwick",
        "Stenwick explosion",
        "Man rescued from rubble after house blast.",
        198.3,
    ),
    (
        "en-blast-stenwick",
        "Neighbours describe moment Stenwick house exploded",
        "Residents of Orchard Rise said the blast shook windows half a mile away; 14 homes were "
        "evacuated.",
        200.0,
    ),
    (
        "en-blast-stenwick",
        "Man pulled from Stenwick house blast rubble dies",
        "The 62-year-old rescued from the Orchard Rise explosion died in hospital on Wednesday; "
        "gas engineers are examining a boiler.",
        224.0,
    ),
    (
        "en-kettles-brisk",
        "Brisk recalls 90,000 kettles over scalding risk",
        "Brisk Kitchen is recalling 90,000 of its Swift 1.7 litre kettles because the lid can "
        "spring open when the water boils.",
        225.0,
    ),
    (
        "en-kettles-brisk",
        "Swift kettle recall",
        "Brisk asks owners of Swift kettles to stop using them.",
        225.3,
    ),
    (
        "en-kettles-brisk",
        "Brisk kettle owners offered refunds",
        "Customers can return the Swift kettle to any shop for a full refund; Brisk said it knew "
        "of 23 minor burns.",
        230.0,
    ),
    (
        "en-kettles-brisk",
        "Brisk recall: more than 8,000 Swift kettles returned on first day",
        "Retailers said queues formed at some tills as owners brought back the faulty kettle.",
        247.0,
    ),
    (
        "en-lottery-holtmere",
        "Holtmere bus depot syndicate scoops £8m",
        "Twelve bus cleaners in Holtmere who have played the same numbers for 15 years won £8 "
        "million in Wednesday's draw.",
        240.0,
    ),
    (
        "en-lottery-holtmere",
        "Bus cleaners' jackpot",
        "Twelve cleaners at the Holtmere depot share the £8m prize.",
        240.3,
    ),
    (
        "en-lottery-holtmere",
        "Holtmere cleaners' lottery win: 'We're all coming back to work on Monday'",
        "The syndicate members will each receive about £667,000; most said they would pay off "
        "mortgages.",
        244.0,
    ),
    (
        "en-power-hollinshire",
        "Storm Ines leaves 30,000 homes without power",
        "Gusts of 80mph brought down lines across Hollinshire on Wednesday night, cutting power "
        "to about 30,000 homes.",
        250.0,
    ),
    (
        "en-power-hollinshire",
        "Power cuts in Hollinshire",
        "30k homes in the dark after gales.",
        250.2,
    ),
    (
        "en-power-hollinshire",
        "Power back for most Hollinshire homes after storm",
        "Engineers had reconnected all but 2,100 homes by Thursday evening; some remote farms may "
        "wait until the weekend.",
        268.0,
    ),
    (
        "en-prize-kemble",
        "Ruth Kemble wins Harland Prize for fiction",
        "Ruth Kemble won the £50,000 Harland Prize on Thursday for The Salt Orchard, her novel "
        "about a fishing family in the 1950s.",
        262.0,
    ),
    (
        "en-prize-kemble",
        "Harland Prize goes to Kemble",
        "The Salt Orchard named best novel.",
        262.3,
    ),
    (
        "en-prize-kemble",
        "Kemble dedicates prize to her late sister",
        "In her speech the 71-year-old author said she had written the book for her sister Ann, "
        "who died before it was finished.",
        265.0,
    ),
    (
        "en-prize-kemble",
        "Bookshops run out of The Salt Orchard after Harland win",
        "The publisher ordered a reprint of 40,000 copies on Friday as demand for Kemble's novel "
        "jumped.",
        284.0,
    ),
    (
        "en-drone-westreach",
        "Drone sighting halts flights at Westreach airport",
        "Flights at Westreach were suspended for 90 minutes on Friday morning after two pilots "
        "reported a drone near the runway; 22 flights were diverted.",
        274.0,
    ),
    (
        "en-drone-westreach",
        "Westreach flights suspended",
        "A drone was seen near the runway and planes were diverted.",
        274.2,
    ),
    (
        "en-drone-westreach",
        "Man arrested over Westreach airport drone",
        "Police arrested a 43-year-old man in a field near the perimeter on Friday night; a drone "
        "was seized.",
        301.0,
    ),
    (
        "en-homes-ashwickfen",
        "1,200 homes approved at Ashwick Fen",
        "Councillors approved 1,200 homes, a school and a health centre on former farmland at "
        "Ashwick Fen on Friday night.",
        300.0,
    ),
    (
        "en-homes-ashwickfen",
        "Ashwick Fen homes plan passed",
        "1200 homes, a school and a surgery.",
        300.4,
    ),
    (
        "en-homes-ashwickfen",
        "Ashwick Fen residents vow to fight housing plan",
        "Objectors said the roads could not cope and that they would ask the minister to call the "
        "plan in.",
        303.0,
    ),
    (
        "en-choir-marlby",
        "Marlby choir raises £12,000 for hospice",
        "The Marlby Singers' Christmas concert in St Wilfrid's church raised £12,000 for the "
        "Elmfield hospice on Saturday.",
        310.0,
    ),
    (
        "en-oak-larchmere",
        "Larchwold's 400-year-old oak felled",
        "The village oak on Larchwold green was cut down on Saturday after tree surgeons found it "
        "rotten at the base.",
        320.0,
    ),
    (
        "en-market-haverleigh",
        "Haverleigh market hall opens its doors",
        "A new covered market with 46 stalls opened beside Haverleigh bus station on Sunday.",
        340.0,
    ),
    (
        "en-ward-holtmere",
        "Cancer ward opens at Holtmere General",
        "A 24-bed cancer ward named after the late nurse Gwen Salter opened at Holtmere General "
        "Hospital on Monday.",
        355.0,
    ),
    (
        "en-cliffdog-stennoth",
        "Dog rescued after falling 30 metres down Stennoth cliff",
        "Coastguards lowered a rope rescuer to bring up Pip, a spaniel who fell from the cliff "
        "path at Stennoth Head on Monday.",
        350.0,
    ),
    (
        "en-cliffdog-stennoth",
        "Spaniel saved",
        "Coastguards rescue dog from Stennoth cliff.",
        350.3,
    ),
    # --- German ---
    (
        "de-einbruch-lindweg",
        "Einbrecher räumen Wohnung im Lindenweg in Haselsteg aus",
        "Unbekannte haben in der Nacht zum Montag eine Erdgeschosswohnung im Lindenweg in "
        "Haselsteg aufgebrochen und Schmuck im Wert von rund 8000 Euro gestohlen.",
        5.0,
    ),
    (
        "de-einbruch-lindweg",
        "Einbruch im Lindenweg",
        "Schmuck für 8.000 Euro gestohlen, die Polizei sucht Zeugen.",
        5.4,
    ),
    (
        "de-einbruch-lindweg",
        "Haselsteger Einbruch: Täter kamen über den Balkon",
        "Die Polizei geht davon aus, dass die Täter über den Balkon in die Wohnung gelangten; die "
        "Bewohner waren im Urlaub.",
        20.0,
    ),
    (
        "de-einbruch-lindweg/zweiter",
        "Erneut Einbruch im Lindenweg – diesmal in ein Reihenhaus",
        "Nur einen Tag nach dem Wohnungseinbruch ist im Haselsteger Lindenweg auch in ein "
        "Reihenhaus eingebrochen worden; gestohlen wurden Bargeld und ein Laptop.",
        29.0,
    ),
    (
        "de-einbruch-lindweg/zweiter",
        "Zweiter Einbruch in Haselsteg",
        "Täter stehlen Bargeld und Laptop aus einem Reihenhaus.",
        29.3,
    ),
    (
        "de-einbruch-lindweg/zweiter",
        "Anwohner im Lindenweg verunsichert nach zwei Einbrüchen",
        "Ob derselbe Täter hinter beiden Taten steckt, sei offen, sagte ein Polizeisprecher; die "
        "Spurensicherung am Reihenhaus dauert an.",
        35.0,
    ),
    (
        "de-streik-kornfeld",
        "Spontaner Streik bei Kornfeld Landtechnik in Ebersmoor",
        "Rund 450 Beschäftigte des Traktorenbauers Kornfeld in Ebersmoor haben am Mittwoch die "
        "Arbeit niedergelegt, nachdem die Verlagerung der Kabinenfertigung nach Polen bekannt "
        "wurde.",
        60.0,
    ),
    (
        "de-streik-kornfeld",
        "Arbeitsniederlegung bei Kornfeld",
        "450 Beschäftigte legen in Ebersmoor die Arbeit nieder.",
        60.3,
    ),
    (
        "de-streik-kornfeld",
        "Kornfeld-Chef verteidigt Verlagerung nach Polen",
        "Geschäftsführer Ulf Markwart sagte, ohne die Verlagerung sei das Werk in Ebersmoor auf "
        "Dauer nicht zu halten; 180 Stellen seien betroffen.",
        64.0,
    ),
    (
        "de-streik-kornfeld",
        "Kornfeld und Betriebsrat vereinbaren Gespräche",
        "Nach dem Ausstand vom Mittwoch treffen sich Geschäftsführung und Betriebsrat am Montag; "
        "die Bänder laufen wieder.",
        78.0,
    ),
    (
        "de-streik-kornfeld/lager",
        "Lagerarbeiter bei Kornfeld legen wegen Heizungsausfall die Arbeit nieder",
        "Im Ersatzteillager des Ebersmoorer Traktorenbauers Kornfeld ist am Freitagmorgen die "
        "Arbeit niedergelegt worden: Die Heizung war bei minus acht Grad ausgefallen.",
        100.0,
    ),
    (
        "de-streik-kornfeld/lager",
        "Kälte im Kornfeld-Lager",
        "Die Beschäftigten verlassen die Halle, die Heizung ist defekt.",
        100.4,
    ),
    (
        "de-streik-kornfeld/lager",
        "Heizung im Kornfeld-Lager repariert",
        "Die rund 60 Lagerarbeiter haben die Arbeit am Mittag wieder aufgenommen; mit dem Protest "
        "gegen die Verlagerung habe der Ausstand nichts zu tun, sagte der Betriebsrat.",
        106.0,
    ),
    (
        "de-warnstreik-kliniken",
        "Gewerkschaft kündigt Warnstreik an Kliniken in Quernau an",
        "Die Gesundheitsgewerkschaft GVD ruft die Beschäftigten der drei städtischen Kliniken in "
        "Quernau für den kommenden Donnerstag zu einem ganztägigen Warnstreik auf.",
        110.0,
    ),
    (
        "de-warnstreik-kliniken",
        "Warnstreik an Quernauer Kliniken angekündigt",
        "Die Kliniken wollen planbare Operationen auf später verschieben.",
        110.4,
    ),
    (
        "de-warnstreik-kliniken",
        "Quernau: Kliniken bereiten sich auf Warnstreik vor",
        "Die Klinikleitung sagte, eine Notdienstvereinbarung sei unterschrieben; Notaufnahmen "
        "bleiben geöffnet.",
        114.0,
    ),
    (
        "de-warnstreik-kliniken/tag",
        "Warnstreik legt Quernauer Kliniken weitgehend lahm",
        "Rund 1.300 Pflegekräfte und Servicemitarbeiter haben sich am Donnerstag am Warnstreik in "
        "den drei städtischen Kliniken in Quernau beteiligt.",
        247.0,
    ),
    (
        "de-warnstreik-kliniken/tag",
        "Streiktag in Quernau",
        "1300 Beschäftigte legen die Arbeit nieder.",
        247.3,
    ),
    (
        "de-warnstreik-kliniken/tag",
        "Hunderte Operationen wegen Klinikstreiks verschoben",
        "Nach Angaben der Kliniken wurden am Streiktag rund 240 planbare Eingriffe abgesagt.",
        253.0,
    ),
    (
        "de-wolf-rehkuhl",
        "Wolf reißt 14 Schafe bei Rehkuhl",
        "Ein Wolf hat in der Nacht zum Samstag auf einer Weide bei Rehkuhl vierzehn Schafe "
        "getötet; der Schäfer spricht vom schwersten Verlust seit Jahren.",
        130.0,
    ),
    (
        "de-wolf-rehkuhl",
        "Wolfsriss bei Rehkuhl",
        "Vierzehn Schafe auf einer Weide getötet.",
        130.3,
    ),
    (
        "de-wolf-rehkuhl",
        "Schäfer aus Rehkuhl fordert Abschuss des Wolfs",
        "Nach dem Tod von vierzehn Tieren verlangt Schäfer Jens Haberkorn, den Wolf zu schießen; "
        "Naturschützer widersprechen.",
        131.0,
    ),
    (
        "de-wolf-rehkuhl",
        "Gentest soll klären, ob derselbe Wolf zugeschlagen hat",
        "Nach dem Riss von 14 Schafen bei Rehkuhl hat das Landesamt Proben genommen; Ergebnisse "
        "werden in zwei Wochen erwartet.",
        150.0,
    ),
    (
        "de-bahnhof-ebersmoor",
        "Neuer Bahnhof in Ebersmoor eröffnet",
        "Nach zwei Jahren Bauzeit hat die Stadt Ebersmoor am Dienstag ihr neues barrierefreies "
        "Bahnhofsgebäude eröffnet.",
        200.0,
    ),
    (
        "de-hochwasser-quernau",
        "Hochwasser: Quernau erreicht Warnstufe drei",
        "Der Pegel des Flusses an der Steinbrücke in Quernau lag am Mittwochmorgen bei 4,10 "
        "Metern; Keller in der Altstadt laufen voll.",
        230.0,
    ),
    (
        "de-hochwasser-quernau",
        "Hochwasser in Quernau",
        "Pegel bei 4,10 Meter, Altstadt-Keller unter Wasser.",
        230.3,
    ),
    (
        "de-hochwasser-quernau",
        "Sandsäcke gegen die Flut: Helfer in Quernaus Altstadt",
        "Feuerwehr und Freiwillige füllten in der Nacht rund 20.000 Sandsäcke.",
        234.0,
    ),
    (
        "de-hochwasser-quernau",
        "Pegel sinkt – Quernau atmet auf",
        "Am Donnerstag fiel der Wasserstand auf 3,2 Meter; die Schäden in der Altstadt werden auf "
        "mehrere Millionen Euro geschätzt.",
        254.0,
    ),
    # --- French ---
    (
        "fr-carrefour-marvenac",
        "Marvenac : une piétonne renversée au carrefour des Quatre-Vents",
        "Une femme de 72 ans a été grièvement blessée lundi vers 13 heures par une voiture au "
        "carrefour des Quatre-Vents, à Marvenac, alors qu'elle traversait sur le passage protégé.",
        14.0,
    ),
    (
        "fr-carrefour-marvenac",
        "Piétonne renversée à Marvenac",
        "La septuagénaire a été transportée au CHU.",
        14.3,
    ),
    (
        "fr-carrefour-marvenac",
        "Le conducteur contrôlé positif à l'alcool",
        "L'automobiliste de 45 ans qui a percuté la piétonne aux Quatre-Vents présentait un taux "
        "de 1,2 g par litre de sang ; son permis a été suspendu.",
        17.0,
    ),
    (
        "fr-carrefour-marvenac/camion",
        "Nouvel accident aux Quatre-Vents : un camion couché sur la chaussée",
        "Un poids lourd chargé de gravier s'est renversé mardi à l'aube au carrefour des "
        "Quatre-Vents à Marvenac, moins de vingt-quatre heures après qu'une piétonne y a été "
        "fauchée.",
        33.0,
    ),
    (
        "fr-carrefour-marvenac/camion",
        "Camion renversé à Marvenac",
        "Le chauffeur est légèrement blessé, la route est coupée.",
        33.3,
    ),
    (
        "fr-carrefour-marvenac/camion",
        "Les riverains des Quatre-Vents réclament un rond-point",
        "Après deux accidents en deux jours, une pétition demande à la mairie de Marvenac de "
        "réaménager le carrefour ; le camion a été relevé à midi.",
        38.0,
    ),
    (
        "fr-proces-sauvrac",
        "Ouverture du procès de l'ancien notaire de Sauvrac-les-Bois",
        "Le procès de Hubert Lancret, ancien notaire accusé d'avoir détourné 2,3 millions d'euros "
        "de ses clients, s'est ouvert mercredi devant le tribunal correctionnel de "
        "Sauvrac-les-Bois.",
        58.0,
    ),
    (
        "fr-proces-sauvrac",
        "Procès du notaire Lancret",
        "Il est accusé d'avoir détourné 2,3 M€.",
        58.4,
    ),
    (
        "fr-proces-sauvrac",
        "Lancret reconnaît « des erreurs » mais nie tout vol",
        "À la barre, l'ancien notaire a expliqué avoir utilisé des fonds de clients pour couvrir "
        "des retards de paiement, en comptant tout rembourser.",
        63.0,
    ),
    (
        "fr-proces-sauvrac",
        "Procès Lancret : le parquet requiert quatre ans ferme",
        "Le procureur a demandé quatre ans de prison contre l'ancien notaire ; la décision sera "
        "rendue le mois prochain.",
        82.0,
    ),
    (
        "fr-proces-sauvrac/incendiaire",
        "Sauvrac-les-Bois : un pompier volontaire jugé pour sept incendies",
        "Un pompier volontaire de 26 ans comparaît depuis jeudi devant le tribunal de "
        "Sauvrac-les-Bois pour avoir allumé sept feux de broussailles l'été dernier.",
        84.0,
    ),
    (
        "fr-proces-sauvrac/incendiaire",
        "Le pompier pyromane devant ses juges",
        "Sept feux allumés l'été dernier, selon l'accusation.",
        84.3,
    ),
    (
        "fr-proces-sauvrac/incendiaire",
        "« Je voulais être utile » : le pompier s'explique",
        "Le jeune homme a dit au tribunal qu'il allumait les feux pour pouvoir participer aux "
        "interventions ; le jugement est attendu vendredi.",
        89.0,
    ),
    (
        "fr-resultats-vellane",
        "Vellane abaisse ses prévisions, l'action chute de 24 %",
        "Le fabricant de cosmétiques Vellane a revu en baisse son objectif de bénéfice annuel, à "
        "410 millions d'euros contre 520 millions, invoquant une demande faible en Asie.",
        106.0,
    ),
    (
        "fr-resultats-vellane",
        "Avertissement sur résultats chez Vellane",
        "Le titre perd près d'un quart de sa valeur.",
        106.3,
    ),
    (
        "fr-resultats-vellane",
        "Vellane paie sa dépendance au marché chinois",
        "Près d'un tiers des ventes du groupe se font en Chine, où les clientes boudent les soins "
        "haut de gamme, relèvent les analystes.",
        110.0,
    ),
    (
        "fr-resultats-vellane/pdg",
        "Le PDG de Vellane, Gilles Marenne, quitte ses fonctions",
        "Gilles Marenne a démissionné lundi de la direction de Vellane, trois jours après "
        "l'avertissement sur résultats qui a fait plonger l'action.",
        178.0,
    ),
    (
        "fr-resultats-vellane/pdg",
        "Départ du patron de Vellane",
        "Gilles Marenne démissionne.",
        178.3,
    ),
    (
        "fr-resultats-vellane/pdg",
        "Qui pour succéder à Marenne chez Vellane ?",
        "Le conseil d'administration a confié l'intérim à la directrice financière, Sophie "
        "Arnoult, et lancé la recherche d'un successeur.",
        182.0,
    ),
    (
        "fr-ours-pyrenees",
        "Un ours aperçu dans un village de la vallée d'Aspeyre",
        "Un ours brun a été filmé samedi matin traversant la place du village de Castel-Aspeyre, "
        "au pied des montagnes, sous les yeux d'habitants médusés.",
        128.0,
    ),
    (
        "fr-ours-pyrenees",
        "Un ours dans le village",
        "La scène a été filmée à Castel-Aspeyre.",
        128.3,
    ),
    (
        "fr-ours-pyrenees",
        "L'ours de Castel-Aspeyre, un jeune mâle venu d'Espagne ?",
        "Les spécialistes pensent qu'il s'agit d'un ours de trois ans déjà repéré de l'autre côté "
        "de la frontière au printemps.",
        131.0,
    ),
    (
        "fr-ours-pyrenees",
        "L'ours de Castel-Aspeyre est reparti vers la forêt",
        "Les agents de l'Office de la biodiversité ont suivi l'animal, un jeune mâle, qui a "
        "regagné la montagne dans la nuit.",
        148.0,
    ),
    (
        "fr-retrait-tram",
        "Marvenac : les trams à l'arrêt après l'agression d'un conducteur",
        "Aucun tramway ne circulait dimanche à Marvenac, les conducteurs ayant exercé leur droit "
        "de retrait après l'agression d'un collègue samedi soir.",
        160.0,
    ),
    (
        "fr-retrait-tram",
        "Pas de tram à Marvenac",
        "Les conducteurs exercent leur droit de retrait.",
        160.3,
    ),
    (
        "fr-retrait-tram",
        "Le trafic des trams reprend à Marvenac",
        "La circulation a repris lundi matin après la promesse de la métropole de placer des "
        "agents de sécurité sur les rames le soir.",
        176.0,
    ),
    (
        "fr-musee-sauvrac",
        "Le musée de Sauvrac-les-Bois rouvre après travaux",
        "Fermé depuis deux ans, le musée municipal a rouvert mercredi avec une nouvelle salle "
        "consacrée aux faïences locales.",
        238.0,
    ),
    # --- Russian ---
    (
        "ru-krazha-sadovaya",
        "Воры обчистили квартиру на Садовой улице в Ельнинске",
        "В ночь на вторник неизвестные вскрыли дверь квартиры на Садовой улице в Ельнинске и "
        "вынесли технику и деньги на сумму около 600 тысяч рублей.",
        40.0,
    ),
    (
        "ru-krazha-sadovaya",
        "Кража на Садовой",
        "Из квартиры вынесли технику и деньги.",
        40.3,
    ),
    (
        "ru-krazha-sadovaya",
        "Полиция Ельнинска ищет двух мужчин после кражи на Садовой",
        "Камера у подъезда записала двоих мужчин с сумками; хозяева квартиры были на даче.",
        56.0,
    ),
    (
        "ru-krazha-sadovaya/magazin",
        "На той же Садовой ограбили ювелирный магазин",
        "Спустя сутки после кражи из квартиры на Садовой улице в Ельнинске злоумышленники разбили "
        "витрину ювелирного магазина в соседнем доме.",
        64.0,
    ),
    (
        "ru-krazha-sadovaya/magazin",
        "Разбита витрина ювелирного",
        "Похищены кольца и цепочки.",
        64.3,
    ),
    (
        "ru-krazha-sadovaya/magazin",
        "Ущерб от налёта на ювелирный в Ельнинске превысил два миллиона",
        "Владелец магазина оценил потери в 2,1 млн рублей; связи с кражей из квартиры следователи "
        "пока не видят.",
        70.0,
    ),
    (
        "ru-sud-prirechinsk",
        "В Приречинске начался суд над бывшим главврачом",
        "Бывшего главного врача районной больницы Аркадия Мельникова обвиняют в получении взятки "
        "в 3,5 миллиона рублей при закупке томографа.",
        202.0,
    ),
    (
        "ru-sud-prirechinsk",
        "Суд над главврачом",
        "Мельникова обвиняют во взятке.",
        202.3,
    ),
    (
        "ru-sud-prirechinsk",
        "Мельников не признал вину в Приречинском суде",
        "Бывший главврач заявил, что деньги были платой за консультации, а не взяткой.",
        207.0,
    ),
    (
        "ru-sud-prirechinsk",
        "Свидетель рассказал суду о конверте с деньгами",
        "Поставщик томографа заявил, что лично передал бывшему главврачу конверт в его кабинете.",
        226.0,
    ),
    (
        "ru-sud-prirechinsk/zavod",
        "Приречинский суд рассматривает дело о гибели рабочего на заводе",
        "В том же суде, где накануне начался процесс над бывшим главврачом, в среду приступили к "
        "делу мастера завода, обвиняемого в гибели рабочего.",
        224.0,
    ),
    (
        "ru-sud-prirechinsk/zavod",
        "Дело о гибели рабочего",
        "Мастеру грозит до пяти лет.",
        224.3,
    ),
    (
        "ru-sud-prirechinsk/zavod",
        "Вдова погибшего рабочего дала показания",
        "Женщина рассказала суду, что муж жаловался на неисправный кран за неделю до гибели.",
        230.0,
    ),
    (
        "ru-pozhar-les",
        "Под Ельнинском горит торфяник",
        "Пожарные тушат торфяник площадью около двадцати гектаров к северу от Ельнинска; дым "
        "дошёл до города.",
        66.0,
    ),
    (
        "ru-pozhar-les",
        "Горит торф",
        "Дым от пожара накрыл Ельнинск.",
        66.3,
    ),
    (
        "ru-pozhar-les",
        "Площадь торфяного пожара сократилась вдвое",
        "К утру четверга огонь удалось локализовать на десяти гектарах; жителям советуют "
        "закрывать окна.",
        86.0,
    ),
    (
        "ru-medved-poselok",
        "Медведь забрёл в посёлок Кедрогорск",
        "Бурый медведь несколько часов бродил по улицам посёлка Кедрогорск, пока охотоведы не "
        "отогнали его в лес.",
        200.0,
    ),
    (
        "ru-medved-poselok",
        "Медведь в посёлке",
        "Зверя отогнали в лес.",
        200.3,
    ),
    (
        "ru-medved-poselok",
        "Охотоведы рассказали, почему медведь пришёл к людям",
        "Молодой медведь, по словам специалистов, не залёг в спячку из-за тёплой осени и ищет еду.",
        203.0,
    ),
    (
        "ru-medved-poselok",
        "Медведь вернулся в Кедрогорск",
        "На следующий день зверя снова видели у мусорных баков; власти просят не выносить пищевые "
        "отходы.",
        222.0,
    ),
    (
        "ru-most-prirechinsk",
        "В Приречинске закрыли старый мост на ремонт",
        "Движение по мосту через реку Сушу закрыто на полгода; автобусы пустят в объезд.",
        260.0,
    ),
    (
        "ru-avtobus-trassa",
        "Автобус с туристами съехал в кювет под Кедрогорском",
        "Двенадцать человек пострадали, когда автобус с туристами съехал с обледенелой дороги "
        "недалеко от посёлка Кедрогорск.",
        300.0,
    ),
    (
        "ru-avtobus-trassa",
        "ДТП с автобусом",
        "Двенадцать пострадавших на обледенелой дороге.",
        300.3,
    ),
    (
        "ru-avtobus-trassa",
        "Водитель автобуса задержан после аварии",
        "По данным следствия, водитель ехал на летней резине; трое пострадавших остаются в "
        "больнице.",
        306.0,
    ),
    (
        "ru-avtobus-trassa",
        "Трое пострадавших в аварии под Кедрогорском переведены в областную больницу",
        "Состояние двоих оценивается как средней тяжести; туристы возвращались с горнолыжного "
        "курорта.",
        322.0,
    ),
    # --- Spanish ---
    (
        "es-brote-colegio",
        "Brote de gastroenteritis en el colegio San Telmo de Villalcerro",
        "Sesenta y dos alumnos del colegio San Telmo de Villalcerro han faltado a clase este "
        "martes por vómitos y diarrea tras la comida del lunes en el comedor.",
        33.0,
    ),
    (
        "es-brote-colegio",
        "Brote en un colegio",
        "Sesenta alumnos del colegio de Villalcerro, con vómitos y diarrea.",
        33.3,
    ),
    (
        "es-brote-colegio",
        "Sanidad investiga el comedor del San Telmo",
        "Los inspectores han tomado muestras del pollo y la ensalada servidos el lunes; la "
        "empresa del catering colabora.",
        37.0,
    ),
    (
        "es-brote-colegio",
        "Salmonela, causa del brote del colegio de Villalcerro",
        "Los análisis confirman la presencia de salmonela en el pollo del comedor; el colegio ha "
        "cambiado de empresa de catering.",
        52.0,
    ),
    (
        "es-brote-colegio/sarampion",
        "Dos casos de sarampión en el mismo colegio de Villalcerro",
        "Sanidad ha confirmado dos casos de sarampión en alumnos de infantil del colegio San "
        "Telmo, un día después del brote de salmonela; ambos hechos no guardan relación.",
        62.0,
    ),
    (
        "es-brote-colegio/sarampion",
        "Sarampión en el San Telmo",
        "Dos niños de infantil con la enfermedad.",
        62.3,
    ),
    (
        "es-brote-colegio/sarampion",
        "Vacunación de refuerzo en el San Telmo tras los casos de sarampión",
        "Las familias de los niños sin vacunar han sido citadas en el centro de salud; los dos "
        "pequeños evolucionan bien.",
        68.0,
    ),
    (
        "es-multa-banco",
        "Multa de 8 millones al Banco Meridia por publicidad engañosa",
        "El regulador de consumo ha multado con 8 millones de euros al Banco Meridia por anunciar "
        "una cuenta sin comisiones que sí las cobraba.",
        180.0,
    ),
    (
        "es-multa-banco",
        "Meridia, multado",
        "Ocho millones por publicidad engañosa.",
        180.3,
    ),
    (
        "es-multa-banco",
        "Meridia recurrirá la multa de 8 millones",
        "El banco sostiene que las condiciones estaban claras en el contrato y acudirá a los "
        "tribunales.",
        184.0,
    ),
    (
        "es-multa-banco/datos",
        "Segunda sanción en dos días para Meridia, ahora por protección de datos",
        "La agencia de protección de datos ha impuesto al Banco Meridia una multa de 1,6 millones "
        "por enviar extractos de clientes a direcciones equivocadas.",
        204.0,
    ),
    (
        "es-multa-banco/datos",
        "Nueva multa a Meridia",
        "1,6 millones por un fallo con los datos de clientes.",
        204.3,
    ),
    (
        "es-multa-banco/datos",
        "Meridia atribuye a un error informático el envío de extractos",
        "El banco asegura que el fallo afectó a unos 3.000 clientes y que ya lo ha corregido.",
        209.0,
    ),
    (
        "es-aviso-lunar",
        "Lunar Textil rebaja sus previsiones y se desploma en bolsa",
        "La cadena de moda Lunar Textil ha rebajado su previsión de beneficio un 35 % por las "
        "malas ventas de otoño; sus acciones caen un 19 %.",
        230.0,
    ),
    (
        "es-aviso-lunar",
        "Lunar Textil se hunde",
        "Las acciones caen un 19 % tras el aviso.",
        230.3,
    ),
    (
        "es-aviso-lunar",
        "El otoño templado castiga a Lunar Textil",
        "La empresa atribuye la caída de ventas a un otoño sin frío que ha dejado los abrigos en "
        "las tiendas.",
        234.0,
    ),
    (
        "es-aviso-lunar/dimision",
        "Dimite la consejera delegada de Lunar Textil",
        "Marta Iribarren ha presentado su dimisión como consejera delegada de Lunar Textil, cinco "
        "días después de que la empresa rebajara sus previsiones.",
        350.0,
    ),
    (
        "es-aviso-lunar/dimision",
        "Iribarren deja Lunar Textil",
        "La consejera delegada dimite tras el aviso.",
        350.3,
    ),
    (
        "es-incendio-monte",
        "Un incendio calcina 300 hectáreas en la sierra de Valdeorzo",
        "Más de 200 efectivos trabajan desde la tarde del jueves en el incendio de la sierra de "
        "Valdeorzo, que ha obligado a desalojar dos urbanizaciones.",
        100.0,
    ),
    (
        "es-incendio-monte",
        "Fuego en Valdeorzo",
        "Se desalojan dos urbanizaciones por las llamas.",
        100.3,
    ),
    (
        "es-incendio-monte",
        "Estabilizado el incendio de Valdeorzo",
        "Los vecinos desalojados han vuelto a sus casas el viernes; el fuego ha quemado unas 340 "
        "hectáreas.",
        118.0,
    ),
    (
        "es-rescate-barco",
        "Rescatados once tripulantes de un pesquero hundido frente a Punta Garceira",
        "Salvamento Marítimo ha rescatado a los once tripulantes del pesquero Nuevo Amanecer, que "
        "se hundió la madrugada del jueves frente a Punta Garceira.",
        260.0,
    ),
    (
        "es-rescate-barco",
        "Se hunde un pesquero",
        "Los once marineros, a salvo.",
        260.3,
    ),
    (
        "es-rescate-barco",
        "El patrón del Nuevo Amanecer: «Entró agua en la sala de máquinas»",
        "El patrón ha relatado que la vía de agua se abrió en pocos minutos y que tuvieron el "
        "tiempo justo para subir a la balsa.",
        265.0,
    ),
    (
        "es-rescate-barco",
        "Un buzo revisará el pecio del Nuevo Amanecer",
        "Capitanía Marítima enviará un buzo para averiguar por qué se hundió el pesquero; el "
        "armador descarta una sobrecarga.",
        282.0,
    ),
    # --- Italian ---
    (
        "it-incrocio-rivalta",
        "Scontro all'incrocio di via Molinara a Rivalta Sorvia, due feriti",
        "Due automobilisti sono rimasti feriti martedì mattina in uno scontro frontale "
        "all'incrocio tra via Molinara e la provinciale a Rivalta Sorvia; uno è in prognosi "
        "riservata.",
        32.0,
    ),
    (
        "it-incrocio-rivalta",
        "Incidente in via Molinara",
        "Due feriti, uno è grave.",
        32.3,
    ),
    (
        "it-incrocio-rivalta",
        "Il semaforo era spento: polemica dopo lo schianto di via Molinara",
        "Il semaforo dell'incrocio era guasto da tre giorni, denunciano i residenti; il Comune "
        "dice che la riparazione era prevista per mercoledì.",
        36.0,
    ),
    (
        "it-incrocio-rivalta",
        "Rivalta, l'automobilista grave è uscito dalla prognosi riservata",
        "L'uomo di 63 anni ferito nello scontro di martedì mattina resta in ospedale ma non è più "
        "in pericolo di vita.",
        52.0,
    ),
    (
        "it-incrocio-rivalta/scooter",
        "Rivalta, nuovo incidente allo stesso incrocio: ferito un ragazzo in scooter",
        "Un sedicenne in scooter è stato urtato da un'auto martedì sera all'incrocio di via "
        "Molinara, a poche ore dallo scontro frontale della mattina.",
        43.0,
    ),
    (
        "it-incrocio-rivalta/scooter",
        "Sedicenne in scooter investito",
        "Ferite lievi per il ragazzo, la strada resta aperta.",
        43.3,
    ),
    (
        "it-incrocio-rivalta/scooter",
        "Via Molinara, il sindaco promette una rotonda",
        "Dopo due incidenti nello stesso giorno il sindaco di Rivalta ha annunciato una "
        "rotatoria; il ragazzo in scooter è già stato dimesso.",
        56.0,
    ),
    (
        "it-sciopero-bellandi",
        "Sciopero improvviso alla Cantieri Bellandi di Porto Ambra",
        "Gli operai dei Cantieri Bellandi di Porto Ambra hanno incrociato le braccia venerdì "
        "mattina dopo un infortunio a un saldatore caduto da un'impalcatura.",
        104.0,
    ),
    (
        "it-sciopero-bellandi",
        "Fermi i Cantieri Bellandi",
        "Protesta dopo la caduta di un saldatore.",
        104.3,
    ),
    (
        "it-sciopero-bellandi",
        "Saldatore caduto, gli operai chiedono più sicurezza",
        "Il saldatore, 41 anni, ha riportato fratture a entrambe le gambe; i sindacati chiedono "
        "un incontro con l'azienda entro sabato.",
        109.0,
    ),
    (
        "it-sciopero-bellandi",
        "Cantieri Bellandi, il lavoro riprende dopo l'accordo sulla sicurezza",
        "Venerdì sera l'azienda ha promesso nuove reti di protezione e un responsabile per ogni "
        "impalcatura; sabato i turni ripartono.",
        120.0,
    ),
    (
        "it-sciopero-bellandi/mensa",
        "Porto Ambra, nuovo stop ai Cantieri Bellandi: stavolta è la mensa",
        "Sabato a mezzogiorno i lavoratori dei Cantieri Bellandi hanno abbandonato il turno per "
        "protestare contro la chiusura della mensa aziendale decisa dall'azienda.",
        132.0,
    ),
    (
        "it-sciopero-bellandi/mensa",
        "Protesta per la mensa",
        "Stop di due ore ai Cantieri Bellandi.",
        132.3,
    ),
    (
        "it-sagra-annuncio",
        "Torna la sagra del tartufo di Montecorvaro: annunciate le date",
        "Il Comune di Montecorvaro ha presentato mercoledì la quarantesima sagra del tartufo, con "
        "80 bancarelle e una gara di cani da tartufo.",
        60.0,
    ),
    (
        "it-sagra-annuncio",
        "Sagra del tartufo, ecco le date",
        "A Montecorvaro 80 bancarelle e la gara dei cani.",
        60.3,
    ),
    (
        "it-sagra-annuncio/sagra",
        "Montecorvaro, folla alla sagra del tartufo",
        "Oltre 20mila visitatori nel primo fine settimana della sagra; il tartufo bianco è stato "
        "venduto a 3.800 euro al chilo.",
        834.0,
    ),
    (
        "it-sagra-annuncio/sagra",
        "Boom di visitatori a Montecorvaro",
        "Ventimila persone alla sagra del tartufo.",
        834.3,
    ),
    (
        "it-sagra-annuncio/sagra",
        "Vince Briciola la gara dei cani da tartufo",
        "La lagotta di un cercatore di Montecorvaro ha trovato tre tartufi in dodici minuti.",
        840.0,
    ),
    (
        "it-frana-valle",
        "Frana sulla strada per Pian del Gallaro, isolate 40 famiglie",
        "Una frana ha interrotto martedì la provinciale che sale a Pian del Gallaro: quaranta "
        "famiglie sono rimaste isolate.",
        200.0,
    ),
    (
        "it-frana-valle",
        "Frana a Pian del Gallaro",
        "Quaranta famiglie sono rimaste isolate nella valle.",
        200.3,
    ),
    (
        "it-frana-valle",
        "Isolati di Pian del Gallaro, viveri portati in elicottero",
        "La Protezione civile ha portato acqua e medicinali agli abitanti rimasti isolati sulla "
        "montagna dopo la frana.",
        203.0,
    ),
    (
        "it-frana-valle",
        "Pian del Gallaro, aperta una pista provvisoria",
        "Da mercoledì pomeriggio una pista di cantiere permette di raggiungere il paese; i lavori "
        "sulla provinciale dureranno un mese.",
        230.0,
    ),
    (
        "it-museo-porto",
        "Porto Ambra, riapre il museo della marineria",
        "Dopo il restauro il museo della marineria di Porto Ambra ha riaperto con sei barche "
        "storiche restaurate.",
        280.0,
    ),
    # --- Portuguese ---
    (
        "pt-surto-escola",
        "Surto de gripe fecha turmas na escola de Vale Sereno",
        "Quarenta e três alunos da Escola Básica de Vale Sereno estão em casa com gripe; a "
        "direção fechou duas turmas do 3.º ano até sexta-feira.",
        10.0,
    ),
    (
        "pt-surto-escola",
        "Gripe fecha turmas",
        "Escola de Vale Sereno com 43 alunos doentes.",
        10.3,
    ),
    (
        "pt-surto-escola",
        "Delegado de saúde pede vacinação dos alunos de Vale Sereno",
        "O delegado de saúde recomendou que os pais vacinem os filhos contra a gripe; o número de "
        "doentes subiu para 51.",
        26.0,
    ),
    (
        "pt-surto-escola/piolhos",
        "Agora é a vez dos piolhos na escola de Vale Sereno",
        "Além do surto de gripe, a Escola Básica de Vale Sereno enviou uma carta aos pais sobre "
        "um surto de piolhos no 1.º ano.",
        40.0,
    ),
    (
        "pt-surto-escola/piolhos",
        "Piolhos no 1.º ano",
        "Carta aos pais pede que vejam a cabeça das crianças.",
        40.3,
    ),
    (
        "pt-greve-estivadores",
        "Estivadores de Porto Cerrado anunciam greve de três dias",
        "O sindicato dos estivadores de Porto Cerrado convocou uma greve para os dias 21, 22 e "
        "23, contra a contratação de trabalhadores temporários.",
        50.0,
    ),
    (
        "pt-greve-estivadores",
        "Greve no porto anunciada",
        "Estivadores param três dias.",
        50.3,
    ),
    (
        "pt-greve-estivadores",
        "Exportadores temem atrasos com a greve em Porto Cerrado",
        "A associação de exportadores diz que centenas de contentores podem ficar parados no cais.",
        56.0,
    ),
    (
        "pt-greve-estivadores/dia",
        "Porto Cerrado parado no primeiro dia de greve",
        "Nenhum navio foi descarregado esta segunda-feira em Porto Cerrado, no primeiro dos três "
        "dias de greve dos estivadores.",
        344.0,
    ),
    (
        "pt-greve-estivadores/dia",
        "Greve paralisa o porto",
        "Navios esperam ao largo de Porto Cerrado.",
        344.3,
    ),
    (
        "pt-greve-estivadores/dia",
        "Sete navios à espera ao largo de Porto Cerrado",
        "Os navios de carga aguardam ao largo; a administração do porto diz que a greve custa um "
        "milhão de euros por dia.",
        350.0,
    ),
    (
        "pt-feira-anuncio",
        "Feira do Livro de Alcarvela terá 120 editoras",
        "A câmara de Alcarvela anunciou que a feira do livro deste ano terá 120 editoras e a "
        "presença de doze autores estrangeiros.",
        90.0,
    ),
    (
        "pt-feira-anuncio",
        "Feira do Livro anunciada",
        "Alcarvela recebe 120 editoras.",
        90.3,
    ),
    (
        "pt-feira-anuncio/feira",
        "Abriu a Feira do Livro de Alcarvela",
        "Milhares de visitantes percorreram no sábado os pavilhões da feira do livro no jardim "
        "municipal de Alcarvela.",
        810.0,
    ),
    (
        "pt-feira-anuncio/feira",
        "Feira do livro aberta",
        "Milhares de visitantes no primeiro dia.",
        810.3,
    ),
    (
        "pt-feira-anuncio/feira",
        "Filas para autógrafos na Feira de Alcarvela",
        "A romancista Inês Carvalhal autografou livros durante quatro horas; a organização fala "
        "num recorde de visitantes.",
        816.0,
    ),
    (
        "pt-tempestade-ilha",
        "Tempestade corta estrada e energia na ilha de São Brandão",
        "Ventos de 130 quilómetros por hora derrubaram árvores e postes na ilha de São Brandão; "
        "6.000 casas ficaram sem luz.",
        150.0,
    ),
    (
        "pt-tempestade-ilha",
        "Tempestade em São Brandão",
        "Seis mil casas sem eletricidade.",
        150.3,
    ),
    (
        "pt-tempestade-ilha",
        "Ventos de 130 km/h em São Brandão",
        "A proteção civil pede à população que fique em casa durante a noite.",
        150.8,
    ),
    (
        "pt-tempestade-ilha",
        "Luz volta a quase toda a ilha de São Brandão",
        "As equipas da elétrica repuseram a energia em 5.800 das 6 mil casas afetadas até ao fim "
        "da tarde.",
        170.0,
    ),
    # --- Dutch ---
    (
        "nl-kruispunt-veldijke",
        "Fietser zwaargewond bij aanrijding op kruispunt in Veldijke",
        "Een 58-jarige fietser is maandagmiddag zwaargewond geraakt bij een aanrijding met een "
        "vrachtwagen op het kruispunt van de Ringweg en de Dorpsstraat in Veldijke.",
        15.0,
    ),
    (
        "nl-kruispunt-veldijke",
        "Fietser aangereden in Veldijke",
        "Vrachtwagen raakt fietser op de Ringweg.",
        15.3,
    ),
    (
        "nl-kruispunt-veldijke",
        "Bewoners Veldijke: 'Dit kruispunt is al jaren gevaarlijk'",
        "Omwonenden zeggen dat vrachtwagens bij het afslaan de fietsers niet zien; de gemeente "
        "onderzoekt een apart fietslicht.",
        19.0,
    ),
    (
        "nl-kruispunt-veldijke",
        "Fietser Veldijke buiten levensgevaar",
        "De 58-jarige man die maandag door een vrachtwagen werd geschept, is niet meer in "
        "levensgevaar, meldt de familie.",
        36.0,
    ),
    (
        "nl-kruispunt-veldijke/auto",
        "Weer een ongeluk op kruispunt Ringweg in Veldijke",
        "Een dag nadat daar een fietser zwaargewond raakte, zijn dinsdagochtend twee auto's op "
        "elkaar gebotst op hetzelfde kruispunt in Veldijke; niemand raakte ernstig gewond.",
        31.0,
    ),
    (
        "nl-kruispunt-veldijke/auto",
        "Twee auto's botsen in Veldijke",
        "Alleen blikschade op de Ringweg.",
        31.3,
    ),
    (
        "nl-boete-bank",
        "Toezichthouder beboet Noordhaven Bank met 6 miljoen euro",
        "Noordhaven Bank moet een boete van 6 miljoen euro betalen omdat de bank verdachte "
        "transacties te laat heeft gemeld, zegt de toezichthouder.",
        190.0,
    ),
    (
        "nl-boete-bank",
        "Boete voor Noordhaven Bank",
        "Verdachte transacties te laat gemeld.",
        190.3,
    ),
    (
        "nl-boete-bank",
        "Noordhaven Bank: 'We hebben onze controles flink verbeterd'",
        "De bank heeft tweehonderd extra mensen aangenomen voor het controleren van transacties "
        "en gaat niet in beroep.",
        194.0,
    ),
    (
        "nl-boete-bank/hypotheek",
        "Tweede boete voor Noordhaven Bank, nu om hypotheekrente",
        "Een dag na de boete voor het te laat melden van transacties krijgt Noordhaven Bank van "
        "de consumententoezichthouder een boete van 900.000 euro voor te hoge rente op oude "
        "hypotheken.",
        214.0,
    ),
    (
        "nl-boete-bank/hypotheek",
        "Noordhaven opnieuw beboet",
        "Klanten betaalden te veel rente op hypotheken.",
        214.3,
    ),
    (
        "nl-boete-bank/hypotheek",
        "Hypotheekklanten Noordhaven krijgen geld terug",
        "Ruim 4.000 klanten krijgen samen ongeveer 3 miljoen euro terug van de bank.",
        220.0,
    ),
    (
        "nl-dijk-polder",
        "Lek in dijk bij Hollerdiep, bewoners geëvacueerd",
        "Het waterschap heeft donderdagavond zestig woningen bij Hollerdiep laten ontruimen nadat "
        "in de dijk langs het kanaal een lek werd ontdekt.",
        100.0,
    ),
    (
        "nl-dijk-polder",
        "Dijk lekt bij Hollerdiep",
        "Zestig huizen ontruimd.",
        100.3,
    ),
    (
        "nl-dijk-polder",
        "Dijk bij Hollerdiep gedicht, bewoners mogen terug",
        "Met zandzakken en een damwand is het lek vrijdag gedicht; de bewoners van de zestig "
        "huizen mogen weer naar huis.",
        120.0,
    ),
    (
        "nl-zeehond-strand",
        "Gewonde zeehond gevonden op strand van Veldijke aan Zee",
        "Strandwandelaars vonden zaterdag een zeehond met een wond aan zijn flipper; hij is naar "
        "de opvang gebracht.",
        298.0,
    ),
    (
        "nl-fusie-zuivel",
        "Zuivelbedrijven Weidegoud en Melkland gaan fuseren",
        "De coöperaties Weidegoud en Melkland gaan samen verder en worden met 4.300 boeren het op "
        "één na grootste zuivelbedrijf van het land.",
        300.0,
    ),
    (
        "nl-fusie-zuivel",
        "Weidegoud en Melkland fuseren",
        "Zuivelfusie met 4300 boeren.",
        300.3,
    ),
    (
        "nl-fusie-zuivel",
        "Boeren positief over zuivelfusie, maar zorgen over melkprijs",
        "Leden van beide coöperaties moeten nog instemmen; sommige boeren vrezen een lagere prijs "
        "voor hun melk.",
        305.0,
    ),
    (
        "nl-fusie-zuivel",
        "Kartelwaakhond kijkt kritisch naar zuivelfusie",
        "De mededingingstoezichthouder gaat de samenvoeging van Weidegoud en Melkland onderzoeken "
        "omdat het nieuwe bedrijf in het noorden bijna alle melk zou ophalen.",
        322.0,
    ),
)

# Same kind of event, same place or actor, another event: each label here is a story of its own,
# never the one before its slash.
HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "two burglaries on one street within two days": (
        "en-burglary-copse/second",
        "de-einbruch-lindweg/zweiter",
        "ru-krazha-sadovaya/magazin",
    ),
    "two accidents at one junction within a day": (
        "en-junction-fennick/bus",
        "fr-carrefour-marvenac/camion",
        "it-incrocio-rivalta/scooter",
        "nl-kruispunt-veldijke/auto",
    ),
    "two outbreaks at one school within two days": (
        "en-outbreak-thornfield/scabies",
        "es-brote-colegio/sarampion",
        "pt-surto-escola/piolhos",
    ),
    "two walkouts at one factory or yard over different grievances": (
        "en-walkout-ketterby/heating",
        "de-streik-kornfeld/lager",
        "it-sciopero-bellandi/mensa",
    ),
    "two different trials opening at one court on consecutive days": (
        "en-trial-haverleigh/nurse",
        "fr-proces-sauvrac/incendiaire",
        "ru-sud-prirechinsk/zavod",
    ),
    "one bank's two fines by different regulators a day apart": (
        "en-fine-corran/overdraft",
        "es-multa-banco/datos",
        "nl-boete-bank/hypotheek",
    ),
    "a strike announced and the strike day": (
        "en-strike-dunsmarch/day",
        "de-warnstreik-kliniken/tag",
        "pt-greve-estivadores/dia",
    ),
    "a profit warning and the chief executive's resignation days later": (
        "en-warning-quayle/ceo",
        "fr-resultats-vellane/pdg",
        "es-aviso-lunar/dimision",
    ),
    "an event announced and the event itself": (
        "en-airshow-pellhaven/held",
        "it-sagra-annuncio/sagra",
        "pt-feira-anuncio/feira",
    ),
}
