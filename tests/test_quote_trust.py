"""The learned speaker-confidence gate (`summarizer.quotes.trust`): every credited quote's
features, a logistic model's probability that the speaker is right, and "unattributed" (the
quote kept, `how` ending in "+unsure") under the threshold. The mechanism is tested with a
model set here (one that distrusts people named between a speaker and the quote); the
shipped weights module only for the shape `bench.fit_trust` writes."""

from __future__ import annotations

import inspect

import pytest

from summarizer.quotes import trust, trust_weights
from summarizer.quotes.rank import find_quotes

NAMED = (
    "The council met on Monday.\n\n"
    '"We will build the bridge next year," said Mayor Ana Ruiz, who has led the city since 2019.'
)
# "he" resolved to the mayor, with two other people named between him and the quote
CROWDED_PRONOUN = (
    "Mayor Tom Hale spoke to reporters on Monday about the bridge, which Councillor Ana Ruiz "
    "and Senator Lina Park want built this year.\n\n"
    '"It was a long day, and there will be longer ones before the bridge is built," he said.'
)
CONTINUED = (
    CROWDED_PRONOUN + '\n\n"We start again on Friday, and we will sit in that room until the '
    'bridge has a date and a budget."'
)
# A model that trusts a name in a cue and distrusts rivals between speaker and quote.
STRICT = {"res:name": 2.0, "rivals-between": -4.0, "sentence-ends": -2.0}


@pytest.fixture
def strict_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trust, "WEIGHTS", STRICT)
    monkeypatch.setattr(trust, "BIAS", 2.0)
    monkeypatch.setattr(trust, "THRESHOLD", 0.5)


def _logged(text: str) -> list[tuple[str, dict[str, float]]]:
    log: list = []
    find_quotes(text, trust_log=log)
    return [(who, feats) for _, who, feats in log]


@pytest.mark.usefixtures("strict_gate")
def test_a_name_in_a_cue_next_to_the_quote_stays() -> None:
    (q,) = find_quotes(NAMED)
    assert q.speaker == "Ana Ruiz"
    assert q.how == "after:verb-first/name"
    ((who, feats),) = _logged(NAMED)
    assert who == "Ana Ruiz"
    assert feats["rivals-between"] == 0.0 and feats["sentence-ends"] == 0.0


@pytest.mark.usefixtures("strict_gate")
def test_a_pronoun_resolved_past_other_people_becomes_unattributed() -> None:
    (q,) = find_quotes(CROWDED_PRONOUN)
    assert q.speaker is None
    assert q.text.startswith("It was a long day")  # the quote stays
    assert q.how == "after:name-first/pronoun:antecedent" + trust.UNSURE
    ((who, feats),) = _logged(CROWDED_PRONOUN)
    assert who == "Tom Hale"  # the speaker the gate turned down, for the bench
    assert feats["rivals-between"] > 0 and feats["gender:agrees"] == 1.0


@pytest.mark.usefixtures("strict_gate")
def test_a_quote_going_on_from_a_dropped_one_goes_unattributed_too() -> None:
    """The next paragraph's quote with no cue goes on from the one before; with that one's
    name dropped, printing it on the second would say what the gate would not."""
    first, second = find_quotes(CONTINUED)
    assert first.speaker is None and second.speaker is None
    assert second.how == "no-cue/continuation" + trust.UNSURE


def test_features_tell_near_from_far() -> None:
    ((_, near),) = _logged(NAMED)
    ((_, far),) = _logged(CROWDED_PRONOUN)
    assert near["res:name"] == 1.0 and far["res:pronoun"] == 1.0
    assert far["near-chars"] > near["near-chars"]
    assert far["rivals-between"] > near["rivals-between"]
    for feats in (near, far):
        assert all(0.0 <= v <= 1.0 for v in feats.values())


def test_the_weights_module_is_the_fit_script_s_shape() -> None:
    """`bench.fit_trust` writes a bias, a threshold in [0, 1) and one weight per feature
    name `trust.features` can give, sorted; at threshold 0.0 the gate is off."""
    source = inspect.getsource(trust_weights)
    assert "python -m bench.fit_trust" in source
    assert 0.0 <= trust_weights.THRESHOLD < 1.0
    assert trust.gated() is (trust_weights.THRESHOLD > 0.0)
    names = list(trust_weights.WEIGHTS)
    assert names == sorted(names)
    known = {f"cue:{g}" for g in (*trust.CUE_GROUPS.values(), "other", "run-on")}
    known |= {f"res:{g}" for g in (*trust.RESOLUTION_GROUPS.values(), "other")}
    known |= {"res:pronoun-other", "res:description"}
    known |= {f"flag:{f[1:]}" for f in trust.FLAGS}
    known |= {"who:one-word", "who:description", "same-as-previous", "language:other"}
    known |= {f"gender:{g}" for g in ("agrees", "conflicts", "unknown")}
    known |= {"no-mention", "near-chars", "sentence-ends", "rivals-between"}
    known |= {"rivals-in-paragraph", "quote-words"}
    assert {"res:name", "rivals-between", "near-chars"} <= set(names) <= known
    for text in (NAMED, CROWDED_PRONOUN):
        for _, feats in _logged(text):
            assert set(feats) <= known


def test_the_shipped_gate_keeps_the_seed_s_speakers() -> None:
    text = (
        "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran.\n\n"
        '"Our two countries will keep working together on energy," Putin said.\n\n'
        '"We have a shared view of the region," Rouhani told reporters.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Vladimir Putin", "Hassan Rouhani"]


def test_the_shipped_gate_drops_a_bare_description_among_named_people() -> None:
    """What the fitted gate learnt (the kind of speaker wrong most often in the training
    data): a kept description ("an official") right after a paragraph naming two people."""
    crowded = (
        "Mayor Tom Hale met Councillor Ana Ruiz for talks on the new bridge. "
        '"Nobody moved an inch, and nobody will move before the election," an official said.'
    )
    (q,) = find_quotes(crowded)
    assert q.speaker is None
    assert q.how == "after:name-first/description:kept" + trust.UNSURE
