"""Words for giving a poll share its population (`context_population`): data only.

A share such as "52 percent" counts people of some group; news names the group once ("a poll of
likely voters in Ohio", "28 percent of likely Republican caucusgoers", "among Democrats") and
then gives further shares bare ("while 23 percent favored Mr. Cruz"). These words find the
group and the bare shares that need it. English only: the words that find a slot are English.
"""

from __future__ import annotations

# Plural nouns that name a group of people a poll counts (the head of a population phrase).
POPULATION_HEADS = """voters Republicans Democrats independents respondents Americans adults
caucusgoers caucus-goers supporters women men people residents members Latinos Hispanics
evangelicals conservatives liberals moderates millennials students parents Catholics
Protestants Christians Muslims Jews whites blacks Britons Californians Iowans Floridians
Texans Ohioans Virginians Pennsylvanians Yorkers workers households seniors
veterans youths citizens immigrants Canadians Europeans Germans French Russians"""
# Words a population phrase's modifiers never are ("of whom", "of the vote in"): function
# words, pronouns and verbs, so a match cannot run over a clause.
NOT_MODIFIERS = """a an the and or but nor in of on at to for from by with as than that which who
whom whose what when where while this these those them they their his her its our your my
it he she we you i is are was were be been being has have had do does did will would could
should may might must can said says say told found showed shows show percent per cent
points point vote votes poll polls survey surveys"""
# Words around a share that say a poll or a split of a group is meant: an "of X" after one of
# these (within a few words) names a population, not a thing ("of the vote", "of the budget").
POLL_WORDS = (
    r"poll|polls|polled|polling|survey|surveys|surveyed|percent|per\s?cent|%|majority"
    r"|half|thirds?|quarters?|fifths?"
)
# Verbs (and the relative "who") that open a bare share's predicate when the share is its
# subject ("… favored Mr. Cruz", "… said they would back Trump"): the slot for "of X".
SHARE_VERBS = """said say says support supported supports back backed backs favor favored
favour favoured favors prefer preferred prefers chose choose picked pick opted want wanted
think thought believe believed view viewed approve approved disapprove disapproved oppose
opposed agree agreed disagree disagreed would will were are had have plan planned intend
expect expected consider considered rate rated called described identified see saw trust
trusted like liked dislike disliked feel felt worry worried reported gave voted vote
named remain remained who"""
# Adverbs allowed between a bare share and its verb ("… now believe", "… still support").
SHARE_ADVERBS = "now still also either strongly somewhat currently already only actually"
# A share given by who backs it: "has backing from …", "was chosen by …": the slot after "…".
SUPPORT_LEADS = """backing_from support_from backing_of support_of chosen_by favored_by
backed_by supported_by favorably_by unfavorably_by"""
# Verbs a candidate gets a bare share by, the share their object ("Cruz earned …", "Trump
# received …", "Clinton had …"): the slot for "of X" when the phrase ends there or goes on
# with a word of STANDING_AFTER.
GAIN_VERBS = """earned earns received receives got gets drew draws won wins took takes had has
snagged garnered garners captured captures pulled pulls polled polls scored scores netted
attracted attracts claimed claims"""
# Words that may stand before "in 10" in a population given as a ratio ("nearly four in 10
# likely voters"): the ratio's hedge and its count.
RATIO_WORDS = """nearly almost about roughly some over under around just only barely one two
three four five six seven eight nine"""
# Words before "…" that make the share someone's ("Trump's …", "His … support"): no slot.
OWNING_WORDS = "a an the his her their its our my your"
# Words after "in" that say when, not where ("of Republicans in March"): no place of a group.
WHEN_WORDS = """January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
# Pronouns after a share's "of" that point to an earlier share's people ("62 percent of those
# were ..."): a later bare share counts those too, not the group named before them.
BACK_POINTERS = "those them whom these"
# A candidate's standing given as a bare share ("Ben Carson trails them at …", "Bush was second
# with …"): one of these a few words before "at" or "with" ...
STANDING_WORDS = """lead leads leading led trail trails trailing trailed sits sat stands stood
is was are were second third fourth fifth followed came finished placed"""
# ... and the phrase ends at "…" or goes on with one of these (no noun the share qualifies).
STANDING_AFTER = "and in among while"
# What a share is of before its group ("51 percent of the support of likely voters").
SHARE_OF = "support backing vote votes ballots"
