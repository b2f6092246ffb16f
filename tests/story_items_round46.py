"""A forty-sixth check set for story merging, written blind, with publication times, scored once.

Written 2026-12-07 in the format of round 34: items are (story, title, lead, hours), `hours`
being when the item was published, in hours after the set's start (a Monday, 00:00), so the
merging's 48-hour window decides as in production. It is one week of national politics,
elections, diplomacy and the military in late May (parliaments and votes, party congresses and
resignations, summits and state visits, sanctions and expelled diplomats, protests and police,
courts and constitutional rulings, defence contracts and exercises, embassies) as a reader's
feeds carry it at daily-digest density: 39 to 47 items a day (47, 46, 44, 45, 47, 40 and 39
from Monday to Sunday), spanning 2.0 to 166.0 hours. It holds 308 items under 133 labels: 109
stories and 24 hard negatives; 45 labels in English (109 items), 14 in French (31 items), 13 in
German (31 items) and Russian (26 items), 12 in Dutch (30 items), Spanish, Italian and
Portuguese (27 items each). Big stories are carried by two to four outlets over a day (a wire
flash or teaser first, then a fuller page, a quote-led or reaction piece hours later that names
the event only by its place, its actor or one detail: "'We get back to work tomorrow,' says
prime minister after ballot", "Kleine Parteien jubeln über das Urteil aus Weimar", «Cádiz será
recordada por el agua»), and fourteen of them have a next-day follow-up with a new fact 16 to
24 hours after the first copy (the spoiled ballots in Hale's confidence vote, the jailed
reporter's family, the rent marchers charged, Marovia's new finance minister, Aldoria's acting
president sworn in, the acting governor of the Северо-Двинская область, the Hallbach election
date, the Leipzig police chief's admission, the new French farm minister, Valdeosma's new
mayor, the Rome arrests confirmed, the Arnhem order lifted, De Wilde's successor, the Dutch
reporter freed in Korvath). 76 labels have two copies, 39 three, 7 four, and 11 stories are
told by one outlet. 121 stories and hard negatives have a teaser copy whose lead is under 80
characters beside a fuller copy.

What is new: eight kinds of hard negative taken from none of the earlier rounds' category list
(compared by script), three each, each in its story's language. Four are two events on the
SAME day, 7.5 to 10.5 hours apart: a party congress electing a leader and a police search of
the same party's offices over donations (the Civic Union in Manchester and London, the
Bürgerbund in Erfurt and Berlin, the Partito civico in Bologna and Rome); a state visit opening
in a capital and a bomb alert evacuating another country's embassy in the same capital (the
Veldorian president in London, the Lisbanian president in Paris, the Marovian president in The
Hague); a parliament passing one bill and a minister of the same government resigning over
another matter (the planning bill and the transport minister, the ley de vivienda and the
ministra de Industria, the lei da imigração and the ministro da Saúde); a summit's closing
declaration and a crash involving a delegation's car in the same city (Cádiz, Lisbon, Kazan).
Four fall days later, 65 to 103.5 hours apart: a constitutional court's ruling on one law and
the same court striking down another law (Weimar, the Conseil constitutionnel, the
Конституционный суд); a defence ministry's warship or helicopter contract and an accident on
an army exercise under the same ministry (the Clyde frigates and Salisbury Plain, the Veltra
helicopters and Capo Teulada, the Vlissingen frigates and the Veluwe); sanctions on a country's
officials and a diplomat of the same country expelled for spying (Berlin and Korvath, Paris and
Teldra, Moscow and Корват); a by-election or repeat local election won and a postal-vote fraud
case over another seat voted on the same day (Ashcombe and Brindley North, Villanueva del
Tormes and Peñacastro, the Brenta and Castelmonte). Twelve hard negatives fall within 48 hours
of their story, twelve beyond it.

The week also stresses what a politics desk really carries side by side: one prime minister's
many days (Hale's confidence vote, her reshuffle, the Oslo summit), one invented country in
several stories and languages (Korvath sanctioned by London, Berlin and Moscow, its spy jailed
at the Old Bailey, a Dutch reporter held there; Teldra's envoys summoned in London, Berlin and
Moscow and Spain's recalled from it; Marovia's election, frigate, embassy and president),
several naval drills and army exercises, several congresses electing leaders, several mayors
resigning or arrested, and several embassies reopened or evacuated.

What "same story" means here: one event (one vote, one election result, one congress, one
ruling, one resignation, one visit, one summit, one sanctions package, one protest, one
contract, one drill) in that event's news cycle, including a next-day follow-up with a new fact.
Not the same story: another event of the same kind or with the same actor, even in the same
parliament, party, court, ministry, capital or city on the same day. A label with a suffix after
a slash is a hard negative of the story before the slash (categories in `HARD_NEGATIVES`). No
story has more than four copies, and every story's copies fall within 48 hours of each other.

Each story is in one language, its label's prefix: en, ru, de, fr, es, it, pt, nl. All texts,
people, parties, firms, towns and countries (Korvath, Teldra, Marovia, Veldoria, Lisbania,
Aldoria, Sarvan) are invented here; real places and bodies appear only as backdrop
(Westminster, the House of Lords, Holyrood, the Senedd, the Supreme Court, the Old Bailey,
Salisbury Plain, Faslane, the Élysée, the Conseil constitutionnel, the Quirinale, the Consulta,
Palazzo Madama, the Tweede Kamer, the Assembleia da República, Belém, the Tribunal
Constitucional, the Дума, Kazan, Cádiz, Lisbon, Leipzig, Lyon, Rome, Arnhem).

Written by an author who read neither the merging code, its rules and lexicon, nor the merging
docs, nor the items of other rounds (round 34's docstring and first lines were read for the
format only; earlier sets were only compared by script for clashing labels, texts and
categories), and never run through the merging code before its one scoring run,
`python -m bench.stories --round46`. Once its errors have been read it is no longer a clean
check: say so beside any later score.
"""

from __future__ import annotations

