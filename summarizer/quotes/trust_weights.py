"""Weights of the speaker-confidence gate (`trust`): written by
`PYTHONHASHSEED=0 python -m bench.fit_trust`, never by hand.

Logistic regression, L2 penalty 1.0, on bbc 133 (0 wrong), bbc_train 112 (1 wrong), cnndm
100 (2 wrong), polnear 1699 (19 wrong), realpages 766 (1 wrong) examples; the threshold
chosen on pooled out-of-fold probabilities (see `bench.fit_trust`).
"""

BIAS = 5.1135
THRESHOLD = 0.94
WEIGHTS: dict[str, float] = {
    "cue:after": -0.0979,
    "cue:before": 0.2759,
    "cue:colon-para": 0.0238,
    "cue:heading": 0.0072,
    "cue:no-cue": -0.0092,
    "cue:other": -0.2165,
    "cue:sentence-before": 0.0167,
    "flag:after-pronoun": 0.0124,
    "flag:appositive": 0.0202,
    "flag:heading": 0.0022,
    "flag:run-on": 0.0075,
    "gender:agrees": -0.0682,
    "gender:unknown": -0.4354,
    "near-chars": 0.0846,
    "no-mention": -0.0791,
    "quote-words": -0.2416,
    "res:continuation": -0.0092,
    "res:description": -0.0886,
    "res:description-kept": -0.6196,
    "res:name": 0.5128,
    "res:pronoun": -0.0222,
    "res:pronoun-other": 0.0412,
    "res:pronoun-previous": 0.1763,
    "res:role-holder": 0.0091,
    "rivals-between": -0.1659,
    "rivals-in-paragraph": -0.5503,
    "same-as-previous": 0.3911,
    "sentence-ends": -0.1301,
    "who:description": -0.6278,
    "who:one-word": -0.3722,
}
