"""Words around a number that make it something other than the quantity it seems (a
reference, an age, a score, a name, a rate, a rank, a page's furniture), rank it lower, or
bound what it counts (`NOUN_STOP`, `IRREGULAR_PLURALS`, `PART_OF_WORDS`). Data only: `bare`,
`names`, `idioms`, `clues`, `parts`, `verdict`, `dress`, `hits` and the patterns apply them.

Apart from `lexicon` (the words that make figures): these only ever unmake, demote or bound
what the patterns found. "_" stands for a space.
"""

from __future__ import annotations

# A number after one of these is a reference, not a quantity ("page 12", "Seite 4").
REFERENCES = (
    "page pages p. pp. volume vol. chapter section article no. number line room gate platform "
    "highway interstate road § §§ art. para. update patch "
    "route flight version level grade season episode step phase stage paragraph item table "
    "figure fig. exit verse rule clause type category class size model seite band kapitel "
    "artikel nr. страница том "
    # the same in the other languages read ("la ligne 13", "la línea 5", "Linie 7")
    "ligne linea línea linha lijn linie линия линии numéro número numero nummer номер página "
    "pagina capítulo capitolo chapitre hoofdstuk artículo articolo artigo "
    # roads and the kilometre posts along them ("la statale 611 al km 57", "A7 bei km 12")
    "statale provinciale regionale autostrada km carretera autovía autopista rodovia "
    "nationale départementale bundesstraße landstraße rijksweg snelweg трасса шоссе"
)
# Capitalised words before a number that do not make it part of a name ("In 2016", "Only 5").
NAME_OK = (
    "the in by at on of for from to with and but or only just all some about around nearly "
    "almost over under up between since until after before during than when while its their "
    "his her our those these another each every per a an as if so yet then there here where "
    "whom who that der die das den dem des um mit für von vor seit bis und le la les des de du "
    "en et à dans pour avec sur в и на с по до из от за"
)
# Words after a number that are no counted noun ("15 of", "300 were").
NOUN_STOP = (
    "of in on at to for from by with and or but were was are is be been had have has will "
    "would could should can may might did do does the a an this that these those last next ago "
    "earlier later each per than more less who which while when after before into over under "
    "about as only also still already then there their its his her our your my said say says "
    "according compared up down out off without within through across against between among "
    "during since until because "
    "und oder mit von für im auf et ou de des du avec pour y o del con para e em com di tra met "
    "voor van"
)
IRREGULAR_PLURALS = (
    "people children aircraft staff personnel police sheep fish deer cattle men women feet "
    "teeth mice geese crew livestock data media species series offspring spacecraft troops"
)
# Words right before a number that make it someone's age ("aged 40", "dies at 84"; "_" = space).
# Words between "of" and the count a part belongs to: "11 of their past 14 games".
PART_OF_WORDS = "the their his her its our my your past last first next final previous latest"
# Words before a number that make it a name ("day four of the tour", "round two of five") or a
# place in a row ("after the first three of seven one-day matches"): no part of the count
# after it.
PART_NAMES = (
    "day round game stage week chapter part phase leg act episode season number no "
    "first last next final opening"
)
# Words before "N of M X" that make the N members of a group, not a part: "it is one of 200
# ports" tells the 200; "made one of three field goals" is a part.
MEMBER_LEADS = "is was are were be been being as becomes became remains"
AGE_LEADS = (
    "aged age age_of ages_of died_at dies_at dying_at turned turns turning im_alter_von "
    "âgé_de âgée_de âgés_de в_возрасте"
)
# Words in a headline that make a story about a record age: its ages stay key figures.
AGE_RECORD = (
    "oldest youngest centenarian centenarians supercentenarian ältester älteste jüngste doyen "
    "doyenne долгожитель"
)
# Words in a headline that make a story about age ("aged" is no such word: "A man, aged 40,
# ..." only tells who); without a record, only the age the headline gives is key ("her 100th
# birthday": 100, not "her son, aged nine months").
AGE_STORY = "age ages ageing aging birthday " + AGE_RECORD
# Words in a headline that report a death ("Tom Petty dies"): the age the story first gives
# ("He was 66.") is the dead person's, a key figure even where the headline does not give it.
DEATH_HEADLINE = (
    "dies died obituary obit stirbt gestorben meurt décède décédé muere muerto fallece "
    "muore morto morre overleden умер умерла скончался скончалась"
)
# Qualifiers that are also prepositions of place: before a small count in words ("Under two
# lazy ceiling fans, …", "above three shops") they say where, not "fewer/more than".
PLACE_QUALIFIERS = "under over above below"
# Words right after a count that make it a choice from a ranking ("our two most important
# issues", "the three biggest banks"): which ones, not how many of something there are.
SUPERLATIVES = (
    "most least best worst biggest largest greatest highest lowest smallest richest poorest "
    "strongest weakest longest shortest fastest slowest oldest newest latest earliest hardest "
    "toughest closest deadliest busiest"
)
# Words after a number that make a rate ("£950 a month", "3 per person").
RATE_LEADS = "a an per each every pro par"
RATE_UNITS = (
    "year annum month week day hour minute second millisecond night person head capita barrel "
    "tonne kilo kg gram gramme litre share dozen Jahr Monat Tag an mois jour"
)
RATE_NOT_BEFORE = "earlier ago before later after"  # "a year earlier" is a time, no rate
# "a 911 call", "Dean's 911 phone call", "the 999 line"
EMERGENCY_WORDS = "emergency call calls operator dispatcher number phone line tape tapes recording"
EMERGENCY_NUMBERS = frozenset({911.0, 999.0, 112.0})
# Words before a bare number that make it a golfer's round ("shot a 67", "carded a 68", "a
# 9-under 64", "a round of 69"): a score, like a match result.
ROUND_LEADS = "shot shoots shooting carded carding cards card fired firing posted posting"
ROUND_TAILS = ("-under", "-over", "-par", "-round")  # "a 9-under 64", "a third-round 67"
# Words after "a 67" that leave it with nothing counted, as a score is ("needs a 66 to reach the
# weekend", "closed with a 69 and"); "a 14,200 crowd" counts.
SCORE_FOLLOW = "and to in on at with for but was is as before after from or that which"
# Articles before a bare number that make it a score when nothing counted follows ("a 67").
SCORE_ARTICLES = "a an"
# A page's furniture counted: "(Guest writer) 3 comments" ending its line, "the full
# article contains 412 words" (singular nouns; see `idioms.furniture`).
FURNITURE_NOUNS = "comment talkback reply view"
# Currency words that, capitalised after a number other than one, make a name: "50 Cent".
NAMED_MONEY = "cent dollar pound euro penny buck"
# Cricket's formats, named by their length: "the one-day series", "a One-Day International".
GAME_FORMATS = (
    "international internationals series match matches game games cup side squad format "
    "cricket team tournament competition"
)
# Places on a pitch named by their distance: "the 5-yard line", "the six-yard box".
PITCH_UNITS = "yard metre meter"
PITCH_PLACES = "line box area mark"
# "the $64,000 question": a way of speaking (the amount, in dollars, before "question").
QUESTION_AMOUNTS = (64.0, 64_000.0, 64_000_000.0)
# An even chance or an equal split: a way of speaking, no figure ("a fifty-fifty chance", "split
# it fifty-fifty", German "Fifty-fifty-Chance", "шансы пятьдесят на пятьдесят", "50 zu 50";
# lower-case, "_" = a space; every language's page is read with all of them).
EVEN_CHANCE = (
    "fifty-fifty fifty_fifty cinquante-cinquante vijftig-vijftig cincuenta-cincuenta "
    "cinquenta-cinquenta пятьдесят_на_пятьдесят 50_на_50 50_zu_50"
)
# Words after "100%" that make it a way of speaking ("100% sure"), not a share.
INTENSIFIED = "no yes sure certain true right behind committed agree confident not honest correct"
# A gap in a table or a ranking ("two places higher than Hull", "three spots behind
# Leeds"): a difference of ranks, which are no figures (as ordinals are not); a move ("climbed
# three spots") is a change the labels count. Counted nouns (singular) and the words after them.
RANK_UNITS = "place spot position rung notch"
RANK_AFTER = "higher lower above below behind ahead clear adrift better worse"
# Words after a distance that make it a race's name ("the 100m final", "took 400m gold", "the
# 60m hurdles"), and before it ("the men's 800m"): an event, as "Season 6" is a name.
EVENT_AFTER = (
    "final finals title titles gold silver bronze hurdles relay freestyle butterfly backstroke "
    "breaststroke medley champion champions championship heat heats semi-final semi-finals "
    "semifinal semifinals steeplechase medal medals"
)
EVENT_BEFORE = "men's women's boys' girls' mens womens men’s women’s"
# The units (as `meaning.measure` gives them) races are named by ("1500m", "5km").
RACE_UNITS = "m km mile yd"
# Words after a bore in millimetres that make it a gun's calibre ("a 9mm handgun", "5.56mm
# rounds", "a 9 millimeter Glock"): which gun, not a length the story measures (falsefig24).
CALIBRE_AFTER = (
    "handgun handguns pistol pistols gun guns rifle rifles revolver revolvers firearm firearms "
    "weapon weapons carbine carbines shotgun shotguns semi-automatic semiautomatic automatic "
    "round rounds bullet bullets ammunition ammo cartridge cartridges shell shells casing casings "
    "magazine magazines glock beretta luger ruger colt smith sig taurus"
)
# Bores in millimetres that name a calibre on their own ("he had a 9mm."): after "a", "his" or
# "the" and before no noun, the gun itself.
CALIBRE_BORES = "5.45 5.56 7.62 7.65 9 10"
CALIBRE_OWNERS = "a his her their the"
# Words right after "400m" that make the "m" metres however plural they look: who runs a
# distance and its races ("400m runners", "60m indoors", "the 400 m haies", "400 m horden").
RACE_AFTER = (
    "runners sprinters hurdlers swimmers specialists races sprints laps splits indoors outdoors "
    "metres meters haies relais coureurs horden lopers estafettes ostacoli staffette velocisti "
    "vallas relevos corredores hürden läufer staffeln"
)
# Plurals after "200m" that are metres only in a race's words ("the 100m and 200m events",
# "the fastest 400m times"); "60m events a day" elsewhere is a count. The prizes of a race come
# too ("her 100m and 200m crowns", "200m golds", "the 100m and 200m doubles"): a count of 200
# million crowns is as odd as one of events, but a mint's "200m crowns" (coins) can be.
RACE_AFTER_IN_RACE = (
    "events times records runs legs bests crowns golds silvers bronzes doubles trebles"
)
# Words near a number + "m" that tell a race or a distance swum or run: with one in its
# sentence, "the final 200m of the night" and "the fastest 400m of all time" are metres, not
# "200 million of the night".
RACE_CUES = (
    "race races raced racing sprint sprints sprinter sprinters sprinted hurdles hurdler relay "
    "final finals heat heats semi-final freestyle backstroke medley breaststroke butterfly "
    "metres meters run runs ran running runner runners swim swims swam swimming swimmer indoor "
    "indoors outdoor track athletics athlete athletes lap laps bend straight finish seconds "
    "fastest quickest clocked stride strides world_record personal_best season's_best "
    "olympic olympics steeplechase marathon"
)
# Verbs before "two ways" that make it a saying ("the tariff cuts two ways", "it can
# go two ways"), not a count of ways ("two ways to save" counts).
TWO_WAYS_LEADS = "go goes going went gone cut cuts cutting work works working swing swings swung"
# Words after a span of time that make it a point in time, as a date is ("more than a decade
# ago", "14 years after the trial"): true, but seldom the figure a story turns on.
WHEN_WORDS = "ago after before prior later earlier since"
# Words before "two" that make "two X" a pair the story has named already ("the two sides"):
# without one, "two" and a counted noun is a figure (the labels count "her two daughters").
PAIR_TOLD = "the both these those all or"  # "or": "one or two things" is vague
# "Two" in the other languages read, and the words before it that make it a pair already named
# ("les deux camps", "die beiden"): "deux nuits", "dos goles" count as "two kids" does.
TWO_WORDS = "two deux dos zwei due twee dois duas два две"
PAIR_TOLD_OTHER = {
    "fr": "les ces tous",
    "es": "los las estos estas ambos ambas",
    "de": "die diese alle",
    "it": "i gli le questi queste entrambi",
    "nl": "de deze die alle",
    "pt": "os as estes estas",
    "ru": "эти все",
}
# Words after minutes or seconds that make them a point on a game's clock ("with 8 minutes
# left", "25 minutes gone"), and words before them that do ("a goal on 63 minutes").
CLOCK_AFTER = "left gone remaining elapsed played"
CLOCK_BEFORE = "on"
# Words after "N-year" that describe someone ("a 12-year veteran"), as "10-time" does.
DESCRIBING_AFTER = "veteran pro professional"
# Hyphenated measures of a document ("a 40-page memo"): its size, seldom the news.
DOCUMENT_UNITS = "page"
# Words next to a count of people that make it news however small ("eight people were killed",
# "injuring three"): a small number word that counts these keeps its full rank.
HARM_WORDS = (
    "killed kill kills killing dead died die dies injured injuring injure hurt wounded "
    "missing arrested rescued evacuated"
)
# Words around a bare number that make it a count of people killed or hurt: before it "a car bomb
# killed seven", after it "the nine dead", "14 injured" (not "hurt": "the putt on 7 hurt").
VICTIMS_BEFORE = "killed killing kills kill injured injuring injures wounded wounding"
VICTIMS_AFTER = "dead injured wounded missing"
# Counted nouns of someone's family ("married with four children", "his two daughters"): like
# an age, they tell who someone is, so they rank low (as a count's unit is: singular, but
# "grandchildren" stays as written).
KIN = (
    "child kid son daughter sibling brother sister grandchild grandson granddaughter "
    "stepchild stepson stepdaughter wife husband parent grandchildren stepchildren"
)
# Counted nouns that say where words came from or how a story is told, not what happened ("two
# sources said", "three reasons", "two trends in politics"): they rank low, as kin do (a fresh
# editor's reading of 30 real pages' replies, session 19: "two sources", "two trends" shown).
TELLING_NOUNS = "source insider reason trend thing way question lesson idea takeaway"
DIAL_WORDS = "called call calling calls dial dialed dialled dialing dialling"  # "called 911"
# Words before a range of two ages that make it an age bracket ("adults 18-49"), a group's name
# that counts nothing; after "aged" or "ages" (AGE_LEADS) the range is an age ("aged 18 to 34").
BRACKET_LEADS = "adults adult viewers voters women men people demo demographic"
# Words before "under 30" / "over 65" that make it an age bracket ("women over 40").
BRACKET_QUALS = "under over"
# Words before a lower-case "under 14" that make it a team's or a category's name, not "fewer
# than 14": "the under 14 boys", "his under 12 side" (no one writes "the fewer than 14 boys").
AGE_BAND_LEADS = "the a an his her their our its my your this that these those whose"
# Words before "21-58" that make it a win-loss record, not a range ("the side went 21-58").
RECORD_LEADS = "went go goes going gone finished finish"
# Words after "three-point" that make it the name of a shot ("from three-point range").
SHOT_NAMES = "range stripe shot shots shooting line attempt attempts play plays conversion basket"

