"""Context phrases (helper figctx24c, issue #18): a poll share a candidate got ("Deane
earned …") and one whose group is written "N in 10 X" get their group; a "respectively" list
gets its names; a participle after the sentence's opening clause gets that clause; a tail no
longer stops on an open phrase ("in an effort", "to weaken", "a possible", "like | her"); a
concessive "Though" goes; an opening time phrase passes further adjuncts and a subject cut at
its commas for its clause. Texts written for these tests."""

from __future__ import annotations

import pytest

from summarizer.figures.judge import find_figures


def _context(text: str, figure: str) -> str:
    return next(f.context for f in find_figures(text, "en") if f.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (  # the share as the object of "earned", the group written as a ratio earlier
            "Mayor Ana Ruiz won the backing of nearly six in 10 likely voters — 58 percent — "
            "while her rival Paul Deane earned 31 percent.",
            "31 percent",
            "her rival Paul Deane earned … of likely voters",
        ),
        (  # the share as the object of "took", the group in the poll's sentence before
            "A Harbour Poll found the mayor ahead among registered voters in Marlow. Deane "
            "trailed with 38 percent, and Ling took 9 percent.",
            "9 percent",
            "Deane trailed with 38 percent, and Ling took … of registered voters in Marlow",
        ),
        (  # a "respectively" list: the names before its comma
            "A city poll puts Ruiz first with 40 percent support, followed by council members "
            "Ada Stone and Tom Bell, 12 and 7 percent respectively.",
            "7 percent",
            "Ada Stone and Tom Bell, 12 and … respectively",
        ),
        (  # a participle after the opening clause: its subject is that clause's
            "The harbour's trade boomed, averaging nearly 9 percent growth a year for the "
            "last decade, one of the best records on the coast.",
            "nearly 9 percent",
            "The harbour's trade boomed, averaging … growth a year for the last decade",
        ),
        (  # a noun that wants its infinitive: the infinitive comes along
            "The party will propose spending $4 million a year in an effort to clean the old "
            "harbour by 2030, according to an official who asked not to be named.",
            "$4 million a year",
            "The party will propose spending … in an effort to clean the old harbour",
        ),
        (  # an infinitive whose object a second verb shares
            "The council is close to taking a large slice out of the harbour plan, after more "
            "than six years of mostly failed bids by the mayor's rivals to weaken or repeal "
            "the plan.",
            "more than six years",
            "… of mostly failed bids by the mayor's rivals to weaken or repeal the plan",
        ),
        (  # an adjective before an "-ing" noun is no participle's object
            "But while this gloom in the city seems to have reached a new low, the last three "
            "months have marked the start of a possible reckoning within the council.",
            "three months",
            "the last … have marked the start of a possible reckoning",
        ),
        (  # a verb's object "her" at the sentence's end is no dangling possessive
            "The singer's tour is hurting her image, with a full 56 percent of fans saying "
            "they don't like her.",
            "56 percent",
            "with a full … of fans saying they don't like her",
        ),
        (  # a concessive clause stands alone
            "Though Marlow has fewer than 40,000 residents, both parties still held rallies "
            "in its old market hall last week.",
            "fewer than 40,000 residents",
            "Marlow has …",
        ),
        (  # an opening time phrase, a second adjunct, then a subject cut at its commas
            "Over the past three weeks, at long evening meetings, Ruiz, Stone and the town "
            "clerk have been drafting the new budget.",
            "three weeks",
            "Over the past … Ruiz, Stone and the town clerk have been drafting the new budget",
        ),
    ],
)
def test_context_phrase(text: str, figure: str, expected: str) -> None:
    assert _context(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (  # guard: a share that goes on with a noun is no candidate's share
            "Among registered voters, Ruiz won support from many groups; the council had 12 "
            "percent turnover last year.",
            "12 percent",
            "the council had … turnover last year",
        ),
        (  # guard: a participle after "a system where ...": the participle is the noun's
            "He said the old rules had built a system where a single parent, working 20 "
            "hours and earning £90 a week, would lose money by working more.",
            "£90 a week",
            "working 20 hours and earning …",
        ),
        (  # guard: "her" before a noun is a possessive the cut left: it goes
            "The chef has been posting cooking videos for six years now, having started her "
            "channel in a small flat in Leeds with borrowed pans.",
            "six years",
            "The chef has been posting cooking videos for … now",
        ),
    ],
)
def test_guards(text: str, figure: str, expected: str) -> None:
    assert _context(text, figure) == expected