ITEMS: tuple[tuple[str, str, str, float], ...] = (
    # --- English ---
    (
        "en-pm-hale-confidence",
        "Hale survives confidence vote",
        "Prime minister wins 211 votes to 148 among her own MPs.",
        19.2,
    ),
    (
        "en-pm-hale-confidence",
        "Miriam Hale survives confidence vote called by her own backbenchers",
        "The prime minister won by 211 votes to 148 in a secret ballot of her MPs on Monday "
        "evening, a wider margin than her allies had dared to predict.",
        19.8,
    ),
    (
        "en-pm-hale-confidence",
        "'We get back to work tomorrow,' says prime minister after ballot",
        'Speaking on the steps of Number 10, Miriam Hale said the party had "settled the question" '
        "and promised no early election.",
        22.5,
    ),
    (
        "en-pm-hale-confidence",
        "Hale's rebels regroup as tally shows 41 MPs spoiled their ballots",
        "Figures released by the backbench committee on Tuesday show 41 spoiled papers on top of "
        "the 148 votes against the prime minister, more than the rebels had claimed.",
        38.0,
    ),
    (
        "en-cabinet-reshuffle-hale",
        "Hale reshuffles cabinet and brings back former chancellor",
        "Miriam Hale moved six ministers on Wednesday and returned Leonard Ashby to the Treasury, "
        "two days after surviving the ballot of her MPs.",
        61.0,
    ),
    (
        "en-cabinet-reshuffle-hale",
        "Ashby back at the Treasury in six-minister shake-up",
        "The prime minister's reshuffle also sends the culture secretary to the backbenches.",
        61.4,
    ),
    (
        "en-cabinet-reshuffle-hale",
        "Who is in and who is out: the new Hale cabinet at a glance",
        "Leonard Ashby returns as chancellor, Dorothy Kerr moves to defence and three junior "
        "ministers lose their jobs in the prime minister's first reshuffle since the vote.",
        66.0,
    ),
    (
        "en-mayor-race-dunmere",
        "Independent wins Dunmere mayoral race by 600 votes",
        "Former headteacher Joan Pellow took the Dunmere mayoralty after second preferences were "
        "counted late on Sunday night, beating the Civic Union candidate by just 612 votes.",
        7.5,
    ),
    (
        "en-mayor-race-dunmere",
        "Dunmere elects independent mayor",
        "Joan Pellow wins on second preferences.",
        8.0,
    ),
    (
        "en-mayor-race-dunmere",
        "Pellow promises free buses in first speech as Dunmere mayor",
        "The newly elected mayor told supporters at the town's corn exchange that her first act "
        "would be to cap fares on every route in the borough.",
        14.0,
    ),
    (
        "en-sanctions-korvath-officials",
        "UK sanctions 12 Korvathi officials over crackdown on protesters",
        "The Foreign Office froze the assets of twelve Korvathi police and interior ministry "
        "officials on Tuesday, accusing them of ordering the beating of demonstrators in the "
        "capital.",
        31.0,
    ),
    (
        "en-sanctions-korvath-officials",
        "Britain freezes assets of 12 Korvathi officials",
        "Travel bans and asset freezes over protest crackdown.",
        31.5,
    ),
    (
        "en-sanctions-korvath-officials",
        "Korvath calls British sanctions 'theatre' and threatens reply",
        "The Korvathi foreign ministry said on Tuesday evening that the measures against its "
        'officials were a stunt and promised a response "at a time of our choosing".',
        40.0,
    ),
    (
        "en-ambassador-summoned-teldra",
        "Teldran ambassador summoned over jailed British reporter",
        "The Foreign Office called in Teldra's ambassador on Wednesday after a British freelance "
        "journalist, Hannah Mercer, was sentenced to four years in Teldra for filming a military "
        "base.",
        52.0,
    ),
    (
        "en-ambassador-summoned-teldra",
        "Envoy summoned as reporter jailed for four years",
        "Hannah Mercer was filming near an airbase, court heard.",
        52.5,
    ),
    (
        "en-ambassador-summoned-teldra",
        "Mercer's family plead for her release a day after envoy was called in",
        "The parents of the jailed freelance journalist said on Thursday they had not been allowed "
        "to speak to their daughter since her arrest in March.",
        70.0,
    ),
    (
        "en-supreme-court-voter-id",
        "Supreme Court upholds voter ID rules for general elections",
        "Five justices ruled unanimously on Thursday that the requirement to show photo "
        "identification at polling stations does not breach the right to free elections.",
        75.0,
    ),
    (
        "en-supreme-court-voter-id",
        "Photo ID at polling stations lawful, judges rule",
        "Campaigners lose their challenge at the Supreme Court.",
        75.3,
    ),
    (
        "en-supreme-court-voter-id",
        "Campaigners vow to fight on after voter ID defeat",
        "The Fair Ballot Trust, which brought the case, said the ruling left up to a million "
        "people at risk of being turned away and that it would now lobby peers.",
        80.0,
    ),
    (
        "en-protest-westminster-arrests",
        "Forty arrested as housing protest blocks Westminster Bridge",
        "Police arrested 40 people on Saturday after several thousand marchers sat down on the "
        "bridge for more than three hours, demanding a freeze on rents.",
        130.0,
    ),
    (
        "en-protest-westminster-arrests",
        "40 held at rent protest on bridge",
        "Marchers sat down for three hours.",
        130.5,
    ),
    (
        "en-protest-westminster-arrests",
        "Met defends its handling of the rent march as organisers cry foul",
        "The force said officers had acted only after warnings were ignored, while organisers of "
        "Saturday's march accused them of dragging away elderly protesters.",
        140.0,
    ),
    (
        "en-protest-westminster-arrests",
        "Twelve rent marchers charged after bridge sit-in",
        "Scotland Yard said on Sunday that twelve of the forty people arrested on Westminster "
        "Bridge had been charged with obstructing the highway and would appear before magistrates "
        "in June.",
        149.0,
    ),
    (
        "en-police-chief-resigns-carrow",
        "Carrow police chief quits after damning report on riot response",
        "Chief Constable Graham Tolley stepped down on Friday, hours after an inspectorate report "
        "said his force had left a town centre unprotected for four hours.",
        98.0,
    ),
    (
        "en-police-chief-resigns-carrow",
        "Tolley resigns over handling of Carrow riot",
        "Report found a four-hour gap in the response.",
        104.0,
    ),
    (
        "en-exercise-iron-tern",
        "Warships from nine nations begin Iron Tern exercise in the North Sea",
        "More than 30 ships and 4,000 personnel are taking part in the two-week drill, the biggest "
        "North Sea drill since the 1990s, the Royal Navy said.",
        26.0,
    ),
    (
        "en-exercise-iron-tern",
        "Iron Tern naval drill gets under way",
        "Thirty ships from nine countries take part.",
        27.0,
    ),
    (
        "en-defence-review-published",
        "Defence review cuts two army brigades to pay for drones and submarines",
        "The strategic review published on Friday trims the army by 6,000 posts over five years "
        "while ordering 400 long-range drones and a fifth attack submarine.",
        100.0,
    ),
    (
        "en-defence-review-published",
        "Army to lose two brigades under defence review",
        "Money shifted to drones and submarines.",
        100.3,
    ),
    (
        "en-defence-review-published",
        "Retired generals attack plan to shrink army as 'reckless'",
        "Three former chiefs of the general staff wrote to the prime minister on Friday evening "
        "warning that losing two brigades would leave the country unable to send a division "
        "abroad.",
        109.0,
    ),
    (
        "en-green-leader-quits",
        "Green Alliance leader Ruth Okafor steps down after eight years",
        "Ruth Okafor said on Tuesday she would stand down once a successor is chosen in the "
        "autumn, saying the party needed a fresh face before the next general election.",
        44.0,
    ),
    (
        "en-green-leader-quits",
        "Okafor to stand down as Green Alliance leader",
        "A successor will be chosen in the autumn.",
        45.0,
    ),
    (
        "en-marovia-election-result",
        "Opposition wins Marovia election in landslide",
        "The Popular Front of Andris Kell took 58 per cent of the vote in Saturday's parliamentary "
        "election in Marovia, ending fourteen years of rule by the Unity party.",
        124.0,
    ),
    (
        "en-marovia-election-result",
        "Marovia opposition sweeps to power",
        "Andris Kell's Popular Front takes 58 per cent.",
        124.4,
    ),
    (
        "en-marovia-election-result",
        "Marovia's outgoing premier concedes defeat in televised address",
        "Ilse Darrow, who had led the country since 2012, accepted the result and offered to help "
        "Andris Kell form a government before parliament sits next month.",
        129.0,
    ),
    (
        "en-marovia-election-result",
        "Kell names economist as Marovia's finance minister a day after landslide",
        "The incoming prime minister picked Tamsin Roe, a former central bank deputy governor, and "
        "said his cabinet would be complete by Wednesday.",
        148.0,
    ),
    (
        "en-peace-talks-geneva",
        "Teldra and Korvath agree ceasefire extension at Geneva talks",
        "Negotiators from the two countries agreed on Wednesday to extend the truce along their "
        "disputed border by 90 days and to swap 200 prisoners.",
        55.0,
    ),
    (
        "en-peace-talks-geneva",
        "Geneva talks: truce extended by 90 days",
        "Two hundred prisoners also to be swapped.",
        55.4,
    ),
    (
        "en-peace-talks-geneva",
        "UN envoy hails 'small but real' step after border truce deal",
        "The UN mediator, Olga Sandvik, said the extension agreed in Geneva bought time for talks "
        "on the disputed border but warned that shelling had not fully stopped.",
        62.0,
    ),
    (
        "en-northern-rim-summit",
        "Northern Rim leaders pledge joint Arctic patrols at Oslo summit",
        "Leaders of seven northern states agreed on Sunday to pool coastguard vessels and share "
        "satellite images to watch shipping in the Arctic.",
        146.0,
    ),
    (
        "en-northern-rim-summit",
        "Seven nations agree Arctic patrols",
        "Coastguard ships and satellite images to be shared.",
        146.5,
    ),
    (
        "en-northern-rim-summit",
        "Hale hails Arctic pact as 'insurance for the north'",
        "Speaking in Oslo after the summit, the prime minister said British ships would join the "
        "first joint patrols in the autumn.",
        152.0,
    ),
    (
        "en-minister-sacked-leak",
        "Home Office minister sacked over leaked asylum memo",
        "Junior minister Daniel Frew was dismissed on Thursday after an inquiry found he had "
        "passed a draft asylum policy to a newspaper.",
        86.0,
    ),
    (
        "en-minister-sacked-leak",
        "Frew sacked after memo leak inquiry",
        "The junior minister denies wrongdoing.",
        86.4,
    ),
    (
        "en-lords-reform-vote",
        "Peers vote to cap size of the Lords at 600",
        "The House of Lords backed a retirement age of 80 and a ceiling of 600 members by 244 "
        "votes to 190 on Friday.",
        110.0,
    ),
    (
        "en-lords-reform-vote",
        "Lords back their own shrinking in historic vote",
        "Retirement age of 80 approved by 54 votes.",
        116.0,
    ),
    (
        "en-mp-defects-new-dawn",
        "Civic Union MP defects to New Dawn",
        "Priya Lomax becomes the party's third MP.",
        33.5,
    ),
    (
        "en-mp-defects-new-dawn",
        "Priya Lomax quits Civic Union to join New Dawn",
        "The Stourfield MP said on Tuesday that the Civic Union had lost touch with working "
        "families, becoming the third MP to join New Dawn this year.",
        34.0,
    ),
    (
        "en-holyrood-referendum-motion",
        "Holyrood backs motion calling for second referendum",
        "MSPs voted 66 to 61 on Thursday for a non-binding motion asking Westminster to allow "
        "another vote on independence within three years.",
        89.0,
    ),
    (
        "en-holyrood-referendum-motion",
        "MSPs vote for new referendum, 66 to 61",
        "The motion is not binding on Westminster.",
        89.5,
    ),
    (
        "en-army-recruitment-figures",
        "Army recruitment falls short of target for fifth year",
        "Just 7,100 soldiers joined the regular army in the year to March against a target of "
        "9,500, figures published on Monday show.",
        11.0,
    ),
    (
        "en-army-recruitment-figures",
        "Army misses recruitment target again",
        "Only 7,100 joined against a goal of 9,500.",
        12.0,
    ),
    (
        "en-submarine-base-protest",
        "Hundreds march on Faslane base against new warhead plan",
        "Around 800 people marched to the gates of the submarine base on Sunday, the largest "
        "protest there in a decade.",
        150.0,
    ),
    (
        "en-submarine-base-protest",
        "Faslane march passes off peacefully, police say",
        "Two arrests among 800 protesters at the gates.",
        158.0,
    ),
    (
        "en-embassy-reopens-sarvan",
        "Britain reopens embassy in Sarvan after six years",
        "The embassy in Port Elmar resumed work on Friday with a staff of 14, six years after it "
        "was closed during the civil war.",
        118.0,
    ),
    (
        "en-embassy-reopens-sarvan",
        "UK embassy in Port Elmar opens again",
        "Staff of 14 to begin with, says Foreign Office.",
        119.0,
    ),
    (
        "en-court-jails-spy",
        "Former civil servant jailed for 11 years for spying for Korvath",
        "Alan Greaves, 58, who worked in the Cabinet Office, was jailed at the Old Bailey for "
        "passing details of ministers' travel plans to a Korvathi handler.",
        4.0,
    ),
    (
        "en-court-jails-spy",
        "Ex-official jailed for 11 years over spying",
        "Alan Greaves passed ministers' travel plans.",
        4.4,
    ),
    (
        "en-court-jails-spy",
        "Judge says Greaves 'betrayed colleagues for £40,000'",
        "Passing sentence, the judge said the former Cabinet Office official had put lives at risk "
        "for small sums paid into an account in his sister's name.",
        9.0,
    ),
    (
        "en-election-commission-fine",
        "New Dawn fined £48,000 over unreported campaign spending",
        "The Electoral Commission said the party failed to declare spending on leaflets and online "
        "adverts worth £310,000 at last year's general election.",
        76.0,
    ),
    (
        "en-election-commission-fine",
        "Electoral Commission fines New Dawn",
        "Leaflets and adverts were not declared, watchdog says.",
        77.0,
    ),
    (
        "en-stop-search-report",
        "Black men face seven times the rate of stop and search, report finds",
        "An inspectorate study of eight forces published on Friday found stop-and-search powers "
        "were used unevenly, with little effect on knife crime.",
        113.0,
    ),
    (
        "en-stop-search-report",
        "Stop and search used unevenly, report says",
        "Study covered eight police forces.",
        113.5,
    ),
    (
        "en-aldoria-president-impeached",
        "Aldoria's parliament votes to impeach President Valen",
        "Deputies voted 151 to 40 on Thursday to remove President Marcus Valen over a contract "
        "awarded to his brother's firm.",
        79.0,
    ),
    (
        "en-aldoria-president-impeached",
        "Aldoria impeaches president",
        "Vote was 151 to 40.",
        79.3,
    ),
    (
        "en-aldoria-president-impeached",
        "Valen calls impeachment 'a coup in a suit' and refuses to leave palace",
        "The ousted president told supporters from a balcony that the vote was unlawful and that "
        "he would appeal to the constitutional court.",
        85.0,
    ),
    (
        "en-aldoria-president-impeached",
        "Aldoria's speaker sworn in as acting president after Valen leaves palace",
        "Camille Ortis took the oath on Friday morning after Marcus Valen left the presidential "
        "palace overnight under a deal brokered by the army chief.",
        101.0,
    ),
    (
        "en-migration-pact-vote",
        "MPs approve migration deal with Sarvan",
        "The Commons passed the returns agreement by 301 votes to 260 on Saturday in a rare "
        "weekend sitting.",
        134.0,
    ),
    (
        "en-migration-pact-vote",
        "Sarvan returns deal clears Commons",
        "Weekend sitting passes it by 41 votes.",
        135.0,
    ),
    (
        "en-tv-debate-leaders",
        "Civic Union leadership hopefuls clash over tax in TV debate",
        "Rhona Gilchrist and Paul Denning traded blows on Thursday night over income tax and "
        "housing in the only televised debate before the party's congress.",
        93.0,
    ),
    (
        "en-tv-debate-leaders",
        "Gilchrist and Denning spar in debate",
        "Tax and housing dominate the contest.",
        93.5,
    ),
    (
        "en-veterans-pension-rise",
        "Veterans' pensions to rise by 4 per cent",
        "The increase will reach 160,000 former service personnel.",
        16.0,
    ),
    (
        "en-veterans-pension-rise",
        "Armed forces pensions to rise 4% from July, ministers confirm",
        "The increase will reach about 160,000 former service personnel and their widows, the "
        "Ministry of Defence said on Monday.",
        16.5,
    ),
    (
        "en-border-troops-sarvan",
        "Sarvan sends 2,000 troops to northern border",
        "The deployment follows a week of clashes with smugglers near the town of Kadim, the "
        "Sarvani defence ministry said on Wednesday.",
        57.0,
    ),
    (
        "en-warship-visit-portsmouth",
        "Marovian frigate docks at Portsmouth on goodwill visit",
        "The frigate Kestrel arrived on Tuesday for a five-day visit, the first by a Marovian "
        "warship to a British port since 2009.",
        36.0,
    ),
    (
        "en-councillor-suspended-carrow",
        "Councillor suspended over social media posts",
        "A Carrow councillor has been suspended by the Civic Union pending an inquiry into posts "
        "about the town's riot, the party said on Friday.",
        108.0,
    ),
    (
        "en-petition-debate-curfew",
        "MPs to debate petition against youth curfew plan",
        "A petition signed by 112,000 people will be debated in Westminster Hall next month, the "
        "petitions committee said on Sunday.",
        160.0,
    ),
    (
        "en-party-congress-civic-union",
        "Rhona Gilchrist elected Civic Union leader at party congress",
        "Gilchrist won 61 per cent of members' votes, defeating Paul Denning, as the result was "
        "announced at the party's congress in Manchester on Saturday morning.",
        122.0,
    ),
    (
        "en-party-congress-civic-union",
        "Gilchrist wins Civic Union leadership",
        "She took 61 per cent of the members' vote.",
        122.4,
    ),
    (
        "en-party-congress-civic-union",
        "Gilchrist tells congress: 'We are the party of the high street again'",
        "In her first speech as leader, Gilchrist promised to cut business rates and to rebuild "
        "the party in northern towns.",
        126.0,
    ),
    (
        "en-party-congress-civic-union/raid",
        "Police raid Civic Union headquarters in donations inquiry",
        "Detectives searched the party's London offices on Saturday afternoon as part of an "
        "investigation into a £900,000 donation from a company registered abroad.",
        131.0,
    ),
    (
        "en-party-congress-civic-union/raid",
        "Detectives search Civic Union offices",
        "Inquiry into £900,000 donation from overseas firm.",
        132.0,
    ),
    (
        "en-party-congress-civic-union/raid",
        "Party says it is 'cooperating fully' after offices searched",
        "A spokesman said officers took computers and paper files from the treasurer's office and "
        "that no one had been arrested.",
        138.0,
    ),
    (
        "en-state-visit-veldoria",
        "President of Veldoria begins state visit to London",
        "President Tomas Varga was welcomed at Horse Guards Parade on Tuesday morning at the start "
        "of a three-day visit that will include talks on gas and defence.",
        29.0,
    ),
    (
        "en-state-visit-veldoria",
        "Veldorian president arrives for state visit",
        "Three days of talks on gas and defence.",
        29.3,
    ),
    (
        "en-state-visit-veldoria",
        "Varga and Hale sign gas supply pact during state visit",
        "The two leaders agreed on Tuesday afternoon that Veldoria would send a tenth of its gas "
        "exports to Britain for fifteen years.",
        35.0,
    ),
    (
        "en-state-visit-veldoria/embassy-evacuated",
        "Embassy in Kensington evacuated after suspicious package found",
        "Staff of the Marovian embassy were led out on Tuesday evening and nearby streets closed "
        "for two hours while army experts examined a parcel left at the gates.",
        39.0,
    ),
    (
        "en-state-visit-veldoria/embassy-evacuated",
        "Suspicious parcel at embassy was harmless, police say",
        "Streets in Kensington reopened after two hours.",
        40.5,
    ),
    (
        "en-commons-vote-planning-bill",
        "Commons passes planning bill after late-night sitting",
        "MPs approved the bill allowing new towns to bypass local objections by 318 votes to 271 "
        "shortly after 2am on Monday.",
        13.5,
    ),
    (
        "en-commons-vote-planning-bill",
        "Planning bill clears Commons",
        "Majority of 47 for new towns plan.",
        14.0,
    ),
    (
        "en-commons-vote-planning-bill/resignation",
        "Transport minister resigns over second-home expenses",
        "Karen Whitlow quit on Monday evening after admitting she had claimed rent on a flat she "
        "owned through a family company.",
        21.0,
    ),
    (
        "en-commons-vote-planning-bill/resignation",
        "Whitlow quits as transport minister",
        "She admits claiming rent on her own flat.",
        21.5,
    ),
    (
        "en-defence-contract-frigates",
        "MoD signs £2.1bn deal for five frigates with Halvern Marine",
        "The Ministry of Defence signed a contract on Wednesday with the Halvern Marine yard on "
        "the Clyde for five general-purpose frigates, securing 2,500 jobs.",
        48.5,
    ),
    (
        "en-defence-contract-frigates",
        "£2.1bn frigate order for Clyde yard",
        "Deal secures 2,500 jobs, ministry says.",
        49.0,
    ),
    (
        "en-defence-contract-frigates",
        "Clyde workers cheer frigate order as union demands apprenticeships",
        "Shop stewards at Halvern Marine welcomed the contract but said the company must now train "
        "300 apprentices to build the ships.",
        54.0,
    ),
    (
        "en-defence-contract-frigates/exercise-accident",
        "Two soldiers hurt as armoured vehicle overturns on Salisbury Plain",
        "An armoured vehicle rolled over during a night exercise on Sunday, injuring two soldiers, "
        "the Ministry of Defence said.",
        144.0,
    ),
    (
        "en-defence-contract-frigates/exercise-accident",
        "Soldiers injured in exercise rollover",
        "Both of them were flown to hospital in Bristol.",
        145.0,
    ),
    (
        "en-by-election-ashcombe",
        "Civic Union holds Ashcombe in by-election",
        "Majority cut to 1,900 votes.",
        2.0,
    ),
    (
        "en-by-election-ashcombe",
        "Civic Union holds Ashcombe but majority falls to 1,900",
        "Tom Raeburn won the by-election early on Monday with 38 per cent of the vote, but the "
        "party's majority fell from 11,000 at the general election.",
        2.5,
    ),
    (
        "en-by-election-ashcombe",
        "Raeburn says Ashcombe result is 'a warning we must heed'",
        "The new MP told reporters that voters had sent the government a message about the cost of "
        "living.",
        10.0,
    ),
    (
        "en-by-election-ashcombe/postal-fraud",
        "Two charged over postal votes in Brindley North by-election",
        "Two men have been charged with electoral fraud over 140 postal ballots in the Brindley "
        "North by-election, which was held alongside the Ashcombe contest.",
        72.0,
    ),
    (
        "en-by-election-ashcombe/postal-fraud",
        "Postal vote fraud charges in Brindley North",
        "Police say 140 of the ballots are under investigation.",
        73.0,
    ),
    (
        "en-welsh-senedd-speaker",
        "Senedd elects first Llanfair member as presiding officer",
        "Gwen Pryderi won the secret ballot by 34 votes to 26 on Wednesday, promising to let "
        "backbenchers ask more questions of ministers.",
        58.0,
    ),
    (
        "en-welsh-senedd-speaker",
        "New presiding officer chosen in Cardiff Bay",
        "Gwen Pryderi wins secret ballot 34 to 26.",
        58.5,
    ),
    (
        "en-teldra-opposition-leader-freed",
        "Teldra frees opposition leader after two years in jail",
        "Viktor Imre walked out of Belgor prison on Sunday after a pardon that diplomats linked to "
        "the Geneva border talks.",
        154.5,
    ),
    (
        "en-teldra-opposition-leader-freed",
        "Imre released from Belgor prison",
        "Pardon follows months of pressure from abroad.",
        155.0,
    ),
    (
        "en-teldra-opposition-leader-freed",
        "'I will be a candidate,' says Imre hours after his release",
        "Speaking to reporters outside his mother's house, the freed opposition leader said he "
        "would run in next year's presidential election.",
        163.0,
    ),
    (
        "en-ministry-cyber-attack",
        "Defence ministry email system hit by cyber attack",
        "Officials said no classified material was taken when hackers broke into an unclassified "
        "email network used by 30,000 staff.",
        67.5,
    ),
    (
        "en-ministry-cyber-attack",
        "MoD confirms cyber attack on email network",
        "No secret material was taken, say officials at the ministry.",
        68.0,
    ),
    # --- Russian ---
    (
        "ru-konstitucionnyj-sud-vybory",
        "Конституционный суд признал законным перенос выборов губернатора",
        "Суд отклонил во вторник жалобу депутатов, оспаривавших решение перенести выборы в "
        "Озёрском крае на следующий год из-за ремонта избирательной системы.",
        39.5,
    ),
    (
        "ru-konstitucionnyj-sud-vybory",
        "Перенос выборов в Озёрском крае законен, решил суд",
        "Жалоба депутатов отклонена.",
        40.2,
    ),
    (
        "ru-konstitucionnyj-sud-vybory/drugoj-zakon",
        "Конституционный суд отменил закон о платных митингах",
        "В пятницу суд признал неконституционной норму, обязывавшую организаторов акций оплачивать "
        "работу полиции и уборку улиц.",
        117.5,
    ),
    (
        "ru-konstitucionnyj-sud-vybory/drugoj-zakon",
        "Суд отменил плату за охрану митингов",
        "Организаторы больше не обязаны платить полиции.",
        118.0,
    ),
    (
        "ru-sankcii-korvat",
        "Москва ввела ответные санкции против властей Корвата",
        "В понедельник МИД объявил о запрете въезда для двадцати чиновников Корвата в ответ на "
        "арест российских судов в порту Тервин.",
        15.5,
    ),
    (
        "ru-sankcii-korvat",
        "МИД запретил въезд двадцати чиновникам Корвата",
        "Это ответ на арест судов в порту Тервин.",
        16.2,
    ),
    (
        "ru-sankcii-korvat/vysylka-diplomata",
        "Из Москвы выслан дипломат Корвата по делу о шпионаже",
        "Второму секретарю посольства дали сутки на выезд, в пятницу ФСБ сообщила, что он пытался "
        "получить сведения о военных заводах.",
        96.5,
    ),
    (
        "ru-sankcii-korvat/vysylka-diplomata",
        "Дипломату Корвата дали сутки на выезд",
        "Его обвиняют в сборе сведений о заводах.",
        97.0,
    ),
    (
        "ru-sammit-kazan",
        "В Казани завершился саммит Евразийского союза",
        "Главы пяти государств подписали в четверг декларацию о единой таможенной зоне и "
        "договорились о следующей встрече в Минске.",
        72.5,
    ),
    (
        "ru-sammit-kazan",
        "Саммит в Казани закончился подписанием декларации",
        "Пять стран договорились о таможенной зоне.",
        73.0,
    ),
    (
        "ru-sammit-kazan/dtp-korteg",
        "В Казани машина кортежа попала в аварию",
        "Вечером в четверг автомобиль сопровождения одной из делегаций столкнулся с маршруткой на "
        "улице Баумана, пострадали два человека.",
        82.5,
    ),
    (
        "ru-sammit-kazan/dtp-korteg",
        "ДТП с машиной кортежа в Казани: двое пострадавших",
        "Автомобиль сопровождения врезался в маршрутку.",
        83.0,
    ),
    (
        "ru-gubernator-otstavka",
        "Губернатор Северо-Двинской области ушёл в отставку",
        "Алексей Ташкин написал заявление в понедельник, через неделю после ареста двух его "
        "заместителей по делу о взятках.",
        11.5,
    ),
    (
        "ru-gubernator-otstavka",
        "Ташкин покинул пост губернатора",
        "Отставка последовала за арестом заместителей.",
        12.2,
    ),
    (
        "ru-gubernator-otstavka",
        "Исполняющим обязанности губернатора назначен вице-мэр Архангельска",
        "На следующий день после отставки Ташкина указом назначен Сергей Воронин, до сентябрьских "
        "выборов он будет руководить областью.",
        31.5,
    ),
    (
        "ru-duma-zakon-inoagenty",
        "Дума приняла закон о реестре некоммерческих организаций",
        "В четверг депутаты одобрили в третьем чтении закон, обязывающий фонды раскрывать всех "
        "жертвователей, за проголосовали 322 депутата.",
        81.5,
    ),
    (
        "ru-duma-zakon-inoagenty",
        "Фонды обяжут раскрывать жертвователей",
        "Закон принят в третьем чтении.",
        82.0,
    ),
    (
        "ru-uchenia-pacific",
        "На Тихоокеанском флоте начались учения с участием 40 кораблей",
        "Манёвры «Восток-Море» продлятся до середины июня, в них задействованы 8 тысяч "
        "военнослужащих и 70 самолётов.",
        46.5,
    ),
    (
        "ru-uchenia-pacific",
        "Учения «Восток-Море» стартовали",
        "Задействованы 40 кораблей и 70 самолётов.",
        47.0,
    ),
    (
        "ru-miting-pikety-zaderzhania",
        "В Екатеринбурге задержали участников пикетов против застройки сквера",
        "В воскресенье полиция задержала 14 человек, стоявших с плакатами у городской думы.",
        149.5,
    ),
    (
        "ru-miting-pikety-zaderzhania",
        "Четырнадцать пикетчиков задержаны в Екатеринбурге",
        "Жители выступали против застройки сквера.",
        150.0,
    ),
    (
        "ru-partiya-sezd",
        "Партия «Новая Россия» выдвинула кандидатов на выборы в Думу",
        "Съезд в субботу утвердил список из 300 человек, его возглавила бывшая судья Марина "
        "Полесова.",
        109.5,
    ),
    (
        "ru-partiya-sezd",
        "Съезд «Новой России» утвердил список кандидатов",
        "Первой в списке стала Марина Полесова.",
        110.0,
    ),
    (
        "ru-posol-vyzvan-mid",
        "В МИД вызван посол Телдры",
        "Поводом стало задержание российского журналиста в столице Телдры, сообщили в среду на "
        "Смоленской площади.",
        63.5,
    ),
    (
        "ru-posol-vyzvan-mid",
        "Посла Телдры вызвали в МИД из-за задержания журналиста",
        "Журналиста задержали в столице Телдры.",
        64.0,
    ),
    (
        "ru-mer-arest",
        "Мэр Новоозёрска задержан по делу о превышении полномочий",
        "По версии следствия, он передал землю под школу частной компании.",
        166.0,
    ),
    # --- German ---
    (
        "de-parteitag-buergerbund",
        "Bürgerbund wählt Sabine Kröger zur neuen Vorsitzenden",
        "Auf dem Parteitag in Erfurt erhielt die bisherige Fraktionschefin am Freitagvormittag 71 "
        "Prozent der Stimmen der Delegierten und folgt auf den zurückgetretenen Heiner Vossberg.",
        98.5,
    ),
    (
        "de-parteitag-buergerbund",
        "Kröger an der Spitze des Bürgerbunds",
        "71 Prozent der Delegierten stimmen für sie.",
        99.0,
    ),
    (
        "de-parteitag-buergerbund",
        "Kröger kündigt auf dem Parteitag einen Kurs der Mitte an",
        "In ihrer ersten Rede als Vorsitzende sagte sie, der Bürgerbund wolle bei der nächsten "
        "Wahl wieder über zehn Prozent kommen.",
        103.5,
    ),
    (
        "de-parteitag-buergerbund/razzia",
        "Razzia in der Bundesgeschäftsstelle des Bürgerbunds",
        "Ermittler der Staatsanwaltschaft durchsuchten am Freitagnachmittag die Parteizentrale in "
        "Berlin wegen des Verdachts auf verschleierte Spenden eines Bauunternehmers.",
        108.5,
    ),
    (
        "de-parteitag-buergerbund/razzia",
        "Durchsuchung bei Bürgerbund wegen Spenden",
        "Staatsanwaltschaft ermittelt gegen den früheren Schatzmeister.",
        109.0,
    ),
    (
        "de-verfassungsgericht-wahlrecht",
        "Landesverfassungsgericht kippt Sperrklausel bei Kommunalwahlen",
        "Die Richter in Weimar erklärten am Dienstag die Fünf-Prozent-Hürde für Gemeinderäte für "
        "verfassungswidrig, weil sie kleine Parteien ohne zwingenden Grund benachteilige.",
        27.5,
    ),
    (
        "de-verfassungsgericht-wahlrecht",
        "Fünf-Prozent-Hürde für Gemeinderäte gekippt",
        "Kleine Parteien hatten in Weimar geklagt.",
        28.0,
    ),
    (
        "de-verfassungsgericht-wahlrecht",
        "Kleine Parteien jubeln über das Urteil aus Weimar",
        "Die Freien Wähler sprachen von einem guten Tag für die Demokratie, der Innenminister will "
        "das Gesetz bis zum Herbst ändern.",
        34.0,
    ),
    (
        "de-verfassungsgericht-wahlrecht/versammlungsgesetz",
        "Verfassungsgericht erklärt Teile des Versammlungsgesetzes für nichtig",
        "Das Landesverfassungsgericht in Weimar hat am Freitag die Pflicht zur Anmeldung von "
        "Eilversammlungen 72 Stunden im Voraus aufgehoben.",
        99.5,
    ),
    (
        "de-verfassungsgericht-wahlrecht/versammlungsgesetz",
        "Weimarer Richter kippen Anmeldefrist für Demos",
        "Eilversammlungen dürfen kurzfristig stattfinden.",
        100.0,
    ),
    (
        "de-sanktionen-korvath",
        "Bundesregierung verhängt Einreiseverbote gegen korvathische Beamte",
        "Berlin hat am Mittwoch 17 Vertreter der korvathischen Polizei mit Einreiseverboten belegt "
        "und ihre Konten in Deutschland eingefroren.",
        54.5,
    ),
    (
        "de-sanktionen-korvath",
        "Sanktionen gegen 17 Korvather verhängt",
        "Auch ihre Konten in Deutschland werden nun eingefroren.",
        55.0,
    ),
    (
        "de-sanktionen-korvath/ausweisung",
        "Deutschland weist korvathischen Diplomaten wegen Spionage aus",
        "Das Auswärtige Amt hat am Sonntag einen Botschaftsrat der Republik Korvath ausgewiesen, "
        "der Exilanten in Köln ausgespäht haben soll.",
        151.0,
    ),
    (
        "de-sanktionen-korvath/ausweisung",
        "Korvathischer Diplomat muss Deutschland verlassen",
        "Er soll Exilanten in Köln für den Geheimdienst ausgespäht haben.",
        152.0,
    ),
    (
        "de-bundeswehr-manoever-heide",
        "Bundeswehr beginnt größtes Manöver seit Jahren in der Lüneburger Heide",
        "Rund 9.000 Soldaten und 1.200 Fahrzeuge nehmen ab Mittwoch an der Übung „Eiserner Falke“ "
        "teil, die bis Ende Juni dauern soll.",
        50.0,
    ),
    (
        "de-bundeswehr-manoever-heide",
        "Manöver „Eiserner Falke“ hat begonnen",
        "9.000 Soldaten sind in der Heide unterwegs.",
        51.0,
    ),
    (
        "de-bundeswehr-manoever-heide",
        "Anwohner klagen über Panzerlärm in der Heide",
        "Bürgermeister mehrerer Gemeinden fordern Ruhezeiten in der Nacht, die Bundeswehr "
        "verspricht Rücksicht.",
        64.0,
    ),
    (
        "de-buergermeister-ruecktritt-hallbach",
        "Hallbacher Oberbürgermeister tritt nach Dienstwagen-Affäre zurück",
        "Oberbürgermeister Jens Ortlepp hat am Montag seinen Rücktritt erklärt, nachdem bekannt "
        "wurde, dass er den Dienstwagen für Urlaubsfahrten genutzt hatte.",
        17.0,
    ),
    (
        "de-buergermeister-ruecktritt-hallbach",
        "Ortlepp gibt Amt in Hallbach auf",
        "Dienstwagen für Urlaubsfahrten genutzt.",
        17.5,
    ),
    (
        "de-buergermeister-ruecktritt-hallbach",
        "Neuwahl in Hallbach soll im September stattfinden",
        "Nach dem Rücktritt des Oberbürgermeisters hat der Stadtrat am Dienstag den Termin für die "
        "Neuwahl festgelegt, bis dahin führt die Erste Bürgermeisterin die Geschäfte.",
        41.0,
    ),
    (
        "de-demo-polizei-kessel",
        "Polizei kesselt Hunderte Demonstranten in Leipzig ein",
        "Bei einer Kundgebung gegen die Mietenpolitik hat die Polizei am Samstag rund 400 Menschen "
        "über Stunden festgehalten, es gab 23 Festnahmen.",
        128.0,
    ),
    (
        "de-demo-polizei-kessel",
        "Kessel bei Mietendemo in Leipzig",
        "23 Festnahmen, mehrere Verletzte.",
        128.5,
    ),
    (
        "de-demo-polizei-kessel",
        "Linke fordert Aufklärung über Polizeikessel",
        "Die Fraktion im Landtag will den Innenminister in der kommenden Woche befragen, die "
        "Polizei verteidigt ihr Vorgehen.",
        136.0,
    ),
    (
        "de-demo-polizei-kessel",
        "Leipziger Polizeipräsident räumt Fehler beim Kessel ein",
        "Am Sonntag sagte er, dass Demonstranten zu lange ohne Wasser und Toiletten festgehalten "
        "worden seien, die Festnahmen verteidigte er aber.",
        148.0,
    ),
    (
        "de-botschafter-einbestellt-teldra",
        "Auswärtiges Amt bestellt teldrischen Botschafter ein",
        "Anlass ist die Festnahme eines deutschen Entwicklungshelfers in Teldra, dem die Behörden "
        "dort Kontakte zur Opposition vorwerfen.",
        83.0,
    ),
    (
        "de-botschafter-einbestellt-teldra",
        "Teldras Botschafter ins Amt zitiert",
        "Ein deutscher Helfer ist in Teldra festgenommen worden.",
        84.0,
    ),
    (
        "de-koalitionsvertrag-landtag",
        "Koalitionsvertrag in Schwerin unterschrieben",
        "Nach sechs Wochen Verhandlungen haben die drei Parteien am Freitag ihren Vertrag "
        "unterzeichnet, die Wahl des Ministerpräsidenten ist für Dienstag geplant.",
        112.0,
    ),
    (
        "de-koalitionsvertrag-landtag",
        "Dreierbündnis in Schwerin steht",
        "Wahl des Regierungschefs am Dienstag.",
        112.5,
    ),
    (
        "de-wahlkreis-nachzaehlung",
        "Nachzählung im Wahlkreis Brennfeld ergibt neuen Sieger",
        "Bei der erneuten Auszählung der Landtagswahl hat der Kandidat der Grünen den Wahlkreis "
        "mit sieben Stimmen Vorsprung gewonnen.",
        6.0,
    ),
    (
        "de-wahlkreis-nachzaehlung",
        "Sieben Stimmen entscheiden in Brennfeld",
        "Die Nachzählung hat das Ergebnis der Wahl umgekehrt.",
        6.5,
    ),
    (
        "de-kaserne-umbenannt",
        "Kaserne in Wendau erhält neuen Namen",
        "Die frühere General-Roth-Kaserne wird nach einer Sanitätssoldatin benannt, die 2011 bei "
        "einem Einsatz ums Leben kam, teilte das Ministerium am Sonntag mit.",
        157.0,
    ),
    # --- French ---
    (
        "fr-visite-etat-lisbanie",
        "Le président lisbanien reçu à l'Élysée pour une visite d'État",
        "Le président Aurel Dancu est arrivé jeudi matin à Paris pour trois jours, avec au "
        "programme l'énergie, la défense et la coopération universitaire.",
        74.0,
    ),
    (
        "fr-visite-etat-lisbanie",
        "Visite d'État du président Dancu à Paris",
        "Trois jours consacrés à l'énergie et à la défense.",
        74.5,
    ),
    (
        "fr-visite-etat-lisbanie",
        "Paris et la Lisbanie signent un accord sur l'hydrogène",
        "À l'issue de leur entretien jeudi, les deux présidents ont signé un accord de coopération "
        "sur la production d'hydrogène dans les ports lisbaniens.",
        79.5,
    ),
    (
        "fr-visite-etat-lisbanie/alerte-ambassade",
        "Alerte à la bombe : une ambassade évacuée dans le 7e arrondissement",
        "Le personnel de l'ambassade de Marovie a été évacué jeudi soir après un appel anonyme, le "
        "périmètre a été bouclé pendant deux heures.",
        84.5,
    ),
    (
        "fr-visite-etat-lisbanie/alerte-ambassade",
        "Ambassade évacuée à Paris après un appel anonyme",
        "Aucun engin n'a été trouvé, selon la préfecture.",
        85.0,
    ),
    (
        "fr-conseil-constit-securite-locale",
        "Le Conseil constitutionnel valide l'essentiel de la loi sur la sécurité locale",
        "Les Sages ont jugé conforme lundi l'extension des pouvoirs des polices municipales, mais "
        "censuré l'usage des drones sans autorisation d'un magistrat.",
        9.5,
    ),
    (
        "fr-conseil-constit-securite-locale",
        "Loi sur la sécurité locale : feu vert des Sages",
        "Les drones sans contrôle d'un juge sont censurés.",
        10.0,
    ),
    (
        "fr-conseil-constit-securite-locale",
        "Les maires saluent la décision, les avocats restent vigilants",
        "L'association des maires se félicite de pouvoir armer davantage les polices municipales, "
        "tandis que le barreau dénonce une surveillance accrue.",
        15.0,
    ),
    (
        "fr-conseil-constit-securite-locale/censure-loi-logement",
        "Le Conseil constitutionnel censure la loi sur les loyers",
        "Saisis par les sénateurs, les Sages ont annulé vendredi l'encadrement des loyers dans les "
        "villes moyennes, estimant qu'il portait une atteinte excessive au droit de propriété.",
        106.0,
    ),
    (
        "fr-conseil-constit-securite-locale/censure-loi-logement",
        "Encadrement des loyers : la loi censurée",
        "Atteinte excessive au droit de propriété, selon les Sages.",
        106.5,
    ),
    (
        "fr-sanctions-teldra",
        "Paris gèle les avoirs de dix dirigeants teldriens",
        "La France a annoncé mardi le gel des avoirs et l'interdiction de séjour de dix "
        "responsables de Teldra accusés d'avoir truqué l'élection présidentielle.",
        30.0,
    ),
    (
        "fr-sanctions-teldra",
        "Sanctions françaises contre dix responsables teldriens",
        "Ils sont accusés d'avoir truqué le scrutin.",
        30.5,
    ),
    (
        "fr-sanctions-teldra/expulsion",
        "Un diplomate teldrien expulsé pour espionnage",
        "Le Quai d'Orsay a déclaré vendredi persona non grata un conseiller de l'ambassade de "
        "Teldra soupçonné d'avoir recruté un fonctionnaire de la défense.",
        102.0,
    ),
    (
        "fr-sanctions-teldra/expulsion",
        "Espionnage : un diplomate de Teldra prié de partir",
        "Il aurait approché un fonctionnaire qui travaille pour la défense.",
        102.5,
    ),
    (
        "fr-remaniement-gouvernement",
        "Remaniement : trois ministres quittent le gouvernement",
        "Le Premier ministre Étienne Garcin a remplacé mardi soir les ministres de l'Agriculture, "
        "du Logement et des Sports, un an avant les municipales.",
        42.0,
    ),
    (
        "fr-remaniement-gouvernement",
        "Trois départs dans le gouvernement Garcin",
        "Agriculture, Logement et Sports changent de titulaire.",
        42.5,
    ),
    (
        "fr-remaniement-gouvernement",
        "La nouvelle ministre de l'Agriculture reçue par les syndicats dès mercredi",
        "Nommée la veille, Claire Bouvet a promis aux éleveurs un plan sur les prix du lait avant "
        "l'été.",
        58.0,
    ),
    (
        "fr-manif-retraites-lyon",
        "Des milliers de manifestants à Lyon contre la réforme des retraites",
        "Entre 12 000 et 30 000 personnes ont défilé samedi dans le centre de Lyon, la police a "
        "procédé à neuf interpellations en fin de cortège.",
        121.0,
    ),
    (
        "fr-manif-retraites-lyon",
        "Lyon : neuf interpellations en marge du cortège",
        "Entre 12 000 et 30 000 manifestants selon les sources.",
        121.5,
    ),
    (
        "fr-manif-retraites-lyon",
        "« On ne lâchera pas », promettent les syndicats après le défilé lyonnais",
        "Les responsables syndicaux ont annoncé une nouvelle journée de mobilisation dans quinze "
        "jours.",
        127.0,
    ),
    (
        "fr-congres-parti-rassemblement",
        "Le Parti du progrès se choisit un nouveau premier secrétaire",
        "Réunis en congrès à Tours, les militants ont élu dimanche Hugo Lemercier avec 54 % des "
        "voix face à la sortante Nadia Ferhat.",
        143.0,
    ),
    (
        "fr-congres-parti-rassemblement",
        "Hugo Lemercier prend la tête du Parti du progrès",
        "Il l'emporte avec 54 % des voix à Tours.",
        143.5,
    ),
    (
        "fr-senat-budget-armees",
        "Le Sénat adopte la hausse du budget des armées",
        "Les sénateurs ont voté jeudi la loi de programmation militaire révisée, qui prévoit 6 "
        "milliards d'euros supplémentaires pour les munitions et la défense aérienne.",
        88.0,
    ),
    (
        "fr-senat-budget-armees",
        "Programmation militaire : vote du Sénat",
        "6 milliards de plus pour les munitions.",
        88.5,
    ),
    (
        "fr-prefet-limoge",
        "Le préfet de Haute-Sarre limogé après les violences de Mérignol",
        "Le gouvernement a mis fin mercredi aux fonctions du préfet, critiqué pour la gestion des "
        "heurts qui ont fait onze blessés dans la commune.",
        60.0,
    ),
    (
        "fr-prefet-limoge",
        "Haute-Sarre : le préfet relevé de ses fonctions",
        "Il était critiqué après les heurts de Mérignol.",
        60.5,
    ),
    (
        "fr-maire-garde-a-vue",
        "Le maire de Saint-Aubrac placé en garde à vue",
        "Il est soupçonné d'avoir favorisé une entreprise de son beau-frère pour des marchés "
        "publics, selon le parquet.",
        20.0,
    ),
    (
        "fr-exercice-otan-bretagne",
        "Exercice amphibie au large de la Bretagne",
        "Quatre mille militaires de six pays ont débarqué dimanche sur les plages de la presqu'île "
        "de Crozon dans le cadre de l'exercice Marée Haute.",
        140.5,
    ),
    (
        "fr-exercice-otan-bretagne",
        "Marée Haute : débarquement sur la presqu'île de Crozon",
        "Quatre mille militaires de six pays mobilisés.",
        141.0,
    ),
    (
        "fr-ministre-armees-base-istres",
        "Le ministre des Armées annonce deux escadrons de plus à Istres",
        "En visite dimanche sur la base aérienne, Julien Marchetti a confirmé l'arrivée de vingt "
        "avions de ravitaillement d'ici 2030 et la création de 600 postes.",
        153.0,
    ),
    (
        "fr-ministre-armees-base-istres",
        "Istres : vingt avions de ravitaillement d'ici 2030",
        "Le ministre des Armées en visite sur la base.",
        153.5,
    ),
    # --- Spanish ---
    (
        "es-congreso-ley-vivienda",
        "El Congreso aprueba la ley de vivienda asequible por un solo voto",
        "La norma, que obliga a reservar un 30 % de cada promoción a alquiler social, salió "
        "adelante el martes con 175 votos a favor y 174 en contra.",
        32.0,
    ),
    (
        "es-congreso-ley-vivienda",
        "Luz verde a la ley de vivienda por 175 a 174",
        "Un diputado ausente decidió la votación.",
        32.5,
    ),
    (
        "es-congreso-ley-vivienda",
        "Los promotores advierten de que la ley frenará la construcción",
        "La patronal del sector asegura que la reserva del 30 % para alquiler social hará "
        "inviables muchos proyectos en las ciudades medianas.",
        37.0,
    ),
    (
        "es-congreso-ley-vivienda/dimision-ministra",
        "Dimite la ministra de Industria por el contrato de su pareja",
        "Elena Sarrió presentó su renuncia el martes por la noche tras conocerse que una empresa "
        "de su pareja recibió un contrato público de 2,4 millones.",
        40.0,
    ),
    (
        "es-congreso-ley-vivienda/dimision-ministra",
        "Renuncia Elena Sarrió, ministra de Industria",
        "Un contrato a la empresa de su pareja, en el origen.",
        40.5,
    ),
    (
        "es-cumbre-iberoamericana-cadiz",
        "La cumbre de Cádiz se cierra con un pacto sobre migración y agua",
        "Los jefes de Estado de veinte países firmaron el domingo una declaración final que crea "
        "un fondo común para desalinizadoras y refuerza la cooperación en fronteras.",
        150.5,
    ),
    (
        "es-cumbre-iberoamericana-cadiz",
        "Cádiz: declaración final sobre migración y agua",
        "Veinte países firman el documento.",
        151.0,
    ),
    (
        "es-cumbre-iberoamericana-cadiz",
        "«Cádiz será recordada por el agua», dice el anfitrión",
        "El presidente del Gobierno defendió el fondo para desalinizadoras como el gran logro del "
        "encuentro.",
        155.0,
    ),
    (
        "es-cumbre-iberoamericana-cadiz/accidente-comitiva",
        "Choca un coche de la comitiva de una delegación en Cádiz",
        "Dos escoltas resultaron heridos leves el domingo por la noche cuando un vehículo de la "
        "delegación de Sarván chocó contra una furgoneta en la avenida principal.",
        160.0,
    ),
    (
        "es-cumbre-iberoamericana-cadiz/accidente-comitiva",
        "Dos escoltas heridos en un choque en Cádiz",
        "El coche era de la delegación de Sarván.",
        160.5,
    ),
    (
        "es-eleccion-municipal-tormes",
        "La candidata independiente gana la alcaldía de Villanueva del Tormes",
        "Marta Iruela se impuso con el 44 % de los votos en la elección municipal repetida el "
        "domingo, tras la anulación de los comicios de 2023.",
        3.0,
    ),
    (
        "es-eleccion-municipal-tormes",
        "Marta Iruela, nueva alcaldesa de Villanueva del Tormes",
        "Gana con el 44 % en la elección repetida.",
        3.5,
    ),
    (
        "es-eleccion-municipal-tormes/voto-correo",
        "Detenidos tres hombres por comprar votos por correo en Peñacastro",
        "La Guardia Civil arrestó el miércoles a tres personas por pagar 50 euros por voto en la "
        "elección municipal de Peñacastro, celebrada el mismo domingo que la de Villanueva del "
        "Tormes.",
        68.0,
    ),
    (
        "es-eleccion-municipal-tormes/voto-correo",
        "Tres detenidos por compra de votos en Peñacastro",
        "Pagaban 50 euros por cada voto por correo.",
        68.5,
    ),
    (
        "es-protesta-agricultores-madrid",
        "Miles de agricultores cortan la Castellana con sus tractores",
        "Unos 600 tractores entraron el miércoles en Madrid para protestar contra los acuerdos "
        "comerciales y los precios de los fertilizantes, la policía detuvo a cuatro personas.",
        56.0,
    ),
    (
        "es-protesta-agricultores-madrid",
        "Tractorada en Madrid: cuatro detenidos",
        "Unos 600 tractores colapsan la Castellana con su protesta.",
        56.5,
    ),
    (
        "es-protesta-agricultores-madrid",
        "El ministro recibirá a las organizaciones agrarias el lunes",
        "Tras la protesta de los tractores, el Ministerio de Agricultura convocó a las tres "
        "organizaciones a una reunión para hablar de los precios.",
        63.0,
    ),
    (
        "es-supremo-indulto-exconsejero",
        "El Supremo avala el indulto parcial al exconsejero Pedro Alcaraz",
        "La Sala de lo Contencioso rechazó el viernes los recursos de tres partidos contra la "
        "medida de gracia, que rebaja a la mitad su condena por malversación.",
        96.0,
    ),
    (
        "es-supremo-indulto-exconsejero",
        "El Supremo mantiene el indulto a Alcaraz",
        "Rechaza los recursos de tres partidos.",
        96.5,
    ),
    (
        "es-maniobras-armada-rota",
        "La Armada inicia maniobras con buques de cinco países frente a Rota",
        "Más de veinte barcos y 3.000 militares participan desde el lunes en el ejercicio "
        "Poniente, que durará diez días en el golfo de Cádiz.",
        24.5,
    ),
    (
        "es-maniobras-armada-rota",
        "Arranca el ejercicio naval Poniente",
        "Veinte barcos de cinco países en el golfo de Cádiz.",
        25.0,
    ),
    (
        "es-dimision-alcaldesa-sorbas",
        "Dimite la alcaldesa de Valdeosma tras perder la moción de confianza",
        "Lucía Gimeno dejó el cargo el viernes después de que sus socios de gobierno votaran en "
        "contra de los presupuestos municipales.",
        116.5,
    ),
    (
        "es-dimision-alcaldesa-sorbas",
        "Valdeosma se queda sin alcaldesa",
        "Lucía Gimeno pierde la cuestión de confianza.",
        117.0,
    ),
    (
        "es-dimision-alcaldesa-sorbas",
        "Los concejales de Valdeosma eligen a un nuevo alcalde un día después",
        "El pleno extraordinario del sábado nombró alcalde a Ramón Tébar, del mismo partido que la "
        "regidora dimitida, con el apoyo de los independientes.",
        136.5,
    ),
    (
        "es-embajador-llamado-teldra",
        "Exteriores llama a consultas al embajador en Teldra",
        "El Gobierno tomó la decisión el jueves después de que la policía teldria detuviera a dos "
        "cooperantes españoles en la capital.",
        80.5,
    ),
    (
        "es-embajador-llamado-teldra",
        "España llama a consultas a su embajador en Teldra",
        "Dos cooperantes españoles, detenidos.",
        81.0,
    ),
    (
        "es-senado-veto-presupuestos",
        "El Senado veta los presupuestos y los devuelve al Congreso",
        "La mayoría de la oposición en la Cámara alta aprobó el sábado un veto que retrasa al "
        "menos dos semanas la entrada en vigor de las cuentas.",
        133.0,
    ),
    # --- Italian ---
    (
        "it-congresso-partito-civico",
        "Il Partito civico elegge Laura Ferrante segretaria",
        "Al congresso di Bologna la deputata ha ottenuto il 63 per cento dei voti dei delegati "
        "nella notte tra domenica e lunedì, battendo lo sfidante Marco Rinaldi.",
        2.8,
    ),
    (
        "it-congresso-partito-civico",
        "Ferrante alla guida del Partito civico",
        "Eletta con il 63 per cento dei delegati.",
        3.3,
    ),
    (
        "it-congresso-partito-civico",
        "Ferrante: «Basta con le correnti, ora si riparte dai territori»",
        "Nel suo primo discorso da segretaria ha promesso una conferenza programmatica entro "
        "l'autunno.",
        8.0,
    ),
    (
        "it-congresso-partito-civico/perquisizione",
        "Perquisita la sede del Partito civico a Roma",
        "La Guardia di finanza ha perquisito lunedì mattina gli uffici del partito nell'ambito di "
        "un'inchiesta sui finanziamenti di una fondazione vicina all'ex tesoriere.",
        12.8,
    ),
    (
        "it-congresso-partito-civico/perquisizione",
        "Finanziamenti, Finanza nella sede del Partito civico",
        "Indagato l'ex tesoriere per una fondazione.",
        13.3,
    ),
    (
        "it-contratto-difesa-elicotteri",
        "La Difesa firma un contratto da 1,3 miliardi per 24 elicotteri",
        "Il ministero ha siglato martedì con la Veltra Aerospazio di Varese l'acquisto di "
        "elicotteri da trasporto per l'Esercito, con consegne dal 2028.",
        35.5,
    ),
    (
        "it-contratto-difesa-elicotteri",
        "Elicotteri, contratto da 1,3 miliardi alla Veltra",
        "Consegne all'Esercito a partire dal 2028.",
        36.0,
    ),
    (
        "it-contratto-difesa-elicotteri/incidente-esercitazione",
        "Esercitazione in Sardegna, due militari feriti da un'esplosione",
        "Due caporali sono rimasti feriti domenica a Capo Teulada durante un'esercitazione a "
        "fuoco, il ministero della Difesa ha aperto un'indagine interna.",
        139.0,
    ),
    (
        "it-contratto-difesa-elicotteri/incidente-esercitazione",
        "Capo Teulada, feriti due militari durante un'esercitazione",
        "Il ministero apre un'indagine interna.",
        139.5,
    ),
    (
        "it-suppletive-collegio-brenta",
        "Suppletive nel collegio del Brenta, vince il centrosinistra",
        "Giulia Moretto è stata eletta deputata con il 52 per cento dei voti nelle elezioni "
        "suppletive di domenica, con un'affluenza del 31 per cento.",
        5.0,
    ),
    (
        "it-suppletive-collegio-brenta",
        "Moretto eletta alla Camera nel Brenta",
        "Affluenza ferma al 31 per cento.",
        5.5,
    ),
    (
        "it-suppletive-collegio-brenta/voti-postali",
        "Voto all'estero, indagati tre funzionari per schede false nel collegio di Castelmonte",
        "La procura ha iscritto tre persone nel registro degli indagati per 200 schede dall'estero "
        "compilate con la stessa grafia nelle suppletive di Castelmonte, votate lo stesso giorno "
        "del Brenta.",
        92.0,
    ),
    (
        "it-suppletive-collegio-brenta/voti-postali",
        "Schede false nelle suppletive di Castelmonte",
        "Indagati tre funzionari per 200 schede dall'estero.",
        92.5,
    ),
    (
        "it-senato-premierato",
        "Il Senato approva in prima lettura la riforma del premierato",
        "Il testo che introduce l'elezione diretta del presidente del Consiglio è passato "
        "mercoledì con 104 sì e 71 no, ora tocca alla Camera.",
        47.0,
    ),
    (
        "it-senato-premierato",
        "Premierato, primo sì del Senato",
        "104 voti a favore e 71 contrari.",
        47.5,
    ),
    (
        "it-senato-premierato",
        "L'opposizione in piazza: «Si svuota il Parlamento»",
        "Alcune centinaia di persone si sono radunate davanti a Palazzo Madama dopo il voto sulla "
        "riforma.",
        53.0,
    ),
    (
        "it-consulta-legge-elettorale",
        "La Consulta boccia il premio di maggioranza della legge regionale",
        "La Corte costituzionale ha dichiarato illegittimo venerdì il premio che assegnava il 60 "
        "per cento dei seggi al vincitore delle elezioni in Molise.",
        111.0,
    ),
    (
        "it-consulta-legge-elettorale",
        "Premio di maggioranza illegittimo, dice la Consulta",
        "La legge elettorale del Molise va riscritta.",
        111.5,
    ),
    (
        "it-ministro-dimissioni-appalti",
        "Si dimette il sottosegretario ai Trasporti indagato per gli appalti",
        "Fabio Lanzetta ha lasciato l'incarico giovedì dopo aver ricevuto un avviso di garanzia "
        "per turbativa d'asta sui lavori di una tangenziale.",
        77.5,
    ),
    (
        "it-ministro-dimissioni-appalti",
        "Lanzetta lascia i Trasporti dopo l'avviso di garanzia",
        "Indagato per turbativa d'asta.",
        78.0,
    ),
    (
        "it-corteo-roma-scontri",
        "Scontri al corteo per la Palestina a Roma, otto agenti feriti",
        "Tensione sabato pomeriggio a piazza della Repubblica, dove un gruppo ha lanciato "
        "bottiglie contro la polizia, sette persone sono state fermate.",
        126.5,
    ),
    (
        "it-corteo-roma-scontri",
        "Roma, tensione al corteo: sette fermati",
        "Otto agenti feriti in piazza della Repubblica.",
        127.0,
    ),
    (
        "it-corteo-roma-scontri",
        "Il Viminale: «Violenze inaccettabili, ma il diritto di manifestare resta»",
        "Il ministro dell'Interno ha difeso la gestione della piazza e annunciato nuove regole per "
        "i cortei nel centro storico.",
        134.0,
    ),
    (
        "it-corteo-roma-scontri",
        "Convalidati i fermi dopo gli scontri di piazza della Repubblica",
        "Il giudice ha disposto domenica l'obbligo di firma per cinque dei sette fermati, due "
        "restano ai domiciliari, mentre gli agenti feriti sono stati tutti dimessi.",
        146.5,
    ),
    (
        "it-visita-presidente-marovia",
        "Il presidente della Marovia al Quirinale",
        "Ricevuto venerdì dal capo dello Stato, il presidente Rudi Hallen ha parlato di energia e "
        "di rotte migratorie nell'Adriatico.",
        114.0,
    ),
    (
        "it-visita-presidente-marovia",
        "Hallen ricevuto al Quirinale",
        "Sul tavolo energia e migranti.",
        114.5,
    ),
    (
        "it-sindaco-arrestato-lucera",
        "Arrestato il sindaco di Montefalco Irpino per corruzione",
        "Secondo la procura di Avellino avrebbe ricevuto 30.000 euro da un imprenditore per "
        "l'assegnazione della mensa scolastica.",
        162.0,
    ),
    # --- Portuguese ---
    (
        "pt-assembleia-lei-imigracao",
        "Parlamento aprova nova lei da imigração com votos da direita",
        "A proposta do Governo, que acaba com as autorizações de residência por manifestação de "
        "interesse, foi aprovada na quinta-feira com 121 votos a favor.",
        86.5,
    ),
    (
        "pt-assembleia-lei-imigracao",
        "Lei da imigração aprovada na Assembleia",
        "121 deputados votaram a favor da proposta.",
        87.0,
    ),
    (
        "pt-assembleia-lei-imigracao",
        "Associações de imigrantes prometem recorrer ao Presidente",
        "As associações pedem ao chefe de Estado que envie a lei ao Tribunal Constitucional antes "
        "de a promulgar.",
        91.0,
    ),
    (
        "pt-assembleia-lei-imigracao/demissao-ministro",
        "Ministro da Saúde demite-se após caos nas urgências",
        "Rui Calado apresentou a demissão na quinta-feira à noite, depois de seis hospitais do "
        "Norte terem fechado as urgências de obstetrícia no mesmo fim de semana.",
        95.0,
    ),
    (
        "pt-assembleia-lei-imigracao/demissao-ministro",
        "Rui Calado deixa o Ministério da Saúde",
        "Demissão após o fecho das urgências no Norte.",
        95.5,
    ),
    (
        "pt-cimeira-lisboa-atlantico",
        "Cimeira do Atlântico termina em Lisboa com acordo sobre pescas",
        "Os chefes de Governo de onze países costeiros assinaram na sexta-feira uma declaração "
        "para vigiar em conjunto a pesca ilegal ao largo de África.",
        104.5,
    ),
    (
        "pt-cimeira-lisboa-atlantico",
        "Onze países assinam acordo sobre pesca ilegal em Lisboa",
        "A cimeira termina com uma declaração comum.",
        105.0,
    ),
    (
        "pt-cimeira-lisboa-atlantico/acidente-comitiva",
        "Carro de comitiva oficial envolvido em acidente na Avenida da Liberdade",
        "Um motociclista da PSP que escoltava uma delegação ficou ferido na sexta-feira à noite, "
        "num choque com um táxi que atravessou o cruzamento.",
        114.5,
    ),
    (
        "pt-cimeira-lisboa-atlantico/acidente-comitiva",
        "Agente da PSP ferido em choque com táxi em Lisboa",
        "Escoltava uma delegação estrangeira.",
        115.0,
    ),
    (
        "pt-presidente-veto-lei",
        "Presidente da República veta lei das rendas",
        "O chefe de Estado devolveu o diploma ao Parlamento na quarta-feira, alegando que as "
        "regras para despejos não protegem os inquilinos idosos.",
        62.5,
    ),
    (
        "pt-presidente-veto-lei",
        "Belém veta lei das rendas",
        "Regras de despejo não protegem os idosos.",
        63.0,
    ),
    (
        "pt-presidente-veto-lei",
        "Governo admite alterar a lei das rendas depois do veto",
        "A ministra da Habitação disse na quarta-feira à noite que está disponível para mudar o "
        "artigo sobre despejos.",
        68.5,
    ),
    (
        "pt-congresso-partido-lavradio",
        "Congresso do Movimento Social elege Inês Lavradio",
        "A deputada foi eleita líder do partido no domingo em Coimbra, com 68 % dos votos dos "
        "delegados, e prometeu disputar as autárquicas em todas as capitais de distrito.",
        145.0,
    ),
    (
        "pt-congresso-partido-lavradio",
        "Inês Lavradio eleita líder do Movimento Social",
        "Obteve 68 % dos votos em Coimbra.",
        145.5,
    ),
    (
        "pt-congresso-partido-lavradio",
        "«Não somos um partido de protesto», diz a nova líder em Coimbra",
        "No discurso de encerramento, Lavradio pediu aos militantes que se preparem para governar "
        "câmaras.",
        149.0,
    ),
    (
        "pt-manifestacao-professores",
        "Milhares de professores em protesto frente ao Ministério da Educação",
        "Os sindicatos estimam que 20 mil docentes se juntaram na segunda-feira em Lisboa para "
        "exigir a recuperação do tempo de serviço.",
        22.8,
    ),
    (
        "pt-manifestacao-professores",
        "Professores voltam à rua em Lisboa",
        "Sindicatos falam de 20 mil manifestantes.",
        23.3,
    ),
    (
        "pt-tribunal-constitucional-eutanasia",
        "Tribunal Constitucional chumba lei dos metadados",
        "Os juízes consideraram na sexta-feira que a conservação de dados de comunicações durante "
        "um ano viola a reserva da vida privada.",
        119.5,
    ),
    (
        "pt-tribunal-constitucional-eutanasia",
        "Lei dos metadados inconstitucional",
        "Violação da reserva da vida privada, dizem os juízes.",
        120.0,
    ),
    (
        "pt-fragata-missao-golfo",
        "Fragata portuguesa parte para missão no golfo da Guiné",
        "A fragata Álvares Cabral largou da base do Alfeite na terça-feira com 180 militares para "
        "quatro meses de patrulhas contra a pirataria.",
        44.5,
    ),
    (
        "pt-fragata-missao-golfo",
        "Fragata parte do Alfeite rumo ao golfo da Guiné",
        "Quatro meses contra a pirataria.",
        45.0,
    ),
    (
        "pt-brasil-eleicao-prefeito",
        "Ex-juíza vence eleição suplementar para prefeita de Serra Dourada",
        "Helena Batista obteve 51 % dos votos no domingo, numa eleição marcada depois da cassação "
        "do prefeito anterior por abuso de poder.",
        154.0,
    ),
    (
        "pt-brasil-eleicao-prefeito",
        "Helena Batista eleita prefeita de Serra Dourada",
        "Eleição suplementar após cassação do antecessor.",
        154.5,
    ),
    (
        "pt-brasil-eleicao-prefeito",
        "Prefeita eleita promete auditoria nas contas da cidade",
        "Helena Batista disse que pedirá ao Tribunal de Contas uma análise de todos os contratos "
        "dos últimos quatro anos.",
        161.0,
    ),
    (
        "pt-embaixada-sarvao",
        "Portugal reabre embaixada em Sarvão",
        "A representação diplomática volta a funcionar depois de cinco anos encerrada.",
        70.5,
    ),
    (
        "pt-embaixada-sarvao",
        "Embaixada portuguesa em Sarvão reabre ao fim de cinco anos",
        "O ministro dos Negócios Estrangeiros esteve na quarta-feira na cerimónia e anunciou a "
        "abertura de uma secção consular para a comunidade portuguesa.",
        71.0,
    ),
    (
        "pt-autarca-detido",
        "Presidente da Câmara de Vila Moura do Sado detido por corrupção",
        "A Polícia Judiciária deteve no domingo o autarca, suspeito de receber dinheiro de um "
        "construtor para aprovar um loteamento.",
        165.0,
    ),
    # --- Dutch ---
    (
        "nl-staatsbezoek-marovia",
        "Marovische president begint staatsbezoek in Den Haag",
        "President Rudi Hallen werd zaterdagochtend door de koning ontvangen op paleis Noordeinde "
        "voor een bezoek van twee dagen over energie en havens.",
        137.0,
    ),
    (
        "nl-staatsbezoek-marovia",
        "Staatsbezoek Marovia van start",
        "Hallen ontvangen op Noordeinde.",
        137.5,
    ),
    (
        "nl-staatsbezoek-marovia",
        "Hallen en premier tekenen havenakkoord",
        "De twee landen spraken zaterdagmiddag af dat Rotterdam en de Marovische haven Dravik "
        "samen een groene scheepvaartroute opzetten.",
        142.0,
    ),
    (
        "nl-staatsbezoek-marovia/ambassade-ontruimd",
        "Ambassade in Den Haag ontruimd na verdacht pakketje",
        "De politie ontruimde zaterdagavond de ambassade van Teldra aan de Javastraat nadat een "
        "medewerker een vreemd pakket bij de ingang had gevonden.",
        147.0,
    ),
    (
        "nl-staatsbezoek-marovia/ambassade-ontruimd",
        "Verdacht pakket bij ambassade blijkt onschuldig",
        "De Javastraat was twee uur afgesloten.",
        147.5,
    ),
    (
        "nl-defensie-contract-fregatten",
        "Defensie tekent contract voor vier nieuwe fregatten",
        "Het ministerie van Defensie heeft maandag een contract van 3,2 miljard euro getekend met "
        "scheepswerf Damstra in Vlissingen voor vier onderzeebootbestrijdingsfregatten.",
        18.0,
    ),
    (
        "nl-defensie-contract-fregatten",
        "Werf in Vlissingen bouwt vier fregatten",
        "Contract van 3,2 miljard euro.",
        18.5,
    ),
    (
        "nl-defensie-contract-fregatten",
        "Vlissingen juicht om fregatorder: 'Werk voor tien jaar'",
        "De wethouder van economische zaken spreekt van de grootste opdracht voor de werf sinds de "
        "jaren tachtig.",
        23.5,
    ),
    (
        "nl-defensie-contract-fregatten/ongeval-oefening",
        "Militair gewond bij oefening op de Veluwe",
        "Een soldaat raakte donderdag zwaargewond toen een pantservoertuig kantelde op het "
        "oefenterrein bij Ede, meldt Defensie.",
        88.5,
    ),
    (
        "nl-defensie-contract-fregatten/ongeval-oefening",
        "Pantservoertuig kantelt op de Veluwe, soldaat zwaargewond",
        "Defensie onderzoekt het ongeval.",
        89.0,
    ),
    (
        "nl-kamer-motie-asiel",
        "Tweede Kamer neemt motie voor strengere asielregels aan",
        "Een nipte meerderheid steunde dinsdag het voorstel om gezinshereniging voor erkende "
        "vluchtelingen te beperken tot het kerngezin.",
        43.5,
    ),
    (
        "nl-kamer-motie-asiel",
        "Kamer steunt beperking gezinshereniging",
        "Motie met 76 stemmen aangenomen.",
        44.0,
    ),
    (
        "nl-kamer-motie-asiel",
        "Vluchtelingenwerk: 'Motie breekt gezinnen op'",
        "De organisatie noemt het voorstel in strijd met het Europees recht en roept het kabinet "
        "op het niet uit te voeren.",
        49.5,
    ),
    (
        "nl-burgemeester-noodbevel",
        "Burgemeester Arnhem vaardigt noodbevel uit na rellen",
        "Na een tweede nacht met onrust in de wijk Presikhaaf geldt zaterdag een "
        "samenscholingsverbod, de politie hield 31 mensen aan.",
        125.0,
    ),
    (
        "nl-burgemeester-noodbevel",
        "Noodbevel in Arnhem na tweede onrustige nacht",
        "31 aanhoudingen in Presikhaaf.",
        125.5,
    ),
    (
        "nl-burgemeester-noodbevel",
        "Bewoners Presikhaaf: 'We zijn dit zat'",
        "Op een bijeenkomst in het buurthuis vroegen bewoners de burgemeester om meer jongerenwerk "
        "in plaats van meer politie.",
        132.0,
    ),
    (
        "nl-burgemeester-noodbevel",
        "Noodbevel Arnhem ingetrokken na rustige nacht",
        "De burgemeester heft het samenscholingsverbod zondag op, nadat de politie in de nacht "
        "naar zondag geen incidenten meer meldde in Presikhaaf.",
        145.0,
    ),
    (
        "nl-partijcongres-nieuwe-leider",
        "Partij voor het Noorden kiest Eva Brouwer als lijsttrekker",
        "Op het partijcongres in Zwolle kreeg zij zaterdag 58 procent van de stemmen van de leden.",
        121.5,
    ),
    (
        "nl-partijcongres-nieuwe-leider",
        "Eva Brouwer lijsttrekker Partij voor het Noorden",
        "58 procent van de leden stemt voor haar.",
        122.0,
    ),
    (
        "nl-rechter-verbod-demonstratie",
        "Rechter: gemeente mocht demonstratie bij kazerne niet verbieden",
        "De voorzieningenrechter in Den Bosch bepaalde woensdag dat de demonstratie tegen de "
        "uitbreiding van de vliegbasis bij Volkel donderdag gewoon door mag gaan.",
        58.5,
    ),
    (
        "nl-rechter-verbod-demonstratie",
        "Demonstratie bij Volkel mag toch doorgaan",
        "Voorzieningenrechter vernietigt verbod.",
        59.0,
    ),
    (
        "nl-minister-aftreden-toeslagen",
        "Staatssecretaris Financiën treedt af na kritisch rapport",
        "Bram de Wilde stapte woensdag op nadat de Ombudsman vaststelde dat duizenden ouders te "
        "laat hun compensatie kregen.",
        64.5,
    ),
    (
        "nl-minister-aftreden-toeslagen",
        "De Wilde stapt op als staatssecretaris",
        "Ombudsman kritisch over trage compensatie.",
        65.0,
    ),
    (
        "nl-minister-aftreden-toeslagen",
        "Opvolger De Wilde binnen een dag gevonden",
        "Het kabinet draagt oud-wethouder Yasmina Bakker voor, zij wordt donderdag beëdigd en "
        "belooft de achterstand voor de zomer weg te werken.",
        81.5,
    ),
    (
        "nl-navo-oefening-noordzee",
        "Nederlandse mariniers oefenen met Noorse eenheden",
        "Ruim 600 mariniers vertrokken maandag naar Noorwegen voor een landingsoefening van drie "
        "weken.",
        7.0,
    ),
    (
        "nl-gemeenteraad-herindeling",
        "Gemeenteraad Westerdal stemt in met fusie",
        "De raad stemde vrijdag met 17 tegen 14 voor samenvoeging met twee buurgemeenten per 2028.",
        100.5,
    ),
    (
        "nl-gemeenteraad-herindeling",
        "Westerdal kiest voor fusie met buurgemeenten",
        "Samenvoeging per 2028, raad stemt 17 tegen 14.",
        101.0,
    ),
    (
        "nl-ambassadeur-ontboden-korvath",
        "Buitenlandse Zaken ontbiedt ambassadeur van Korvath",
        "Aanleiding is de arrestatie van een Nederlandse journalist die verslag deed van de "
        "protesten in de hoofdstad van Korvath.",
        34.5,
    ),
    (
        "nl-ambassadeur-ontboden-korvath",
        "Ambassadeur Korvath op het matje na arrestatie journalist",
        "De Nederlander deed verslag van de protesten.",
        35.0,
    ),
    (
        "nl-ambassadeur-ontboden-korvath",
        "Nederlandse journalist na een dag vrijgelaten in Korvath",
        "De verslaggever mag het land verlaten en is woensdag in Schiphol geland, aldus het "
        "ministerie.",
        53.5,
    ),
)