# Capitalised words after a number that start a clause, never a name ("64m Without a ...").
CLAUSE_OPENERS = "without with within despite although however meanwhile while when if after before"
# Words that end a street name: "1600 Pennsylvania Avenue" is an address, not 1600 of a thing.
STREET_WORDS = (
    "street st avenue ave road rd lane drive boulevard blvd square place way court terrace "
    "highway parkway strasse straße"
)
# Words after a bare pair "N-M" that make it a score in a game under way ("came from 15-6 down",
# "from 0-2 down", "2-0 up"), whatever word leads it.
SCORE_SIDES = "down up"
# "a two-man race", "a three-way contest": how many run says what kind of contest it is, not a
# count the story gives (reading23: "two-man" shown as a key figure). "Nine-man Rovers" and "a
# two-man crew" still count: only these nouns after the hyphened word make it a contest's kind.
CONTEST_SIDES = "man woman person way candidate horse party"
CONTEST_NOUNS = (
    "race races contest contests battle battles fight fights primary primaries election "
    "elections runoff showdown duel matchup match-up"
)
# "a 50-year low", "52-week highs", "a 10-year record high": a record told by how long since it
# last happened, no span of time the story measures (reading23: "50-year" shown).
RECORD_SPANS = "year decade month week day"
RECORD_WORDS = "low lows high highs peak peaks trough troughs"
# The US states' two-letter codes: five digits after one ("New York, NY 10032", "NY, 10032")
# are a ZIP code, no quantity (reading23: a death notice's ZIP code shown as a key figure).
US_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR"
)
# "text WORK to 82623", "Text TRUMP to 88022": the digits a keyword is texted to are an SMS short
# code, no quantity (reading23c: "82623" shown as a key figure). Lower-case verbs before it.
TEXT_VERBS = "text texts texting txt sms"
# "the segment starts about the 7 minute mark", "at the 45-second mark of the video": a point in
# a recording told by the clock time gone, no span the story measures (reading23c: "7 minute"
# shown). Lower-case units before MARK_NOUNS, with a word of a recording or of where to watch
# from (MARK_RECORDING, lower-case stems) close by; a game's "goal at the 30-minute mark", "the
# 10-year mark" and "the $1 billion mark" (thresholds) still count, and so does a length passed
# ("the film stretches past the two-hour mark": MARK_PASSED before "the"; hours are no video's
# time mark).
MARK_UNITS = "second seconds sec secs minute minutes min mins"
MARK_NOUNS = "mark"
MARK_RECORDING = (
    "video clip footage segment recording podcast broadcast livestream stream tape interview "
    "watch start begin skip fast-forward jump rewind"
)
MARK_PASSED = (
    "past passed passes passing beyond over surpassed surpasses crossed crosses topped tops "
    "exceeded exceeds reached reaches hit hits"
)
# Counted nouns (singular, as units are) that name people: one count of at least 20 told again
# in another sentence with another of them is one count ("20 first-graders", "the 20 students"):
# `doubles.one_count`. Roles counted for their own sake (delegates, seats, votes) are left out.
PEOPLE_NOUNS = (
    "person child kid student pupil first-grader second-grader third-grader grader schoolchild "
    "boy girl man woman adult teen teenager youngster resident victim casualty worker employee "
    "staffer civilian passenger patient inmate prisoner migrant immigrant refugee soldier troop "
    "officer firefighter fan spectator visitor tourist classmate survivor hostage"
)
# Between two shares, the join of one split told as a pair ("losing 54 percent to 46 percent",
# "50% vs. 40%"): each key figure's context shows the other, so the pair is shown once (`judge`).
# "and" joins figures of their own ("6.0 rebounds and 2.5 assists"). A dash joins a split too
# (its first share the larger, "80%-10%"; "5%-7%" is one range): `doubles.SPLIT_DASHES`.
SPLIT_JOINS = "to vs vs. versus"
