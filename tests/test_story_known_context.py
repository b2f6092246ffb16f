"""The stories a chat had lately, in today's digest (session 11): they count in how rare a word
is when a digest's copies are weighed (`stories.group`'s `context`, bot.digest.story_score's
`BatchEvidence`), and a copy told in other words hours after a story the chat had is a repeat
(`KnownStories.repeats`: the weighed evidence with the time credit, REPEAT_LINK), both through
`planning.decide` as the bot plans a digest. Texts written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest import planning
from bot.digest.build import Candidate, DigestOptions, fingerprint_of
from bot.digest.stories import Fingerprint, KnownStories, fingerprint, group
from tests.story_filler import OTHER_NEWS

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)

# Yesterday's digest: a bus crash near Pellow, three copies.
BUS = [
    ("Nine hurt as lorry hits bus on A31 near Pellow",
     "A lorry hit the back of a bus on the A31 near Pellow early on Monday; nine people went to "
     "hospital."),
    ("A31 shut after bus crash at Pellow", "Nine injured when a lorry struck a bus on the A31."),
    ("Bus passengers describe A31 crash",
     "Passengers on the bus hit near Pellow told of being thrown from their seats."),
]  # fmt: skip
# Today: a car crash on the same road (two copies) and the bus crash's follow-up, whose common
# words ("crash", "driver", "Monday", "A31") look rare in a small batch without yesterday's.
CAR = (
    "Man dies as car overturns on A31 near Ostby",
    "A car driver died when his vehicle left the A31 near Ostby late on Monday morning, hours "
    "after a separate bus crash further north.",
)
CAR_COPY = ("Fatal crash: A31 shut at Ostby", "One man has died after a car overturned near Ostby.")
ARREST = (
    "Lorry driver arrested after A31 Pellow bus collision",
    "Police said a man from Kelby was held on suspicion of dangerous driving after Monday's crash "
    "on the A31 that left nine people injured.",
)

# A harbour wall the chat had, and a copy told in other words: the sum and the town in common.
WALL = (
    "Kelby council approves £4.2m harbour wall",
    "Councillors in Kelby voted to build a new harbour wall costing £4.2m to shield the quay.",
)
WALL_LATER = (
    "Storm defences for Kelby quay get the go-ahead",
    "The £4.2m barrier will protect Kelby's fishing boats from winter gales, officials said.",
)
ANOTHER_WALL = (  # a headline announcing another event of a kind: never a repeat by weight
    "Another storm barrier for Kelby quay",
    "The £4.2m barrier will protect Kelby's fishing boats from winter gales, officials said.",
)


def fp(story: tuple[str, str], source: str, hours: float, dated: bool = True) -> Fingerprint:
    when = NOW + timedelta(hours=hours)
    return fingerprint(story[0], story[1], when, "en", source, dated=dated)


def cand(n: int, story: tuple[str, str], feed: str, hours: float, dated: bool = True) -> Candidate:
    when = NOW + timedelta(hours=hours)
    return Candidate(n, f"{feed}.example/{n}", story[0], f"https://{feed}.example/{n}", feed,
                     story[1], when if dated else None, when, feed_id=n)  # fmt: skip


def marks(stories: list[tuple[str, str]], hours: float) -> list[tuple[str, datetime]]:
    """Story marks as the bot stores them: the fingerprint's text and its item's time."""
    out = []
    for n, story in enumerate(stories):
        known = fingerprint_of(cand(100 + n, story, f"old{n}", hours + n / 2))
        out.append((known.text(), known.when))
    return out


def decide(candidates: list[Candidate], known: list[tuple[str, datetime]]) -> planning.DigestPlan:
    options = DigestOptions(max_items=20)
    return planning.decide(candidates, [], {}, known, "en", NOW + timedelta(days=1), options)


def today() -> list[Candidate]:
    crashes = [cand(1, CAR, "ostby", 12.5), cand(2, CAR_COPY, "roads", 13.4)]
    crashes.append(cand(3, ARREST, "police", 20.0))
    return crashes + [cand(10 + n, s, "town", 15.0) for n, s in enumerate(OTHER_NEWS)]


def test_yesterdays_story_counts_in_how_rare_a_word_is() -> None:
    """In a small batch the follow-up's common words look rare and link it to the other crash;
    counted with yesterday's copies, they are the bus crash's words, not a story's own."""
    batch = [fp(CAR, "Ostby", 12.5), fp(CAR_COPY, "Roads", 13.4), fp(ARREST, "Police", 20.0)]
    batch += [fp(story, "Town", 15.0) for story in OTHER_NEWS]
    known = [fp(story, f"Old {n}", n / 2) for n, story in enumerate(BUS)]
    assert [0, 1, 2] in group(batch)  # what the digest did without them
    assert [0, 1] in group(batch, context=known)


def test_a_digest_plan_weighs_words_against_the_stories_the_chat_had() -> None:
    """`planning.decide` hands the chat's story marks to the grouping: the follow-up of
    yesterday's bus crash is its own entry, not an "also" of today's car crash."""
    plan = decide(today(), marks(BUS, 0.0))
    titles = [[c.title for c in (story.lead, *story.items)] for story in plan.shown]
    car = next(t for t in titles if CAR[0] in t or CAR_COPY[0] in t)
    assert ARREST[0] not in car
    assert any(t and t[0] == ARREST[0] for t in titles)


def test_a_copy_told_in_other_words_hours_later_is_a_repeat() -> None:
    """Words alone miss it (`same_story`); the sum, the town and three hours between the two
    publications make it the story the chat had, so it is consumed without a message."""
    filler = [cand(10 + n, s, "town", 3.0) for n, s in enumerate(OTHER_NEWS[4:])]
    plan = decide([cand(1, WALL_LATER, "quay", 3.0), *filler], marks([WALL], 0.0))
    assert [c.title for c in plan.repeats] == [WALL_LATER[0]]
    assert WALL_LATER[0] not in [story.lead.title for story in plan.shown]


def test_a_repeat_by_weight_needs_publication_times_close_together() -> None:
    """An item without its own date (the time it was seen) or published two days later gets no
    time credit, and the words alone are too few: shown, not hidden."""
    known = [fp(WALL, "Harbour", 0.0), *(fp(s, "Town", -2.0) for s in OTHER_NEWS[:4])]
    filler = [fp(s, "Town", 3.0) for s in OTHER_NEWS[4:]]
    assert KnownStories(known).repeats([fp(WALL_LATER, "Quay", 3.0), *filler])[0]
    undated = [fp(WALL_LATER, "Quay", 3.0, dated=False), *filler]
    assert not KnownStories(known).repeats(undated)[0]
    assert not KnownStories(known).repeats([fp(WALL_LATER, "Quay", 40.0), *filler])[0]


def test_another_event_of_a_kind_is_no_repeat() -> None:
    """A headline announcing another barrier weighs as much as the copy, but a repeat is never
    shown: "another", "also", "a second" keep it in the digest."""
    known = [fp(WALL, "Harbour", 0.0), *(fp(s, "Town", -2.0) for s in OTHER_NEWS[:4])]
    filler = [fp(s, "Town", 3.0) for s in OTHER_NEWS[4:]]
    later = KnownStories(known).repeats([fp(WALL_LATER, "Quay", 3.0), *filler])
    another = KnownStories(known).repeats([fp(ANOTHER_WALL, "Quay", 3.0), *filler])
    assert later[0] and not another[0]