HARD_NEGATIVES: dict[str, tuple[str, ...]] = {
    "a party congress electing a leader and a police search of the same party's offices over "
    "another matter hours later": (
        "en-party-congress-civic-union/raid",
        "de-parteitag-buergerbund/razzia",
        "it-congresso-partito-civico/perquisizione",
    ),
    "a state visit opening in a capital and a bomb alert evacuating another country's embassy in "
    "the same capital hours later": (
        "en-state-visit-veldoria/embassy-evacuated",
        "fr-visite-etat-lisbanie/alerte-ambassade",
        "nl-staatsbezoek-marovia/ambassade-ontruimd",
    ),
    "a parliament passing one bill and a minister of the same government resigning over another "
    "matter hours later": (
        "en-commons-vote-planning-bill/resignation",
        "es-congreso-ley-vivienda/dimision-ministra",
        "pt-assembleia-lei-imigracao/demissao-ministro",
    ),
    "a constitutional court's ruling on one law and the same court striking down another law days "
    "later": (
        "de-verfassungsgericht-wahlrecht/versammlungsgesetz",
        "fr-conseil-constit-securite-locale/censure-loi-logement",
        "ru-konstitucionnyj-sud-vybory/drugoj-zakon",
    ),
    "a defence ministry's warship or helicopter contract signed and an accident on an army "
    "exercise under the same ministry days later": (
        "en-defence-contract-frigates/exercise-accident",
        "it-contratto-difesa-elicotteri/incidente-esercitazione",
        "nl-defensie-contract-fregatten/ongeval-oefening",
    ),
    "sanctions on a country's officials announced and a diplomat of the same country expelled for "
    "spying days later": (
        "de-sanktionen-korvath/ausweisung",
        "fr-sanctions-teldra/expulsion",
        "ru-sankcii-korvat/vysylka-diplomata",
    ),
    "a summit's closing declaration and a crash involving a delegation's car in the same city "
    "hours later": (
        "es-cumbre-iberoamericana-cadiz/accidente-comitiva",
        "pt-cimeira-lisboa-atlantico/acidente-comitiva",
        "ru-sammit-kazan/dtp-korteg",
    ),
    "a by-election or repeat local election won and a postal-vote fraud case over another seat "
    "voted on the same day, days later": (
        "en-by-election-ashcombe/postal-fraud",
        "es-eleccion-municipal-tormes/voto-correo",
        "it-suppletive-collegio-brenta/voti-postali",
    ),
}
