"""A thirty-seventh check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one world and national politics week
(polls and elections, parliaments and their votes, ministers, summits and diplomacy, protests,
courts, wars and ceasefires, disasters abroad, migration) as a reader's feeds carry it at
daily-digest density: 41 to 49 items a day (44, 47, 49, 48, 46, 44 and 41 from Monday to
Sunday), spanning 3.0 to 167.0 hours. It holds 319 items under 130 labels: 106 stories and 24
hard negatives; 45 labels in English (109 items), 13 in Russian (31 items), 12 in German,
French, Spanish, Italian, Portuguese and Dutch (29 to 31 items each). Big stories come as a
wire flash, a teaser and a fuller copy, then a quote-led or reaction piece hours later (an
opposition leader, a mayor, refugees in camps, a victims' group, a neighbour government) that
names the event only by its place or one detail, and some have an analysis or a next-day
follow-up with a new fact 15 to 24 hours after the first copy (the Oltra convoys, the Quenza
toll, the Lerai damage, the Kolm and Trevia and Kalenou and Belmira communiqués, the Keldar and
Zaozerny quiet first days, the Sainte-Orane and Corvinas tolls, the lithium deal signed during
Ferrán's visit, the hydrogen pipe signed during Halm's visit, the Northgate analysis). 53
labels have two copies, 59 three, 6 four, and 12 stories are told by one outlet. 117 labels
have a teaser copy whose lead is under 80 characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list,
three each, each in its story's language. Three are two different events with the same actor
or at the same place on the same day, 5 to 11 hours apart: a minister's morning plan and a
separate expenses row about the same minister that evening (Dara Kell's homes and her rent
claim, Albrecht's speed limit and his official car, Helena Brás's hospitals and her husband's
flights); a rally in a capital's square and a separate fire beside the same square that night
(Garnet Square and the printing works, площадь Согласия and the «Пассаж» mall, the Plaza de
los Fundadores and the hotel Imperial); a parliament's vote on one bill and a separate
opposition walkout from the same chamber hours later (the data bill and Redmoor's maternity
unit, the pensions reform and a deputy's exclusion, the nitrogen law and the Dalmeer barracks).
One falls a day later: a migrant boat rescued off an island and another boat sinking off the
same island (28 to 29 hours: Pellis, Lampiria, Sint-Vore). Four fall days later: a ceasefire
signed in one province and fighting in another province of the same country (71 to 75 hours:
Oltra and Kaska, Заозёрный and Приморский край, Keldar and Morvak); a president's visit
abroad and an impeachment motion against the same president (95 to 119 hours: Ferrant, Halm,
Ferrán); an ambassador summoned in one dispute and the same two countries signing a separate
accord (81 to 96 hours: Marova's fisheries, the Tanrès power line, the Sabral river); a top
court striking down a law and the same court ruling on an election dispute (69 to 76 hours:
the curfew law and Northgate, the rent cap and Sollbach, the pensions law and Oudwater-Zuid).
Twelve hard negatives fall within 48 hours of their story, twelve beyond it.

The week also holds what a politics digest carries side by side: a poll in every language,
several votes and elections (Northgate, the Marovian presidency, five Costaltan regions, the
Rocca Alta runoff, the Bréval by-election), ministers leaving (Zuev, Cienfuegos, Helder, the
reshuffled Carver), several summits, storms and floods abroad, several asylum and border
stories in one language (Holt's centres and the Lowmoor ruling; the Pellis rescue beside the
Pellis sinking), one government's many actors (Calder's reshuffle and defence pledge, Lowe's
statement, Kell, Holt), and one foreign country in several separate stories (Marova's
ambassador, asset freeze, spy charges, election and floods; Drevania's ceasefire, prisoner
swap, grain ban, kidnapped nurse and the Kaska fighting).

What "same story" means here: one event (one vote, one poll, one visit, one ruling, one
ceasefire, one rescue, one summons, one rally, one fire, one storm, one resignation) in that
event's news cycle, including reactions to it and a next-day follow-up with a new fact. Not
the same story: another event of the same kind or with the same actor or place, even on the
same day, in the same chamber or square, off the same island or before the same court. A
label with a suffix after a slash is a hard negative of the story before the slash
(categories in `HARD_NEGATIVES`). No story has more than four copies, and every story's
copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
countries, cities, people, parties and courts are invented here; real bodies appear only as
backdrop (the Red Cross, UN agencies, the High Court, the Consiglio dei ministri, the
Presidente della Repubblica, the Ordem dos Médicos, the Nationale Ombudsman).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first items were read for the
format only; earlier sets were only compared by script for clashing labels and texts), and
never run through the merging code before its one scoring run,
`python -m bench.stories --round37`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- en ---
    (
        "en-kell-homes-plan",
        "Kell pledges 90,000 social homes by 2030",
        "Housing minister Dara Kell told a builders' conference in Castlemere that the "
        "government would fund 90,000 social homes by 2030, paid for by a levy on empty second "
        "properties.",
        8.0,
    ),
    (
        "en-kell-homes-plan",
        "Housing minister unveils 90,000-homes target",
        "A levy on empty second homes is to pay for the building drive.",
        8.4,
    ),
    (
        "en-kell-homes-plan",
        "'Recycled promises,' says Civic Alliance of Kell's homes pledge",
        "The opposition's housing spokesman Ben Sayle said the same target had been announced "
        "twice before and asked where the bricklayers would come from.",
        12.5,
    ),
    (
        "en-kell-homes-plan/expenses",
        "Kell under fire over £14,000 rent claim",
        "Dara Kell claimed more than £14,000 in expenses for a flat in Castlemere rented from "
        "her partner, parliamentary records published on Monday evening show.",
        18.5,
    ),
    (
        "en-kell-homes-plan/expenses",
        "Housing minister's flat claims questioned",
        "Records show rent paid to her partner from the public purse.",
        19.1,
    ),
    (
        "en-kell-homes-plan/expenses",
        "Feld calls for standards inquiry into minister's rent",
        "Opposition leader Owen Feld wrote to the standards commissioner asking whether the "
        "housing minister broke the rules on renting from family members.",
        22.0,
    ),
    (
        "en-ferrant-state-visit",
        "Aldoran president arrives for three-day state visit",
        "President Marco Ferrant of Aldora landed at Castlemere airport with a delegation of 40 "
        "business leaders, the first state visit by an Aldoran head of state in 19 years.",
        11.0,
    ),
    (
        "en-ferrant-state-visit",
        "Ferrant begins state visit",
        "Aldora's president is due to address the Assembly on Tuesday.",
        11.6,
    ),
    (
        "en-ferrant-state-visit",
        "Ferrant tells Assembly the two nations share 'one ocean'",
        "In a speech to both chambers the Aldoran president asked for a shipping and fisheries "
        "pact, and thanked Brennland for its help after last year's floods.",
        33.0,
    ),
    (
        "en-ferrant-state-visit/impeachment",
        "Aldoran congress files impeachment motion against Ferrant",
        "Opposition deputies in Aldora's congress lodged a motion to remove President Marco "
        "Ferrant, accusing him of steering a port contract to a cousin's firm.",
        110.0,
    ),
    (
        "en-ferrant-state-visit/impeachment",
        "Impeachment bid against Aldora's president",
        "The port contract row reaches the floor of congress.",
        110.7,
    ),
    (
        "en-curfew-law-struck-down",
        "Constitutional Court strikes down protest curfew law",
        "Brennland's top judges decided that the law letting police impose night curfews on "
        "demonstrations breached the right of assembly and must lapse within 30 days.",
        15.0,
    ),
    (
        "en-curfew-law-struck-down",
        "Curfew law unconstitutional, court rules",
        "Judges give ministers a month before the powers lapse.",
        15.5,
    ),
    (
        "en-curfew-law-struck-down",
        "Civil liberties groups hail 'landmark' curfew ruling",
        "The Brennland Rights Trust said the judgment restored a freedom lost three years ago, "
        "while the interior ministry said it would study the ruling carefully.",
        20.0,
    ),
    (
        "en-curfew-law-struck-down/election-dispute",
        "Court rejects challenge to Northgate ballot counting",
        "The Constitutional Court dismissed a complaint by the Progress Party about postal "
        "votes in Northgate, clearing the way for Thursday's by-election count to stand.",
        84.0,
    ),
    (
        "en-curfew-law-struck-down/election-dispute",
        "Northgate postal vote complaint thrown out",
        "The judges found no breach of the rules by the counting officers.",
        84.6,
    ),
    (
        "en-pellis-boat-rescue",
        "Coastguard rescues 104 people from drifting boat off Pellis",
        "A wooden fishing boat carrying 104 people, among them 23 children, was towed into "
        "Pellis harbour after drifting for two days with a broken engine.",
        30.0,
    ),
    (
        "en-pellis-boat-rescue",
        "104 rescued off Pellis",
        "Children were among those brought to the harbour overnight.",
        30.5,
    ),
    (
        "en-pellis-boat-rescue",
        "Pellis mayor: 'Our reception centre is full again'",
        "Mayor Anna Ruiz said the island's centre built for 300 now holds 740 people and asked "
        "the government for ferries to move families to the mainland.",
        36.0,
    ),
    (
        "en-pellis-boat-rescue/sinking",
        "Boat sinks off Pellis, at least nine missing",
        "A dinghy carrying about 40 people capsized in rough seas off the south of Pellis on "
        "Wednesday morning; coastguard crews pulled 31 survivors from the water.",
        58.0,
    ),
    (
        "en-pellis-boat-rescue/sinking",
        "Nine missing after Pellis capsize",
        "The search goes on off the island's south coast.",
        58.6,
    ),
    (
        "en-pellis-boat-rescue/sinking",
        "Divers join search for missing off Pellis",
        "Navy divers and two helicopters joined the coastguard as hopes faded for the nine "
        "people missing from the capsized dinghy.",
        63.0,
    ),
    (
        "en-marova-ambassador-summoned",
        "Marova's ambassador summoned over jailed reporter",
        "The foreign ministry summoned Marova's envoy to protest against the 12-year sentence "
        "given to Brennish journalist Liam Cotter in a closed trial in Ostel.",
        50.0,
    ),
    (
        "en-marova-ambassador-summoned",
        "Envoy summoned over Cotter sentence",
        "Ministers call the trial a 'travesty'.",
        50.4,
    ),
    (
        "en-marova-ambassador-summoned",
        "Cotter's wife pleads for his release",
        "Sarah Cotter said her husband had only been reporting on a strike and asked the prime "
        "minister to raise his case directly with Marova's leaders.",
        55.0,
    ),
    (
        "en-marova-ambassador-summoned/fisheries-accord",
        "Brennland and Marova sign fisheries accord",
        "The two countries agreed quotas for herring and cod in the shared Tisen Bight for five "
        "years, ending a decade of yearly disputes between their fleets.",
        131.0,
    ),
    (
        "en-marova-ambassador-summoned/fisheries-accord",
        "Fishing quotas agreed with Marova",
        "A five-year deal for the Tisen Bight fleets.",
        131.5,
    ),
    (
        "en-oltra-ceasefire",
        "Drevania and Oltra rebels sign ceasefire",
        "Drevania's government and rebel commanders in the eastern province of Oltra signed a "
        "ceasefire in a border town, ending 14 months of fighting that forced 200,000 people "
        "from their homes.",
        82.0,
    ),
    (
        "en-oltra-ceasefire",
        "Ceasefire signed in Oltra",
        "Fighting in the eastern province to stop at midnight.",
        82.5,
    ),
    (
        "en-oltra-ceasefire",
        "Refugees in camps greet Oltra truce with caution",
        "Families in camps across the border said they would wait weeks before going home, "
        "fearing that earlier truces had collapsed within days.",
        88.0,
    ),
    (
        "en-oltra-ceasefire",
        "First aid convoys reach Oltra as ceasefire holds",
        "Forty lorries of food and medicine crossed into the province on Friday morning, the "
        "first day the ceasefire was in force, UN agencies said.",
        101.0,
    ),
    (
        "en-oltra-ceasefire/kaska-fighting",
        "Heavy fighting erupts in Drevania's south",
        "Government troops and an armed group clashed around the southern city of Kaska on "
        "Sunday, with at least 17 killed, residents and hospital staff said.",
        153.0,
    ),
    (
        "en-oltra-ceasefire/kaska-fighting",
        "Clashes around Kaska kill 17",
        "The fighting is the worst in the south of Drevania this year.",
        153.6,
    ),
    (
        "en-assembly-data-bill",
        "Assembly passes data protection bill by 214 votes to 188",
        "After two days of debate the bill giving citizens the right to see and delete data "
        "held by public bodies cleared its final stage and goes to the president for signature.",
        63.0,
    ),
    (
        "en-assembly-data-bill",
        "Data bill clears Assembly",
        "A majority of 26 after two days of debate.",
        63.4,
    ),
    (
        "en-assembly-data-bill/walkout",
        "Opposition walks out of Assembly over hospital closure",
        "Civic Alliance members left the chamber on Wednesday evening after the Speaker refused "
        "an emergency debate on the closure of Redmoor General's maternity unit.",
        69.0,
    ),
    (
        "en-assembly-data-bill/walkout",
        "Civic Alliance MPs quit chamber in protest",
        "The Speaker refused a debate on Redmoor's maternity unit.",
        69.5,
    ),
    (
        "en-assembly-data-bill/walkout",
        "Speaker defends refusal after walkout",
        "Speaker Hugh Amery said the rules allowed only one emergency debate a week and that "
        "the hospital could be raised at health questions on Monday.",
        72.0,
    ),
    (
        "en-garnet-square-rally",
        "Thousands rally in Garnet Square against fuel tax rise",
        "Police estimated 15,000 people filled Garnet Square in Castlemere on Tuesday afternoon "
        "to protest against a 9p rise in fuel duty due next month.",
        38.0,
    ),
    (
        "en-garnet-square-rally",
        "Fuel tax protest fills Garnet Square",
        "Hauliers and farmers joined the afternoon rally.",
        38.5,
    ),
    (
        "en-garnet-square-rally",
        "Hauliers vow to return if fuel rise goes ahead",
        "Speakers at the rally said lorry drivers would block the ring road next month unless "
        "the treasury dropped the increase.",
        41.0,
    ),
    (
        "en-garnet-square-rally/printworks-fire",
        "Fire guts printing works near Garnet Square",
        "Sixty firefighters fought a blaze in a disused printing works beside Garnet Square "
        "late on Tuesday; nobody was hurt and the cause is being investigated.",
        45.5,
    ),
    (
        "en-garnet-square-rally/printworks-fire",
        "Late-night blaze beside Garnet Square",
        "The empty printworks was destroyed.",
        46.0,
    ),
    (
        "en-poll-civic-lead",
        "Civic Alliance opens six-point poll lead",
        "A poll for the Castlemere Herald puts Owen Feld's party on 38 per cent and the "
        "governing Progress Party on 32, the widest gap since the last election.",
        7.0,
    ),
    (
        "en-poll-civic-lead",
        "Six-point lead for Feld's party",
        "Progress slips to 32 per cent.",
        7.4,
    ),
    (
        "en-northgate-byelection",
        "Civic Alliance takes Northgate in by-election",
        "Civic Alliance candidate Rosa Iqbal won the Northgate seat with a majority of 4,120, "
        "ending the Progress Party's hold on the town that began in 1998.",
        98.0,
    ),
    (
        "en-northgate-byelection",
        "Northgate falls to Civic Alliance",
        "A 4,120 majority overturns a 26-year hold.",
        98.4,
    ),
    (
        "en-northgate-byelection",
        "Feld: Northgate shows the country wants change",
        "The opposition leader visited the constituency on Friday morning and said voters had "
        "given the government a clear warning.",
        104.0,
    ),
    (
        "en-northgate-byelection",
        "What the Northgate result means for Calder",
        "Analysis: a swing of 11 points, repeated nationally, would cost the prime minister her "
        "majority, though by-elections have often misled before.",
        118.0,
    ),
    (
        "en-lowe-spring-statement",
        "Lowe cuts income tax by 1p in spring statement",
        "Finance minister Petra Lowe took a penny off basic-rate income tax, bringing it to 19 "
        "per cent, and froze fuel duty for a year, saying public finances had improved faster "
        "than forecast.",
        60.0,
    ),
    (
        "en-lowe-spring-statement",
        "Basic rate of income tax cut to 19p",
        "Fuel duty frozen for a year.",
        60.4,
    ),
    (
        "en-lowe-spring-statement",
        "'Too little, too late,' says Feld of tax cut",
        "The opposition leader said a one-penny cut did not make up for three years of frozen "
        "allowances.",
        61.5,
    ),
    (
        "en-lowe-spring-statement",
        "Economists question how Lowe will pay for tax cut",
        "The Fiscal Review Office said the cut would cost £6 billion a year and that the "
        "forecast it relies on was among the most hopeful in a decade.",
        77.0,
    ),
    (
        "en-calder-reshuffle",
        "Calder reshuffles cabinet after Northgate defeat",
        "Prime minister Ruth Calder moved five ministers, bringing back former deputy leader "
        "Gavin Moss as chief whip and dropping the transport minister.",
        112.0,
    ),
    (
        "en-calder-reshuffle",
        "Five ministers moved in reshuffle",
        "Gavin Moss is back as chief whip after three years away.",
        112.5,
    ),
    (
        "en-calder-reshuffle",
        "Dropped transport minister 'disappointed but loyal'",
        "Neil Carver, who lost his post on Friday, said he would back the prime minister from "
        "the back benches.",
        116.0,
    ),
    (
        "en-marova-presidential-vote",
        "Marova votes in presidential election",
        "Polls closed across Marova on Sunday evening where the sitting president Petr Varga "
        "faces his first serious challenger, former mayor of Ostel Ilse Kren.",
        162.0,
    ),
    (
        "en-marova-presidential-vote",
        "Polls close in Marova",
        "Varga has his first real rival in the former mayor of Ostel.",
        162.5,
    ),
    (
        "en-marova-presidential-vote",
        "Early count shows Varga ahead in Marova",
        "With a third of ballots counted the incumbent has 54 per cent, but Kren's campaign "
        "says votes from the cities have not yet been counted.",
        166.5,
    ),
    (
        "en-quenza-earthquake",
        "Earthquake strikes Aldora's Quenza province",
        "A magnitude 6.8 earthquake hit the mountain province of Quenza before dawn on Sunday, "
        "bringing down houses in at least four villages.",
        147.0,
    ),
    (
        "en-quenza-earthquake",
        "6.8 quake hits Quenza",
        "Houses have collapsed in four of the mountain villages.",
        147.4,
    ),
    (
        "en-quenza-earthquake",
        "Brennland offers rescue teams after Quenza quake",
        "The foreign ministry said a team of 60 search and rescue specialists with dogs was "
        "ready to fly to Aldora as soon as its government asked.",
        151.0,
    ),
    (
        "en-quenza-earthquake",
        "Quenza earthquake toll rises to 58",
        "Aldora's civil protection agency said 58 people had died and 300 were injured, as "
        "rescuers reached the last cut-off village by road.",
        167.0,
    ),
    (
        "en-lerai-cyclone",
        "Cyclone Amara hits Lerai",
        "The cyclone struck the island nation of Lerai on Friday morning with winds of 190 "
        "km/h, cutting power to the capital and flooding coastal villages.",
        100.0,
    ),
    (
        "en-lerai-cyclone",
        "Cyclone Amara makes landfall",
        "The power is out across the capital of Lerai.",
        100.5,
    ),
    (
        "en-lerai-cyclone",
        "Lerai appeals for help as cyclone damage emerges",
        "The island's prime minister said a third of homes on the northern atolls were damaged "
        "and asked donors for water purification kits.",
        124.0,
    ),
    (
        "en-kolm-summit",
        "Northern Ocean Council summit opens in Kolm",
        "Leaders of nine coastal states met in the Drevanian capital for a two-day summit on "
        "shipping lanes, fishing rights and the melting sea ice.",
        78.0,
    ),
    (
        "en-kolm-summit",
        "Nine leaders gather in Kolm",
        "Shipping and sea ice top the agenda.",
        78.4,
    ),
    (
        "en-kolm-summit",
        "Kolm summit ends with pledge on sea lanes",
        "The nine leaders agreed to share ice-patrol data and to set common rules for tankers "
        "passing through northern waters by next spring.",
        96.0,
    ),
    (
        "en-asylum-centres-plan",
        "Interior minister plans four new asylum centres",
        "Interior minister Graham Holt said four processing centres would open on former army "
        "bases by the autumn, so claims could be decided within six months.",
        35.0,
    ),
    (
        "en-asylum-centres-plan",
        "Four asylum centres planned",
        "Claims to be decided within six months, says Holt.",
        35.6,
    ),
    (
        "en-asylum-centres-plan",
        "Towns near army bases object to asylum centre plan",
        "Councillors in Lowmoor and Bratton said they had not been consulted and would seek "
        "legal advice.",
        40.5,
    ),
    (
        "en-lowmoor-centre-ruling",
        "High Court halts Lowmoor asylum centre",
        "A judge ruled that the interior ministry had failed to carry out an environmental "
        "assessment before choosing the Lowmoor base and quashed the decision.",
        125.0,
    ),
    (
        "en-lowmoor-centre-ruling",
        "Lowmoor centre ruled unlawful",
        "Ministry must repeat its assessment, judge says.",
        125.5,
    ),
    (
        "en-orrin-defects",
        "Progress MP Jane Orrin defects to Civic Alliance",
        "The member for Dunmere crossed the floor, saying the government had 'lost touch' with "
        "families in the north; Calder's majority falls to 24.",
        42.0,
    ),
    (
        "en-orrin-defects",
        "Orrin crosses the floor",
        "Government majority down to 24.",
        42.5,
    ),
    (
        "en-marova-spy-charges",
        "Two men charged with spying for Marova",
        "A former naval engineer and a translator were charged with passing details of harbour "
        "defences to Marovian intelligence, prosecutors said.",
        104.5,
    ),
    (
        "en-marova-spy-charges",
        "Spying charges over harbour defences",
        "Both men to appear in court on Monday.",
        105.0,
    ),
    (
        "en-calder-defence-pledge",
        "Calder pledges to raise defence spending to 2.5%",
        "The prime minister told army officers in Fenbridge that defence spending would reach "
        "2.5 per cent of national income within four years.",
        56.0,
    ),
    (
        "en-calder-defence-pledge",
        "Defence spending to rise, says Calder",
        "The target is to be met within four years.",
        56.5,
    ),
    (
        "en-oltra-prisoner-swap",
        "Drevania and Oltra rebels swap 60 prisoners",
        "Thirty captives from each side crossed a bridge near the front line on Monday under "
        "the supervision of the Red Cross, in what mediators called a step towards talks.",
        20.0,
    ),
    (
        "en-oltra-prisoner-swap",
        "Sixty prisoners exchanged",
        "The swap came under Red Cross supervision.",
        20.4,
    ),
    (
        "en-verano-pension-protests",
        "Pension protests bring Verano Alto to a standstill",
        "Tens of thousands marched through Aldora's capital against plans to raise the "
        "retirement age to 67, while a general strike closed schools and the metro.",
        90.0,
    ),
    (
        "en-verano-pension-protests",
        "Aldora strike shuts metro and schools",
        "Marchers reject retirement at 67.",
        90.5,
    ),
    (
        "en-verano-pension-protests",
        "Aldora's government offers talks after pension strike",
        "The labour minister invited the unions to talks next week but said the retirement age "
        "had to rise to keep the system solvent.",
        106.0,
    ),
    (
        "en-feld-tuition-plan",
        "Feld promises to scrap tuition fees",
        "Closing the Civic Alliance conference, Owen Feld said a Civic Alliance government "
        "would abolish university tuition fees over two parliaments.",
        140.0,
    ),
    (
        "en-feld-tuition-plan",
        "Opposition would end tuition fees",
        "Feld says the fees will be phased out over two parliaments.",
        140.5,
    ),
    (
        "en-callan-referendum-date",
        "Callan sets autonomy referendum for May",
        "The regional parliament of Callan voted 51 to 38 to hold a referendum on wider "
        "self-government on the second Sunday of May.",
        17.0,
    ),
    (
        "en-callan-referendum-date",
        "Callan referendum date agreed",
        "Voters will be asked about self-government on the second Sunday of May.",
        17.5,
    ),
    (
        "en-callan-referendum-date",
        "Castlemere says Callan vote will not be binding",
        "A government spokesman said the referendum was legal but advisory, and that any change "
        "to Callan's powers needed the Assembly's consent.",
        23.0,
    ),
    (
        "en-tisen-valley-floods",
        "Floods force thousands from homes in Marova",
        "Rivers burst their banks in Marova's Tisen valley after three days of rain, and the "
        "army was sent to evacuate 6,000 people from riverside towns.",
        122.0,
    ),
    (
        "en-tisen-valley-floods",
        "Marova evacuates Tisen valley",
        "Three days of rain swell the rivers.",
        122.6,
    ),
    (
        "en-drevania-grain-ban",
        "Drevania bans grain exports until harvest",
        "The Drevanian cabinet stopped wheat and barley exports until August, blaming the "
        "fighting in Oltra for a poor harvest and rising bread prices.",
        136.0,
    ),
    (
        "en-drevania-grain-ban",
        "Grain exports halted by Drevania",
        "Millers abroad warn of higher flour prices.",
        136.5,
    ),
    (
        "en-civic-donations-fine",
        "Civic Alliance fined £40,000 over donations",
        "The Electoral Commission said the party failed to report six donations worth £310,000 "
        "on time before last year's general election.",
        65.0,
    ),
    (
        "en-civic-donations-fine",
        "Opposition party fined over late returns",
        "Six donations were reported after the deadline.",
        65.5,
    ),
    (
        "en-marova-asset-freeze",
        "Brennland freezes assets of 12 Marovian officials",
        "The treasury froze bank accounts and property of twelve officials it said were "
        "responsible for the trial of journalist Liam Cotter.",
        157.0,
    ),
    (
        "en-marova-asset-freeze",
        "Asset freeze on Marovian officials",
        "Twelve named over the Cotter trial.",
        157.5,
    ),
    (
        "en-aid-worker-freed",
        "Aid worker kidnapped in Drevania is freed",
        "Mark Dunne, a nurse from Fenbridge held by gunmen for five months, was released near "
        "the Kaska border crossing and is said to be in good health.",
        160.0,
    ),
    (
        "en-aid-worker-freed",
        "Kidnapped nurse Dunne released",
        "He was held for five months in Drevania.",
        160.5,
    ),
    (
        "en-voting-age-committee",
        "Committee backs votes at 16",
        "The Assembly's constitution committee recommended lowering the voting age to 16 for "
        "national elections, setting up a free vote next month.",
        148.0,
    ),
    (
        "en-voting-age-committee",
        "Votes at 16 win committee support",
        "A free vote is expected next month.",
        148.5,
    ),
    (
        "en-census-bill",
        "Census bill clears committee stage",
        "The bill adding questions on languages spoken at home to the next census passed its "
        "committee stage without amendment this week.",
        166.0,
    ),
    (
        "en-ombudsman-report",
        "Ombudsman finds pension office delays 'unacceptable'",
        "The public services ombudsman said widows waited an average of 19 weeks for survivors' "
        "pensions and told the pension office to apologise to 1,200 claimants.",
        163.0,
    ),
    (
        "en-veteran-mp-dies",
        "Former Speaker Tom Hadley dies at 81",
        "Tom Hadley, who sat for Fenbridge for 32 years and was Speaker of the Assembly during "
        "the coalition years, has died after a short illness, his family said.",
        136.0,
    ),
    (
        "en-lerai-embassy",
        "Brennland to reopen embassy in Lerai",
        "The foreign ministry said its embassy in Lerai, closed for budget reasons in 2019, "
        "would reopen next year with a staff of six.",
        3.0,
    ),
    (
        "en-polling-hours",
        "Polling stations to stay open until 10pm",
        "The Electoral Commission said polling stations will close an hour later at the next "
        "general election after queues formed in several cities last time.",
        165.0,
    ),
    (
        "en-aldora-central-bank-governor",
        "Aldora's central bank governor sacked by decree",
        "President Marco Ferrant removed governor Elena Sastre a week after she refused to cut "
        "interest rates, prompting the peso to fall 4 per cent on overseas markets.",
        144.5,
    ),
    (
        "en-aldora-central-bank-governor",
        "Aldora sacks bank governor",
        "Elena Sastre had refused to cut rates.",
        145.0,
    ),
    # --- ru ---
    (
        "ru-stanov-square-rally",
        "В Станове тысячи людей вышли на площадь Согласия",
        "Около двадцати тысяч человек собрались в среду днём на площади Согласия в центре "
        "Станова, требуя отменить повышение тарифов на отопление и воду с первого апреля.",
        60.0,
    ),
    (
        "ru-stanov-square-rally",
        "Митинг против тарифов на площади Согласия",
        "Организаторы говорят о двадцати тысячах участников.",
        60.5,
    ),
    (
        "ru-stanov-square-rally",
        "Оппозиция обещает новые акции, если тарифы не заморозят",
        "Лидер партии «Новый путь» Аркадий Мельник заявил со сцены, что следующий митинг "
        "пройдёт через две недели у здания правительства.",
        63.0,
    ),
    (
        "ru-stanov-square-rally/mall-fire",
        "Поздно вечером загорелся торговый центр у площади Согласия",
        "Пожар на третьем этаже торгового центра «Пассаж» рядом с площадью Согласия тушили "
        "более пяти часов; из здания эвакуировали сорок охранников и уборщиков.",
        70.0,
    ),
    (
        "ru-stanov-square-rally/mall-fire",
        "Пожар в «Пассаже» в центре Станова",
        "Пострадавших нет, причину выясняют пожарные.",
        70.6,
    ),
    (
        "ru-zaozerny-truce",
        "Власти Велесии и ополченцы Заозёрного края подписали перемирие",
        "Соглашение о прекращении огня подписано в понедельник утром при посредничестве "
        "соседних государств; стороны обязались отвести тяжёлую технику на пятнадцать "
        "километров.",
        10.0,
    ),
    (
        "ru-zaozerny-truce",
        "В Заозёрном крае объявлено перемирие",
        "Тяжёлую технику отведут от линии фронта.",
        10.5,
    ),
    (
        "ru-zaozerny-truce",
        "Жители Заозёрного края не верят в долгий мир",
        "Беженцы в палаточных лагерях говорят, что прошлое перемирие продержалось лишь девять "
        "дней, и не спешат возвращаться домой.",
        16.0,
    ),
    (
        "ru-zaozerny-truce",
        "Первые сутки перемирия прошли без обстрелов",
        "Наблюдатели сообщили, что за ночь на вторник в Заозёрном крае не было зафиксировано ни "
        "одного нарушения.",
        31.0,
    ),
    (
        "ru-zaozerny-truce/primorsky-fighting",
        "В Приморском крае Велесии возобновились бои",
        "Армия Велесии и вооружённые отряды столкнулись у порта Лиманск, погибли не менее "
        "двенадцати человек; жителей прибрежных сёл вывозят автобусами.",
        85.0,
    ),
    (
        "ru-zaozerny-truce/primorsky-fighting",
        "Бои у Лиманска: двенадцать погибших",
        "Жителей прибрежных сёл эвакуируют.",
        85.6,
    ),
    (
        "ru-early-elections-called",
        "Президент Соколов назначил досрочные выборы в Народное собрание",
        "Выборы пройдут девятнадцатого июня, на полтора года раньше срока; Соколов объяснил "
        "решение тем, что правящая коалиция потеряла большинство.",
        33.0,
    ),
    (
        "ru-early-elections-called",
        "Досрочные выборы пройдут в июне",
        "Коалиция лишилась большинства в парламенте.",
        33.5,
    ),
    (
        "ru-early-elections-called",
        "Оппозиция Ладории готовится к досрочной кампании",
        "Партии «Новый путь» и «Союз земель» договорились выставить общих кандидатов в сорока "
        "округах.",
        40.0,
    ),
    (
        "ru-budget-passed",
        "Народное собрание приняло бюджет на следующий год",
        "За проект проголосовали сто двенадцать депутатов из двухсот; расходы на оборону "
        "вырастут на шестую часть, на здравоохранение — на десятую.",
        39.0,
    ),
    (
        "ru-budget-passed",
        "Бюджет принят со второй попытки",
        "Против голосовали восемьдесят депутатов.",
        39.5,
    ),
    (
        "ru-energy-minister-resigns",
        "Министр энергетики Ладории Олег Зуев подал в отставку",
        "Зуев ушёл после того, как веерные отключения света в трёх областях продлились больше "
        "недели; его обязанности временно исполнит заместитель.",
        101.0,
    ),
    (
        "ru-energy-minister-resigns",
        "Зуев ушёл в отставку после отключений",
        "Обязанности министра исполнит заместитель.",
        101.5,
    ),
    (
        "ru-energy-minister-resigns",
        "«Отставка запоздала», — говорят в оппозиции",
        "Депутаты «Нового пути» потребовали также проверить контракты на ремонт электростанций, "
        "подписанные при Зуеве.",
        108.0,
    ),
    (
        "ru-south-floods",
        "Наводнение на юге Ладории: эвакуированы пять тысяч человек",
        "Река Сула вышла из берегов после недели дождей, затоплены больше семисот домов в трёх "
        "районах.",
        123.0,
    ),
    (
        "ru-south-floods",
        "Сула вышла из берегов",
        "Затоплены сотни домов на юге страны.",
        123.5,
    ),
    (
        "ru-sokolov-rating-poll",
        "Рейтинг Соколова упал до минимума",
        "По данным опроса Центра общественного мнения, деятельность президента одобряют "
        "тридцать четыре процента жителей страны — меньше, чем когда-либо за его срок.",
        146.0,
    ),
    (
        "ru-sokolov-rating-poll",
        "Одобрение президента — тридцать четыре процента",
        "Опрос проведён после объявления досрочных выборов.",
        146.5,
    ),
    (
        "ru-foreign-ministers-meeting",
        "В Станове открылась встреча министров иностранных дел региона",
        "Главы внешнеполитических ведомств шести стран обсуждают торговлю, транзит газа и обмен "
        "пленными.",
        80.0,
    ),
    (
        "ru-foreign-ministers-meeting",
        "Министры шести стран собрались в Станове",
        "На повестке транзит газа и торговля.",
        80.5,
    ),
    (
        "ru-foreign-ministers-meeting",
        "Министры договорились о новом газовом коридоре",
        "По итогам двухдневной встречи шесть стран подписали меморандум о строительстве "
        "газопровода через Ладорию к морю.",
        95.0,
    ),
    (
        "ru-blogger-sentenced",
        "Блогера Игоря Рябова приговорили к четырём годам",
        "Суд Станова признал Рябова виновным в распространении ложных сведений о министерстве "
        "обороны; защита обжалует приговор.",
        88.0,
    ),
    (
        "ru-blogger-sentenced",
        "Рябову дали четыре года",
        "Адвокаты подадут апелляцию.",
        88.5,
    ),
    (
        "ru-border-migrant-camp",
        "У границы Ладории вырос лагерь мигрантов",
        "Около тысячи человек ночуют в палатках у пункта пропуска Каменка после того, как "
        "соседняя страна закрыла границу.",
        127.0,
    ),
    (
        "ru-border-migrant-camp",
        "Тысяча мигрантов ждёт у Каменки",
        "Соседи закрыли пограничный переход.",
        127.5,
    ),
    (
        "ru-ombudsman-approved",
        "Новым уполномоченным по правам человека стала Нина Гордеева",
        "Кандидатуру бывшей судьи поддержали сто сорок депутатов Народного собрания.",
        157.0,
    ),
    # --- de ---
    (
        "de-albrecht-tempolimit",
        "Albrecht will Tempo 130 auf allen Autobahnen",
        "Verkehrsminister Jonas Albrecht hat am Donnerstagmorgen in Kellbrück ein Gesetz für "
        "ein allgemeines Tempolimit von 130 km/h vorgestellt, das im Herbst gelten soll.",
        81.0,
    ),
    (
        "de-albrecht-tempolimit",
        "Verkehrsminister plant Tempolimit",
        "Ab Herbst soll auf Autobahnen bei 130 Schluss sein.",
        81.4,
    ),
    (
        "de-albrecht-tempolimit",
        "Autofahrerclub droht mit Klage gegen Tempolimit",
        "Der Ostrelische Automobilverband nannte den Plan eine Bevormundung und kündigte an, "
        "vor das Verfassungsgericht zu ziehen.",
        84.0,
    ),
    (
        "de-albrecht-tempolimit/dienstwagen",
        "Albrecht fuhr mit Dienstwagen in den Urlaub",
        "Nach Recherchen der Kellbrücker Rundschau ließ sich der Verkehrsminister im Sommer mit "
        "Dienstwagen und Fahrer an den Lindsee bringen und rechnete die Fahrt nicht privat ab.",
        89.5,
    ),
    (
        "de-albrecht-tempolimit/dienstwagen",
        "Dienstwagen-Affäre um den Verkehrsminister",
        "Die Urlaubsfahrt an den Lindsee wurde nicht privat abgerechnet.",
        90.0,
    ),
    (
        "de-albrecht-tempolimit/dienstwagen",
        "Opposition verlangt Aufklärung über Albrechts Fahrten",
        "Die Grünen Liste will den Minister im Haushaltsausschuss befragen und fordert die "
        "Fahrtenbücher der letzten drei Jahre an.",
        94.0,
    ),
    (
        "de-halm-staatsbesuch",
        "Karslands Präsident Halm zum Staatsbesuch in Kellbrück",
        "Präsident Viktor Halm ist mit militärischen Ehren empfangen worden; bei dem "
        "dreitägigen Besuch soll ein Abkommen über Wasserstoffleitungen unterzeichnet werden.",
        13.0,
    ),
    (
        "de-halm-staatsbesuch",
        "Halm in Kellbrück empfangen",
        "Bei dem Staatsbesuch geht es um die Lieferung von Wasserstoff.",
        13.5,
    ),
    (
        "de-halm-staatsbesuch",
        "Ostrelien und Karsland vereinbaren Wasserstoffleitung",
        "Bei Halms Besuch unterzeichneten beide Regierungen den Bau einer 600 Kilometer langen "
        "Leitung, die ab 2031 Wasserstoff aus Karsland liefern soll.",
        30.0,
    ),
    (
        "de-halm-staatsbesuch/amtsenthebung",
        "Parlament in Karsland leitet Amtsenthebung gegen Halm ein",
        "Die Abgeordneten stimmten mit Zweidrittelmehrheit für ein Verfahren gegen Präsident "
        "Viktor Halm, dem sie vorwerfen, Wahlkampfspenden aus dem Ausland verschwiegen zu "
        "haben.",
        132.0,
    ),
    (
        "de-halm-staatsbesuch/amtsenthebung",
        "Amtsenthebungsverfahren gegen Karslands Präsidenten",
        "Es geht um verschwiegene Spenden aus dem Ausland.",
        132.5,
    ),
    (
        "de-mietendeckel-urteil",
        "Verfassungsgericht kippt Mietendeckel",
        "Das Verfassungsgericht in Kellbrück hat das Gesetz zur Begrenzung der Mieten in "
        "Großstädten für nichtig erklärt, weil der Bund dafür nicht zuständig sei.",
        34.0,
    ),
    (
        "de-mietendeckel-urteil",
        "Mietendeckel ist verfassungswidrig",
        "Die Richter sehen die Zuständigkeit bei den Ländern.",
        34.5,
    ),
    (
        "de-mietendeckel-urteil",
        "Mieterbund: Urteil trifft zwei Millionen Haushalte",
        "Nach dem Richterspruch drohen vielen Mietern Nachzahlungen, warnte der Mieterbund und "
        "forderte die Länder zum raschen Handeln auf.",
        39.0,
    ),
    (
        "de-mietendeckel-urteil/wahlanfechtung",
        "Verfassungsgericht weist Wahlanfechtung in Sollbach ab",
        "Die Richter sahen bei der Bürgermeisterwahl in Sollbach keine Fehler, die das Ergebnis "
        "verändert hätten, und bestätigten den knappen Sieg der Amtsinhaberin.",
        108.0,
    ),
    (
        "de-mietendeckel-urteil/wahlanfechtung",
        "Sollbacher Wahl bleibt gültig",
        "Das Gericht hat in der Auszählung keine entscheidenden Fehler gefunden.",
        108.5,
    ),
    (
        "de-umfrage-landtag",
        "Umfrage: Volkspartei fällt auf 24 Prozent",
        "In der neuen Umfrage des Instituts Demoskop liegt die regierende Volkspartei nur noch "
        "einen Punkt vor der oppositionellen Bürgerunion.",
        152.0,
    ),
    (
        "de-umfrage-landtag",
        "Volkspartei verliert in Umfrage",
        "Nur noch ein Punkt Vorsprung vor der Bürgerunion.",
        152.4,
    ),
    (
        "de-koalition-haushaltsstreit",
        "Koalition streitet über Lücke im Haushalt",
        "Finanzministerin Katrin Vogt und die Liberalen sind uneins, wie ein Loch von elf "
        "Milliarden Euro im Haushalt des nächsten Jahres gestopft werden soll.",
        52.0,
    ),
    (
        "de-koalition-haushaltsstreit",
        "Elf-Milliarden-Loch spaltet Koalition",
        "Vogt und die Liberalen finden keine Einigung.",
        52.5,
    ),
    (
        "de-koalition-haushaltsstreit",
        "Kanzler Reiter greift in Haushaltsstreit ein",
        "Nach einem nächtlichen Treffen im Kanzleramt sagte Regierungschef Paul Reiter, bis "
        "Ende des Monats werde ein Kompromiss stehen.",
        70.0,
    ),
    (
        "de-bauernprotest-traktoren",
        "Tausende Traktoren legen Kellbrück lahm",
        "Landwirte aus dem ganzen Land sind mit ihren Traktoren in die Hauptstadt gefahren, um "
        "gegen die Streichung der Dieselhilfe zu protestieren.",
        62.0,
    ),
    (
        "de-bauernprotest-traktoren",
        "Bauern protestieren mit Traktoren",
        "Die Hauptstadt ist seit dem Morgen verstopft.",
        62.5,
    ),
    (
        "de-bauernprotest-traktoren",
        "Agrarminister trifft Bauernvertreter",
        "Nach dem Protesttag bot Agrarminister Lukas Fehr an, die Dieselhilfe über drei Jahre "
        "statt auf einmal abzuschaffen.",
        66.0,
    ),
    (
        "de-asyl-grenzkontrollen",
        "Innenministerin kündigt Kontrollen an allen Grenzen an",
        "Innenministerin Sabine Kranz will ab Montag an allen Landgrenzen kontrollieren lassen, "
        "weil die Zahl der Asylanträge im Winter um ein Drittel gestiegen ist.",
        76.0,
    ),
    (
        "de-asyl-grenzkontrollen",
        "Grenzkontrollen ab Montag",
        "Die Asylanträge stiegen im Winter um ein Drittel.",
        76.5,
    ),
    (
        "de-asyl-grenzkontrollen",
        "Nachbarländer kritisieren Ostreliens Grenzkontrollen",
        "Die Regierungen in Karsland und Velmark warnten vor Staus für Pendler und Lastwagen "
        "und verlangten Gespräche auf Ministerebene.",
        86.0,
    ),
    (
        "de-waldbraende-tarsien",
        "Waldbrände in Tarsien: Dörfer evakuiert",
        "In der Provinz Orvala kämpfen über tausend Feuerwehrleute gegen Brände, die durch "
        "Hitze und starken Wind angefacht werden; zwölf Dörfer wurden geräumt.",
        128.0,
    ),
    (
        "de-waldbraende-tarsien",
        "Tarsien kämpft gegen Waldbrände",
        "Zwölf Dörfer in Orvala sind geräumt.",
        128.5,
    ),
    (
        "de-richterin-ernannt",
        "Neue Präsidentin am Verfassungsgericht",
        "Die Juristin Hanna Lorenz ist vom Parlament zur Präsidentin des Verfassungsgerichts "
        "gewählt worden und tritt ihr Amt im Mai an.",
        150.0,
    ),
    # --- fr ---
    (
        "fr-retraites-assemblee",
        "L'Assemblée adopte la réforme des retraites",
        "Après trois semaines de débats, les députés de Valmorie ont voté mardi le report de "
        "l'âge légal de départ à 64 ans, par 301 voix contre 262.",
        40.0,
    ),
    (
        "fr-retraites-assemblee",
        "Retraites : la réforme votée par les députés",
        "L'âge légal passera à 64 ans, à 39 voix près.",
        40.4,
    ),
    (
        "fr-retraites-assemblee",
        "« Une victoire sans gloire », estime la gauche après le vote",
        "Pour la présidente du groupe socialiste, Claire Dumontet, le gouvernement a arraché sa "
        "majorité grâce aux voix de députés qui l'avaient combattu jusque-là.",
        42.0,
    ),
    (
        "fr-retraites-assemblee/depart-hemicycle",
        "Les députés de l'opposition quittent l'hémicycle",
        "Mardi soir, les élus de gauche ont quitté la séance après l'exclusion pour quinze "
        "jours d'un député qui avait traité le ministre de l'Intérieur de menteur lors d'un "
        "débat sur la police.",
        45.0,
    ),
    (
        "fr-retraites-assemblee/depart-hemicycle",
        "Exclusion d'un député : la gauche claque la porte",
        "Le débat portait sur les violences policières.",
        45.5,
    ),
    (
        "fr-retraites-assemblee/depart-hemicycle",
        "Le président de l'Assemblée défend la sanction",
        "Jacques Morvan a rappelé que l'insulte envers un membre du gouvernement était punie "
        "par le règlement depuis 1958.",
        48.5,
    ),
    (
        "fr-ambassadeur-tanres",
        "La Valmorie convoque l'ambassadeur du Tanrès",
        "Le ministère des Affaires étrangères a convoqué lundi l'ambassadeur du Tanrès après "
        "l'arrestation de deux ingénieurs valmoriens accusés d'espionnage sur un chantier de "
        "barrage.",
        14.0,
    ),
    (
        "fr-ambassadeur-tanres",
        "Ingénieurs arrêtés : l'ambassadeur convoqué",
        "Saint-Arlès exige la libération de deux ingénieurs.",
        14.5,
    ),
    (
        "fr-ambassadeur-tanres",
        "Les familles des ingénieurs arrêtés au Tanrès témoignent",
        "Les proches des deux hommes affirment qu'ils travaillaient depuis quatre ans sur le "
        "barrage et n'avaient jamais eu de problème avec les autorités.",
        21.0,
    ),
    (
        "fr-ambassadeur-tanres/accord-energie",
        "La Valmorie et le Tanrès signent un accord sur l'électricité",
        "Les deux pays ont conclu vendredi un accord de vingt ans pour relier leurs réseaux "
        "électriques par une ligne à haute tension sous la montagne.",
        110.0,
    ),
    (
        "fr-ambassadeur-tanres/accord-energie",
        "Accord électrique entre Saint-Arlès et le Tanrès",
        "Une ligne à haute tension reliera les deux réseaux.",
        110.5,
    ),
    (
        "fr-sondage-presidentielle",
        "Sondage : Hélène Varin creuse l'écart pour la présidentielle",
        "La candidate de l'union du centre obtiendrait 31 % des voix au premier tour, huit "
        "points devant son principal rival, selon une enquête publiée lundi.",
        9.0,
    ),
    (
        "fr-sondage-presidentielle",
        "Présidentielle : Varin à 31 %",
        "Huit points d'avance au premier tour.",
        9.5,
    ),
    (
        "fr-remaniement",
        "Remaniement : trois nouveaux ministres nommés",
        "Le Premier ministre Antoine Lebrun a remplacé les ministres de la Santé, de "
        "l'Agriculture et du Logement, moins de deux ans après la formation de son "
        "gouvernement.",
        54.0,
    ),
    (
        "fr-remaniement",
        "Trois ministres remplacés",
        "Santé, Agriculture et Logement changent de titulaire.",
        54.5,
    ),
    (
        "fr-remaniement",
        "Qui sont les nouveaux venus du gouvernement Lebrun",
        "Une ancienne maire de province, un médecin urgentiste et un syndicaliste agricole "
        "entrent au gouvernement.",
        57.0,
    ),
    (
        "fr-sommet-kalenou",
        "Ouverture du sommet de Kalenou sur la sécurité au Sahel",
        "Une vingtaine de chefs d'État sont réunis à Kalenou pour deux jours afin de coordonner "
        "la lutte contre les groupes armés et le financement des forces régionales.",
        100.0,
    ),
    (
        "fr-sommet-kalenou",
        "Sommet de Kalenou : vingt chefs d'État réunis",
        "La sécurité régionale au menu.",
        100.5,
    ),
    (
        "fr-sommet-kalenou",
        "Le sommet de Kalenou s'achève sur un fonds commun",
        "Les participants ont créé un fonds de 800 millions pour équiper une force régionale, "
        "sans toutefois s'entendre sur son commandement.",
        119.0,
    ),
    (
        "fr-cyclone-sainte-orane",
        "Le cyclone Bertille frappe Sainte-Orane",
        "L'île a été balayée mercredi par des vents de 210 km/h ; l'électricité est coupée dans "
        "la moitié des foyers et l'aéroport est fermé.",
        56.5,
    ),
    (
        "fr-cyclone-sainte-orane",
        "Cyclone Bertille : Sainte-Orane privée de courant",
        "L'aéroport de l'île est fermé.",
        57.0,
    ),
    (
        "fr-cyclone-sainte-orane",
        "Sainte-Orane : le bilan du cyclone s'alourdit",
        "Les autorités font état de six morts et de plus de 2 000 sinistrés, tandis que les "
        "premiers avions de secours ont pu se poser jeudi.",
        80.0,
    ),
    (
        "fr-loi-immigration",
        "Le gouvernement présente son projet de loi sur l'immigration",
        "Le texte prévoit des titres de séjour pour les métiers en tension et allonge la durée "
        "de rétention administrative à 90 jours.",
        79.0,
    ),
    (
        "fr-loi-immigration",
        "Immigration : le projet de loi dévoilé",
        "Rétention allongée et titres pour les métiers en tension.",
        79.5,
    ),
    (
        "fr-loi-immigration",
        "Immigration : les associations dénoncent un texte « déséquilibré »",
        "Plusieurs associations d'aide aux étrangers jugent que l'allongement de la rétention "
        "l'emporte sur les mesures de régularisation.",
        92.0,
    ),
    (
        "fr-municipale-partielle",
        "Municipale partielle à Bréval : la droite l'emporte",
        "Le candidat des Républicains de progrès a été élu dimanche maire de Bréval avec 52 % "
        "des voix, après la démission de l'ancien maire poursuivi en justice.",
        164.0,
    ),
    (
        "fr-municipale-partielle",
        "Bréval change de maire",
        "Victoire de la droite avec 52 % des voix.",
        164.5,
    ),
    (
        "fr-proces-ex-ministre",
        "L'ancien ministre Paul Sérac condamné pour favoritisme",
        "Le tribunal a infligé deux ans de prison avec sursis à l'ex-ministre des Transports "
        "pour l'attribution d'un marché de péages à un ami.",
        121.0,
    ),
    (
        "fr-proces-ex-ministre",
        "Deux ans avec sursis pour Paul Sérac",
        "L'ancien ministre va faire appel.",
        121.5,
    ),
    (
        "fr-mediateur-rapport",
        "Le Médiateur national dénonce les délais des préfectures",
        "Dans son rapport annuel, le Médiateur national relève que l'attente pour un "
        "rendez-vous de titre de séjour dépasse six mois dans un tiers des départements.",
        93.0,
    ),
    # --- es ---
    (
        "es-plaza-fundadores-marcha",
        "Miles de personas marchan hasta la Plaza de los Fundadores",
        "Unas treinta mil personas llenaron el sábado la Plaza de los Fundadores de Puerto "
        "Serrano para protestar contra la reforma que permite al Gobierno nombrar a los jueces "
        "del Supremo.",
        131.0,
    ),
    (
        "es-plaza-fundadores-marcha",
        "Marcha contra la reforma judicial en Puerto Serrano",
        "La plaza se llenó a media mañana.",
        131.5,
    ),
    (
        "es-plaza-fundadores-marcha",
        "La oposición pide retirar la reforma tras la marcha",
        "El líder de Unión Cívica, Andrés Pelayo, dijo desde el escenario que la presidenta "
        "debe escuchar a la calle y retirar el proyecto antes de su votación.",
        135.0,
    ),
    (
        "es-plaza-fundadores-marcha/incendio",
        "Arde un hotel junto a la Plaza de los Fundadores",
        "Un incendio declarado en la cocina del hotel Imperial, a pocos metros de la Plaza de "
        "los Fundadores, obligó a desalojar a 180 huéspedes en la noche del sábado.",
        142.0,
    ),
    (
        "es-plaza-fundadores-marcha/incendio",
        "Desalojado el hotel Imperial por un incendio",
        "Los bomberos controlaron el fuego de madrugada.",
        142.5,
    ),
    (
        "es-ferran-visita-valdemora",
        "La presidenta Ferrán inicia una visita oficial a Valdemora",
        "Lucía Ferrán llegó a la capital de Valdemora acompañada de cuatro ministros para "
        "firmar acuerdos de comercio, energía y cooperación policial.",
        18.0,
    ),
    (
        "es-ferran-visita-valdemora",
        "Ferrán, de visita oficial en Valdemora",
        "La acompañan cuatro ministros de su Gobierno.",
        18.5,
    ),
    (
        "es-ferran-visita-valdemora",
        "Costalta y Valdemora firman un acuerdo para exportar litio",
        "Durante la visita de Ferrán, ambos gobiernos acordaron construir una planta de "
        "procesado de litio en la frontera común.",
        37.0,
    ),
    (
        "es-ferran-visita-valdemora/juicio-politico",
        "El Congreso admite un juicio político contra la presidenta Ferrán",
        "La oposición logró los votos para investigar a Lucía Ferrán por el uso de fondos "
        "reservados en la campaña de hace dos años.",
        113.0,
    ),
    (
        "es-ferran-visita-valdemora/juicio-politico",
        "Juicio político contra Ferrán",
        "La oposición suma los votos en el Congreso.",
        113.5,
    ),
    (
        "es-encuesta-elecciones",
        "Encuesta: Unión Cívica supera al partido del Gobierno",
        "Según el último sondeo del Centro de Estudios Sociales, la oposición obtendría el 36 % "
        "de los votos frente al 33 % del Partido del Pueblo.",
        127.0,
    ),
    (
        "es-encuesta-elecciones",
        "La oposición adelanta al Gobierno en las encuestas",
        "Unión Cívica, tres puntos por delante.",
        127.5,
    ),
    (
        "es-elecciones-regionales",
        "Costalta vota en cinco regiones",
        "Los colegios electorales abrieron el domingo en cinco regiones que eligen gobernador y "
        "asamblea, en la primera prueba para el Gobierno de Ferrán desde su llegada al poder.",
        158.0,
    ),
    (
        "es-elecciones-regionales",
        "Unión Cívica gana tres de las cinco gobernaciones",
        "Con el 95 % escrutado, la oposición se impone en el norte y en la costa, mientras el "
        "partido de Ferrán conserva solo dos regiones del interior.",
        163.0,
    ),
    (
        "es-elecciones-regionales",
        "Tres gobernaciones para la oposición",
        "El partido de Ferrán retiene dos regiones.",
        163.5,
    ),
    (
        "es-huracan-corvinas",
        "El huracán Dalia toca tierra en las islas Corvinas",
        "El huracán de categoría cuatro arrancó tejados y dejó sin luz a todo el archipiélago; "
        "el Gobierno de las islas pidió ayuda internacional.",
        134.0,
    ),
    (
        "es-huracan-corvinas",
        "Dalia golpea las Corvinas",
        "Todo el archipiélago, sin electricidad.",
        134.5,
    ),
    (
        "es-huracan-corvinas",
        "Las Corvinas cuentan once muertos tras el huracán",
        "Los equipos de rescate llegaron por fin a las islas del sur, donde la mayoría de las "
        "viviendas de madera quedaron destruidas.",
        151.0,
    ),
    (
        "es-acuerdo-paz-guerrilla",
        "Gobierno y guerrilla del FRN firman la entrega de armas",
        "Tras dos años de negociación, el Frente Rural Nacional se comprometió a entregar sus "
        "armas en seis meses a cambio de escaños en el Congreso y tierras para sus "
        "combatientes.",
        70.0,
    ),
    (
        "es-acuerdo-paz-guerrilla",
        "Acuerdo de desarme con el FRN",
        "Las armas se entregarán en seis meses.",
        70.5,
    ),
    (
        "es-acuerdo-paz-guerrilla",
        "Las víctimas del FRN piden que no haya impunidad",
        "Asociaciones de víctimas del conflicto exigieron que los jefes guerrilleros respondan "
        "ante un tribunal antes de ocupar un escaño.",
        80.0,
    ),
    (
        "es-cumbre-tarbela",
        "La cumbre de Tarbela reúne a doce presidentes",
        "Los jefes de Estado de la región debaten en Tarbela sobre migración, narcotráfico y un "
        "mercado eléctrico común.",
        44.0,
    ),
    (
        "es-cumbre-tarbela",
        "Doce presidentes en la cumbre de Tarbela",
        "Migración y energía en la agenda.",
        44.5,
    ),
    (
        "es-ministro-dimite",
        "Dimite el ministro de Interior, Raúl Cienfuegos",
        "Cienfuegos presentó su renuncia después de que se publicaran grabaciones en las que "
        "pedía a un comisario que frenara una investigación sobre un alcalde de su partido.",
        57.0,
    ),
    (
        "es-ministro-dimite",
        "Renuncia el ministro Cienfuegos",
        "Las grabaciones precipitan su salida.",
        57.5,
    ),
    (
        "es-ministro-dimite",
        "Ferrán nombra a una fiscal como nueva ministra de Interior",
        "La presidenta eligió a Marta Olmedo, fiscal anticorrupción durante quince años, para "
        "sustituir a Cienfuegos.",
        62.0,
    ),
    (
        "es-caravana-migrantes",
        "Una caravana de cuatro mil migrantes llega a la frontera norte",
        "Los migrantes, en su mayoría familias, caminaron tres semanas desde el sur y acampan "
        "ahora ante el puesto fronterizo de San Lázaro.",
        93.0,
    ),
    (
        "es-caravana-migrantes",
        "Caravana de migrantes en San Lázaro",
        "Cuatro mil personas acampan ya ante el puesto del norte.",
        93.5,
    ),
    (
        "es-senado-ley-aguas",
        "El Senado aprueba la ley de aguas",
        "La ley, aprobada con 71 votos a favor, obliga a las mineras a pagar por el agua que "
        "usan y crea un fondo para los pueblos sin red de abastecimiento.",
        22.0,
    ),
    # --- it ---
    (
        "it-tregua-keldar",
        "Firmato il cessate il fuoco nella provincia di Keldar",
        "Il governo di Dunavia e le milizie autonomiste di Keldar hanno firmato martedì una "
        "tregua mediata da tre paesi vicini, dopo otto mesi di combattimenti.",
        36.0,
    ),
    (
        "it-tregua-keldar",
        "Tregua a Keldar dopo otto mesi",
        "La mediazione è stata di tre paesi vicini.",
        36.5,
    ),
    (
        "it-tregua-keldar",
        "Keldar, gli sfollati restano nei campi",
        "Nei campi al confine le famiglie dicono di non fidarsi della tregua e aspettano di "
        "vedere il ritiro dei carri armati prima di tornare nei villaggi.",
        41.0,
    ),
    (
        "it-tregua-keldar",
        "Keldar, il primo giorno di tregua senza spari",
        "Gli osservatori internazionali hanno confermato che nella notte non ci sono stati "
        "scontri e che le milizie hanno cominciato a lasciare due posti di blocco.",
        58.0,
    ),
    (
        "it-tregua-keldar/combattimenti-morvak",
        "Scontri nella provincia di Morvak, almeno venti morti",
        "Nel sud di Dunavia l'esercito ha attaccato le basi di un gruppo armato nella provincia "
        "di Morvak; gli ospedali della zona chiedono sangue e medicinali.",
        111.0,
    ),
    (
        "it-tregua-keldar/combattimenti-morvak",
        "Combattimenti a Morvak: venti morti",
        "Gli ospedali della provincia chiedono sangue.",
        111.5,
    ),
    (
        "it-soccorso-lampiria",
        "Soccorso un barcone con 230 persone al largo di Lampiria",
        "La guardia costiera ha tratto in salvo nella notte 230 migranti, tra cui 40 minori, da "
        "un peschereccio sovraccarico a venti miglia dall'isola.",
        75.0,
    ),
    (
        "it-soccorso-lampiria",
        "Lampiria, salvati in 230",
        "Tra le persone soccorse ci sono anche 40 minori.",
        75.5,
    ),
    (
        "it-soccorso-lampiria",
        "Hotspot di Lampiria oltre la capienza",
        "Dopo l'ultimo sbarco nel centro di accoglienza dell'isola ci sono 1.100 persone per "
        "400 posti, e la prefettura organizza trasferimenti in nave.",
        80.0,
    ),
    (
        "it-soccorso-lampiria/naufragio",
        "Naufragio al largo di Lampiria, dispersi quindici migranti",
        "Un gommone si è rovesciato venerdì mattina con il mare forza sei; le motovedette hanno "
        "recuperato ventidue sopravvissuti e due corpi.",
        104.0,
    ),
    (
        "it-soccorso-lampiria/naufragio",
        "Gommone rovesciato, quindici dispersi",
        "Le ricerche continuano a sud dell'isola.",
        104.5,
    ),
    (
        "it-soccorso-lampiria/naufragio",
        "Lampiria, i sopravvissuti raccontano il naufragio",
        "Alcuni dei ventidue superstiti hanno detto ai soccorritori di essere partiti in "
        "sessanta e di aver chiesto aiuto per ore con un telefono satellitare.",
        109.0,
    ),
    (
        "it-sondaggio-partiti",
        "Sondaggio, il Movimento Civico tallona il governo",
        "Secondo la rilevazione settimanale dell'istituto Sondaria, il Movimento Civico è al 27 "
        "per cento, a un solo punto dal partito della premier.",
        8.5,
    ),
    (
        "it-sondaggio-partiti",
        "Sondaggio: un punto separa i primi due partiti",
        "Il Movimento Civico sale al 27 per cento.",
        8.9,
    ),
    (
        "it-decreto-sicurezza",
        "Il Consiglio dei ministri approva il decreto sicurezza",
        "Il testo introduce il reato di blocco stradale durante le manifestazioni e aumenta le "
        "pene per chi aggredisce le forze dell'ordine.",
        12.0,
    ),
    (
        "it-decreto-sicurezza",
        "Via libera al decreto sicurezza",
        "Nuovo reato per chi blocca le strade.",
        12.5,
    ),
    (
        "it-decreto-sicurezza",
        "Opposizioni e sindacati contro il decreto sicurezza",
        "Per i sindacati il nuovo reato colpisce il diritto di sciopero; le opposizioni "
        "annunciano battaglia in Parlamento.",
        17.0,
    ),
    (
        "it-ballottaggio-comunali",
        "Ballottaggio a Rocca Alta, vince il candidato civico",
        "Al secondo turno Luca Ferretti ha ottenuto il 54 per cento, battendo la candidata "
        "sostenuta dai partiti di governo.",
        160.0,
    ),
    (
        "it-ballottaggio-comunali",
        "Rocca Alta, Ferretti eletto sindaco",
        "Al ballottaggio ha preso il 54 per cento.",
        160.5,
    ),
    (
        "it-vertice-trevia",
        "Al vertice di Trevia i leader del Mediterraneo parlano di energia",
        "I capi di governo di sette paesi si sono riuniti nella città costiera per discutere di "
        "gasdotti, rinnovabili e gestione dei flussi migratori.",
        64.0,
    ),
    (
        "it-vertice-trevia",
        "Vertice di Trevia sull'energia",
        "Sette governi al tavolo.",
        64.5,
    ),
    (
        "it-vertice-trevia",
        "Trevia, dichiarazione finale su cavi e gasdotti",
        "Il vertice si è chiuso con l'impegno a costruire due cavi elettrici sottomarini entro "
        "il 2032 e a creare un fondo comune per le reti.",
        83.0,
    ),
    (
        "it-alluvione-dunavia",
        "Alluvione in Dunavia, migliaia di sfollati",
        "Le piogge torrenziali hanno fatto esondare il fiume Drava Minore, allagando la città "
        "di Sorvik; l'esercito ha evacuato cinquemila persone.",
        126.0,
    ),
    (
        "it-alluvione-dunavia",
        "Sorvik sott'acqua",
        "Sono cinquemila gli evacuati dalla città di Sorvik e dai dintorni.",
        126.5,
    ),
    (
        "it-sciopero-generale",
        "Sciopero generale contro la manovra, treni e scuole fermi",
        "Lo sciopero di otto ore indetto dai tre sindacati confederali ha fermato gran parte "
        "dei treni regionali e chiuso molte scuole.",
        98.0,
    ),
    (
        "it-sciopero-generale",
        "Sciopero generale, il Paese a rilento",
        "Fermi treni regionali e scuole.",
        98.5,
    ),
    (
        "it-sciopero-generale",
        "Corteo a Castelvento, i sindacati: adesione al settanta per cento",
        "Dal palco di piazza Grande i segretari hanno chiesto al governo di riaprire il tavolo "
        "su pensioni e salari.",
        102.0,
    ),
    (
        "it-ministro-indagato",
        "Indagato il ministro delle Infrastrutture Bellandi",
        "La procura di Montefiore ha iscritto Marco Bellandi nel registro degli indagati per "
        "turbativa d'asta nell'appalto di una tangenziale.",
        28.0,
    ),
    (
        "it-ministro-indagato",
        "Ministro Bellandi indagato",
        "L'inchiesta riguarda l'appalto della tangenziale, che il ministro nega di aver seguito.",
        28.5,
    ),
    (
        "it-ministro-indagato",
        "Bellandi: «Non mi dimetto, chiarirò tutto»",
        "Il ministro ha detto di avere piena fiducia nei magistrati e di non aver mai parlato "
        "con le imprese in gara.",
        34.5,
    ),
    (
        "it-grazia-presidente",
        "Il Presidente della Repubblica concede la grazia a un anziano condannato",
        "La grazia riguarda un uomo di 84 anni che aveva aiutato la moglie malata terminale a "
        "morire e stava scontando tre anni di carcere.",
        165.0,
    ),
    # --- pt ---
    (
        "pt-bras-hospitais",
        "Ministra Helena Brás anuncia doze novos hospitais",
        "A ministra da Saúde apresentou na sexta-feira de manhã um plano de 3 mil milhões para "
        "construir doze hospitais regionais até 2031, sobretudo no interior de Almaré.",
        104.0,
    ),
    (
        "pt-bras-hospitais",
        "Plano prevê doze hospitais regionais",
        "O investimento vai sobretudo para o interior.",
        104.4,
    ),
    (
        "pt-bras-hospitais",
        "Médicos perguntam quem vai trabalhar nos novos hospitais",
        "A Ordem dos Médicos de Almaré saudou o plano, mas lembrou que faltam 2.500 médicos de "
        "família e que os edifícios não bastam.",
        107.0,
    ),
    (
        "pt-bras-hospitais/viagens",
        "Ministério pagou viagens do marido de Helena Brás",
        "Documentos obtidos pelo Diário de Porto Vidal mostram que o ministério da Saúde pagou "
        "quatro viagens em classe executiva ao marido da ministra, num total de 19 mil.",
        114.0,
    ),
    (
        "pt-bras-hospitais/viagens",
        "Viagens do marido da ministra pagas pelo Estado",
        "São quatro voos em classe executiva.",
        114.5,
    ),
    (
        "pt-bras-hospitais/viagens",
        "Oposição exige explicações da ministra da Saúde no parlamento",
        "O Partido Social Renovador pediu a audição urgente de Helena Brás e a devolução do "
        "dinheiro gasto com as viagens do marido.",
        118.0,
    ),
    (
        "pt-embaixador-corunda",
        "Almaré convoca embaixador de Corunda",
        "O Governo chamou o embaixador de Corunda depois de uma patrulha militar do país "
        "vizinho ter entrado dois quilómetros no território de Almaré, junto à aldeia de "
        "Fontelas.",
        34.0,
    ),
    (
        "pt-embaixador-corunda",
        "Patrulha cruza a fronteira, embaixador chamado",
        "O incidente ocorreu junto a Fontelas.",
        34.5,
    ),
    (
        "pt-embaixador-corunda",
        "Moradores de Fontelas contam o que viram",
        "Os habitantes da aldeia dizem que os soldados de Corunda pararam na praça, tiraram "
        "fotografias e voltaram para trás ao fim de uma hora.",
        39.0,
    ),
    (
        "pt-embaixador-corunda/acordo-rio",
        "Almaré e Corunda assinam acordo sobre o rio Sabral",
        "Os dois países acordaram a partilha da água do rio Sabral nos meses de seca e a "
        "construção conjunta de uma barragem de regularização.",
        129.0,
    ),
    (
        "pt-embaixador-corunda/acordo-rio",
        "Acordo para a água do Sabral",
        "Haverá uma barragem construída pelos dois países.",
        129.5,
    ),
    (
        "pt-sondagem-legislativas",
        "Sondagem dá empate técnico entre os dois maiores partidos",
        "O Partido Social Renovador e a Aliança Democrática surgem ambos com 30 por cento na "
        "sondagem da Universidade de Porto Vidal.",
        8.0,
    ),
    (
        "pt-sondagem-legislativas",
        "Empate técnico nas intenções de voto",
        "Os dois partidos com 30 por cento.",
        8.4,
    ),
    (
        "pt-orcamento-aprovado",
        "Parlamento aprova Orçamento com abstenção dos verdes",
        "O Orçamento para o próximo ano passou na votação final global com os votos do Governo "
        "e a abstenção do Partido Verde, que garantiu mais verbas para transportes públicos.",
        66.0,
    ),
    (
        "pt-orcamento-aprovado",
        "Orçamento aprovado na votação final",
        "Os verdes abstiveram-se.",
        66.5,
    ),
    (
        "pt-orcamento-aprovado",
        "Ministro das Finanças promete excedente pelo terceiro ano",
        "Depois da votação, Rui Marques disse que as contas públicas fecharão com um pequeno "
        "excedente e que a dívida descerá abaixo de cem por cento do PIB.",
        71.0,
    ),
    (
        "pt-marcha-indigena",
        "Milhares de indígenas marcham em Porto Vidal",
        "Povos de quinze territórios chegaram à capital depois de uma marcha de doze dias para "
        "exigir a demarcação das suas terras e o fim do garimpo ilegal.",
        82.0,
    ),
    (
        "pt-marcha-indigena",
        "Marcha indígena chega à capital",
        "Exigem a demarcação das suas terras.",
        82.5,
    ),
    (
        "pt-marcha-indigena",
        "Governo promete demarcar três territórios indígenas",
        "Após receber os líderes da marcha, o presidente anunciou a demarcação de três "
        "territórios até ao fim do ano e o reforço da polícia contra o garimpo.",
        97.0,
    ),
    (
        "pt-incendios-florestais",
        "Incêndios florestais obrigam a evacuar aldeias no norte",
        "Mais de 800 bombeiros combatem três grandes fogos na serra da Lousinha, onde o vento "
        "forte e o calor fora de época dificultam o trabalho.",
        145.0,
    ),
    (
        "pt-incendios-florestais",
        "Fogos na serra da Lousinha",
        "Várias aldeias foram evacuadas.",
        145.5,
    ),
    (
        "pt-deputado-preso",
        "Deputado Carlos Pena detido por suspeita de corrupção",
        "A polícia judiciária deteve o deputado da Aliança Democrática por suspeitas de ter "
        "recebido dinheiro de uma construtora em troca de emendas ao orçamento.",
        139.0,
    ),
    (
        "pt-deputado-preso",
        "Deputado detido por corrupção",
        "Carlos Pena é suspeito de vender emendas ao orçamento em troca de dinheiro.",
        139.5,
    ),
    (
        "pt-cimeira-belmira",
        "Cimeira de Belmira junta nove países de língua portuguesa",
        "Os chefes de Estado discutem a livre circulação de estudantes e um acordo de vistos "
        "para trabalhadores qualificados.",
        37.0,
    ),
    (
        "pt-cimeira-belmira",
        "Nove países reunidos em Belmira",
        "Vistos e estudantes no centro da cimeira.",
        37.5,
    ),
    (
        "pt-cimeira-belmira",
        "Cimeira de Belmira aprova vistos de mobilidade",
        "No fim de dois dias de reuniões, os nove países aprovaram um visto comum de cinco anos "
        "para estudantes e investigadores.",
        52.0,
    ),
    (
        "pt-migrantes-acolhimento",
        "Centro de acolhimento de migrantes abre em Vila Serena",
        "O novo centro tem 600 camas e vai receber famílias que chegam pela fronteira sul, "
        "muitas delas a pé desde Corunda.",
        134.0,
    ),
    (
        "pt-migrantes-acolhimento",
        "Vila Serena recebe centro para migrantes",
        "O centro tem 600 camas para as famílias que chegam do sul.",
        134.5,
    ),
    (
        "pt-presidente-veta",
        "Presidente veta lei das rendas",
        "O presidente de Almaré devolveu ao parlamento a lei que limitava a atualização das "
        "rendas, por considerar que punia os pequenos senhorios.",
        21.0,
    ),
    # --- nl ---
    (
        "nl-stikstofwet-landsraad",
        "Landsraad neemt stikstofwet aan",
        "Met 78 tegen 72 stemmen heeft de Landsraad donderdagmiddag de wet aangenomen die "
        "boeren verplicht hun uitstoot van stikstof voor 2032 met een derde te verlagen.",
        86.0,
    ),
    (
        "nl-stikstofwet-landsraad",
        "Stikstofwet erdoor met 78 stemmen",
        "Boeren moeten de uitstoot met een derde verlagen.",
        86.4,
    ),
    (
        "nl-stikstofwet-landsraad",
        "Boerenbond: 'Donkere dag voor het platteland'",
        "De voorzitter van de Boerenbond zei na de stemming dat honderden gezinsbedrijven "
        "zullen stoppen en kondigde acties aan.",
        88.0,
    ),
    (
        "nl-stikstofwet-landsraad/weglopen",
        "Oppositie loopt de vergaderzaal van de Landsraad uit",
        "Donderdagavond verlieten de fracties van de oppositie de zaal nadat de voorzitter "
        "weigerde een motie over de sluiting van de kazerne in Dalmeer in stemming te brengen.",
        91.5,
    ),
    (
        "nl-stikstofwet-landsraad/weglopen",
        "Oppositie weg uit de Landsraad om kazerne Dalmeer",
        "De voorzitter liet een motie niet in stemming brengen.",
        92.0,
    ),
    (
        "nl-stikstofwet-landsraad/weglopen",
        "Voorzitter Landsraad: 'Motie kwam te laat binnen'",
        "Voorzitter Ineke Rozendaal zei vrijdag dat de motie over Dalmeer na de sluitingstijd "
        "was ingediend en volgende week alsnog aan bod komt.",
        106.0,
    ),
    (
        "nl-sint-vore-redding",
        "Kustwacht redt 85 mensen bij Sint-Vore",
        "Een overvolle houten boot met 85 migranten werd zaterdagochtend ten zuiden van het "
        "eiland Sint-Vore aangetroffen en naar de haven gesleept.",
        126.0,
    ),
    (
        "nl-sint-vore-redding",
        "85 migranten gered bij Sint-Vore",
        "De boot werd naar de haven gesleept.",
        126.5,
    ),
    (
        "nl-sint-vore-redding",
        "Opvang op Sint-Vore zit opnieuw vol",
        "Het opvangcentrum op het eiland heeft plaats voor 250 mensen, maar er verblijven er nu "
        "bijna 600, zegt de gezaghebber.",
        131.5,
    ),
    (
        "nl-sint-vore-redding/schipbreuk",
        "Boot vergaan bij Sint-Vore, zeker zeven doden",
        "Een rubberboot met ongeveer dertig mensen is zondagochtend bij hoge golven voor de "
        "noordkust van Sint-Vore omgeslagen; de kustwacht haalde achttien overlevenden uit zee.",
        154.0,
    ),
    (
        "nl-sint-vore-redding/schipbreuk",
        "Zeven doden bij schipbreuk voor Sint-Vore",
        "Achttien overlevenden uit zee gehaald.",
        154.5,
    ),
    (
        "nl-sint-vore-redding/schipbreuk",
        "Zoektocht naar vermisten bij Sint-Vore gaat door",
        "Marineschepen en een helikopter zoeken nog naar vijf vermiste opvarenden van de "
        "omgeslagen rubberboot.",
        159.0,
    ),
    (
        "nl-pensioenwet-hof",
        "Constitutioneel Hof vernietigt pensioenwet",
        "Het hoogste hof van Wesland oordeelde maandag dat de wet die de pensioenleeftijd "
        "koppelt aan de levensverwachting ambtenaren ongelijk behandelt en daarom niet mag "
        "gelden.",
        19.0,
    ),
    (
        "nl-pensioenwet-hof",
        "Pensioenwet in strijd met grondwet",
        "Ambtenaren werden ongelijk behandeld, zegt het Hof.",
        19.5,
    ),
    (
        "nl-pensioenwet-hof",
        "Kabinet zoekt uitweg na uitspraak over pensioenen",
        "De minister van Sociale Zaken zei dat het kabinet binnen een maand met een nieuwe "
        "regeling komt, zodat niemand zijn pensioen te laat krijgt.",
        24.5,
    ),
    (
        "nl-pensioenwet-hof/verkiezingsgeschil",
        "Hof verwerpt klacht over gemeenteraadsverkiezing in Oudwater-Zuid",
        "Het Constitutioneel Hof zag geen reden om de verkiezing over te doen, ondanks de "
        "zoekgeraakte stembiljetten in twee stembureaus.",
        95.0,
    ),
    (
        "nl-pensioenwet-hof/verkiezingsgeschil",
        "Verkiezing Oudwater-Zuid blijft geldig",
        "Het Hof wijst de klacht over stembiljetten af.",
        95.5,
    ),
    (
        "nl-peiling-partijen",
        "Peiling: Volksunie nu de grootste partij",
        "In de nieuwe peiling van bureau Opiniedata komt de Volksunie op 31 zetels, twee meer "
        "dan de partij van premier Janssen-Kool.",
        10.0,
    ),
    (
        "nl-peiling-partijen",
        "Volksunie op kop in peiling",
        "Twee zetels meer dan de partij van de premier.",
        10.4,
    ),
    (
        "nl-minister-treedt-af",
        "Minister van Justitie Ruud Helder treedt af",
        "Helder stapte op nadat bleek dat zijn ministerie een gevaarlijke gedetineerde per "
        "vergissing te vroeg had vrijgelaten en dat de Landsraad daar niet over was ingelicht.",
        51.0,
    ),
    (
        "nl-minister-treedt-af",
        "Minister Helder stapt op",
        "De Landsraad werd niet ingelicht over de vrijlating.",
        51.5,
    ),
    (
        "nl-minister-treedt-af",
        "Premier Janssen-Kool: 'Begrijp het besluit van Helder'",
        "De premier zei dat het vertrek van de minister 'onvermijdelijk' was en dat een "
        "opvolger binnen een week wordt benoemd.",
        56.0,
    ),
    (
        "nl-klimaattop-hoorneveld",
        "Klimaattop in Hoorneveld van start",
        "Ministers uit dertig landen praten twee dagen in Hoorneveld over geld voor "
        "kustbescherming in arme landen.",
        29.0,
    ),
    (
        "nl-klimaattop-hoorneveld",
        "Dertig landen op klimaattop",
        "Het gaat om geld voor dijken en kusten.",
        29.5,
    ),
    (
        "nl-klimaattop-hoorneveld",
        "Klimaattop sluit af met fonds voor kustbescherming",
        "De dertig landen zegden samen 4 miljard toe voor dijken en waarschuwingssystemen in "
        "kwetsbare kustgebieden.",
        46.5,
    ),
    (
        "nl-kabinet-asielplan",
        "Kabinet wil asielzoekers over gemeenten spreiden",
        "Elke gemeente moet volgens het plan van staatssecretaris Anouk Veldman naar verhouding "
        "van haar inwonertal asielzoekers opvangen, anders volgt een boete.",
        102.0,
    ),
    (
        "nl-kabinet-asielplan",
        "Spreidingsplan voor asielzoekers",
        "Gemeenten die weigeren krijgen een boete.",
        102.5,
    ),
    (
        "nl-overstroming-belkara",
        "Zware overstromingen in Belkara",
        "Na dagen van regen staan grote delen van de hoofdstad van Belkara onder water; het "
        "leger heeft duizenden mensen met boten geëvacueerd.",
        138.0,
    ),
    (
        "nl-overstroming-belkara",
        "Belkara onder water",
        "Duizenden mensen met boten geëvacueerd.",
        138.5,
    ),
    (
        "nl-ombudsman-jeugdzorg",
        "Ombudsman: wachtlijsten in jeugdzorg onaanvaardbaar",
        "Volgens de Nationale Ombudsman wachten bijna vierduizend kinderen langer dan een half "
        "jaar op hulp en grijpen gemeenten te laat in.",
        161.0,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    (
        "a minister's morning plan and a separate expenses row about the same minister that evening"
    ): (
        "en-kell-homes-plan/expenses",
        "de-albrecht-tempolimit/dienstwagen",
        "pt-bras-hospitais/viagens",
    ),
    "a rally in a capital's square and a separate fire beside the same square that night": (
        "en-garnet-square-rally/printworks-fire",
        "ru-stanov-square-rally/mall-fire",
        "es-plaza-fundadores-marcha/incendio",
    ),
    (
        "a parliament's vote on one bill and a separate opposition walkout from the same "
        "chamber hours later"
    ): (
        "en-assembly-data-bill/walkout",
        "fr-retraites-assemblee/depart-hemicycle",
        "nl-stikstofwet-landsraad/weglopen",
    ),
    (
        "a ceasefire signed in one province and fighting in another province of the same "
        "country days later"
    ): (
        "en-oltra-ceasefire/kaska-fighting",
        "ru-zaozerny-truce/primorsky-fighting",
        "it-tregua-keldar/combattimenti-morvak",
    ),
    (
        "a president's state or official visit abroad and an impeachment motion against the "
        "same president days later"
    ): (
        "en-ferrant-state-visit/impeachment",
        "de-halm-staatsbesuch/amtsenthebung",
        "es-ferran-visita-valdemora/juicio-politico",
    ),
    (
        "a migrant boat rescued off an island and another boat sinking off the same island a "
        "day later"
    ): (
        "en-pellis-boat-rescue/sinking",
        "it-soccorso-lampiria/naufragio",
        "nl-sint-vore-redding/schipbreuk",
    ),
    (
        "an ambassador summoned in one dispute and the same two countries signing a separate "
        "accord days later"
    ): (
        "en-marova-ambassador-summoned/fisheries-accord",
        "fr-ambassadeur-tanres/accord-energie",
        "pt-embaixador-corunda/acordo-rio",
    ),
    (
        "a top court striking down a law and the same court ruling on an election dispute days "
        "later"
    ): (
        "en-curfew-law-struck-down/election-dispute",
        "de-mietendeckel-urteil/wahlanfechtung",
        "nl-pensioenwet-hof/verkiezingsgeschil",
    ),
}
