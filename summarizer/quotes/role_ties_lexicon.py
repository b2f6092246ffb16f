"""Words for `role_ties` (data only): title abbreviations that stand for a role, and roles one
person often holds under either word."""

from __future__ import annotations

# "Sen. Ted Cruz" is a senator, "Gov. Jo Lee" a governor.
ROLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator", "gov": "governor", "rep": "congressman", "pres": "president",
    "gen": "general", "sec": "secretary", "atty": "attorney", "amb": "ambassador",
}  # fmt: skip
# Roles that name the same standing: a text that calls someone one of them may later call them
# by another ("the nominee" for "candidate Jo Lee"; "the congresswoman" for "Rep. Ann Ray").
ROLE_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"candidate", "nominee", "frontrunner", "front-runner", "hopeful", "contender"}),
    frozenset({"congressman", "congresswoman", "representative", "lawmaker", "legislator"}),
    frozenset({"senator", "lawmaker", "legislator"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"chairman", "chairwoman", "chair"}),
    frozenset({"lawyer", "attorney"}),
    frozenset({"adviser", "advisor", "aide", "strategist"}),
)
# Heads a description names a standing by that one person holds at a time in a story, so the
# text must have given it to the person it credits: an office or a place in a race.
TIED_HEADS = frozenset({
    "candidate", "nominee", "frontrunner", "front-runner", "hopeful", "contender", "mayor",
    "senator", "governor", "congressman", "congresswoman", "representative", "secretary",
    "chancellor", "ambassador", "sheriff", "judge", "prosecutor", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "treasurer", "premier", "president",
})  # fmt: skip
# Words before a role inside a description that do not change it: "the former senator".
ROLE_MODIFIERS = frozenset({"former", "then", "ex", "outgoing", "incoming", "presumptive"})
