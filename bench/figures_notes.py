"""Notes that `python -m bench.figures` writes into docs/quality.md after its tables: readings
by eye and numbers from other benchmarks' runs, written by hand so the section keeps them."""

# Key-figure ranking on the real pages: numbers from `python -m bench.realpages --dev-only`,
# written by hand (that benchmark writes its own section) so this section keeps them.
RANKING_NOTE = (
    "Key-figure ranking, #18 fourth pass (2026-12-06), read on dev real pages only "
    "(`python -m bench.realpages --dev-only --errors 40`, 49 dev pages with figures labelled, "
    "107 key figures; in-sample, as these pages were read while choosing the rules): a figure "
    "told twice ('$250,000' ... '$250k', '2-hour' ... '2 hours') is one figure, shown at its "
    "first mention, and two counts of the same size ('three counts', 'three victories') are "
    "two; counts of someone's family ('married with four children') and spans of time that "
    "date something ('14 years after ...', '... ago') rank low; a small count of people "
    "killed or hurt ('Eight people were killed') keeps its rank; a headline's '3 Years' names "
    "'three years' in the text. Key picks: 79 before and after; on a labelled key figure "
    "0.696 -> 0.734, labelled key figures picked 0.514 -> 0.542 (targets 0.95 / 0.90 are "
    "not met: with 4 picks a page at most 0.860 can be picked, and the labels make many "
    "repeated or biographical counts non-key). The held-out pages were not read; the lead "
    "runs them."
)

# A by-eye reading, not a script's output: kept here so the section keeps it when rewritten.
CONTEXT_READING = (
    "Context phrases, read by eye (issue #18). Criterion: the phrase, from the figure's own "
    "sentence, lets a reader tell what the figure counts or is about, reads as a phrase (no "
    "cut inside one: 'in his eight'), and does not run into another sentence; '…' marks where "
    "the figure stands. First reading (2026-12-06, before this pass): one key figure from each "
    "of 50 random CNN/DM sample articles (seed 2026): 31 of 50. This pass (2026-12-06): "
    "(1) the first 50 key figures, in page order, of the dev real pages "
    "(`bench/labels/realpages.jsonl`, dev split only): 43 of 50, in-sample (the rules were "
    "written while reading these pages); 1 page sentence names nothing ('It's only …'), so no "
    "phrase; 6 misses: 2 from damaged page text (a lost apostrophe read as '???', a sentence "
    "split there), 1 from a page's stray dash ('go head – to-head'), 3 that say too little "
    "('TVLine has confirmed that …', 'with the arrival of …', a possessive alone). (2) A "
    "fresh check, not read while tuning: one key figure from each of 50 random CNN/DM sample "
    "articles, seed 13 in `random.Random` order: 45 of 50; misses: 4 captions or lines the "
    "page ran into the next sentence without a full stop (dm-test-1d448f20…, the caption "
    "ending near char 177 runs into the next sentence), 1 product listing ('SPF 30 … for "
    "80ml'). Seed 11 gave 48 of 50, but one "
    "rule (a relative clause names its noun: 'India, where … were also killed') was added "
    "after reading it. Target 45 of 50: met on the fresh sample, not on the in-sample dev "
    "one; the phrase is still the figure's clause cut at phrase ends, not a parsed noun "
    "phrase."
)

# Session 9 (issue #18): read from the runs named in it, written by hand (`bench.realpages` writes
# its own section, and the held-out pages may be run only once).
SESSION_9 = """### Session 9: key figures on the round-3 dev pages (2026-12-06)

Read on the round-3 dev pages (never tuned on before) and, less, the older dev pages: key
figures not found, picks that are no figure, picks that are figures but not key; dev errors
only. Every rule has a test on a text written for it (`tests/test_figures_pages.py`).

- Found now: counts named with a capital ("2.6 million Finns", "12 Danish anglers", "1.2 million
  Swiss Germans"; without a scale only when a lower-case plural ends the name, so "she was 17
  Police arrived ..." on a page that lost its full stop stays no count); a number word through a
  name to its noun ("five Davis Cup campaigns"; "eight Champions League goals" counts goals);
  "four of his players"; a bare number after "killed" or before "dead"/"injured" counts people
  ("a car bomb killed seven"); "a one-year deal"; "Moreno was 41" (after a name, "he" or "she")
  is an age. (Examples here and in the code are written for it, in the pages' shapes.)
- No figures now: page time stamps ("By NAME 4 days ago" ending its line, "2 hours, 15 minutes
  ago BERLIN -" before a dateline), "(Guest writer) 3 comments" ending its line, "the full
  article contains 412 words", ratings ("2 1/2 out of 5 stars"), a golfer's round ("shot a 66",
  "a 7-under 65", "a round of 71"), a currency word as a name ("50 Cent"), a per cent sign glued
  to a title ("'100%Lyon'"), a video player's "Loaded : 0%", an address after a two-word name
  ("1420 Maple Grove Road"), "a couple of" (the labels never count it).
- Ranking: an amount given again in another currency in brackets ("$12,000 (€9,900)") is not
  shown again; vague amounts ("dozens of", "millions of") rank below counted ones and are valued
  at their scale ("dozens" = 12, "thousands" = 1,000: what the quantity benchmark reads); small
  number words lose less (penalty 1.5 -> 0.5: the labels make many such counts key), "the two
  crews" (told again) and figures inside a quotation rank a little lower. "more than a decade"
  keeps its qualifier.

Same run (`python -m bench.realpages --dev-only --labels FILE`, FILE holding one round's dev
lines; the session's starting code, bb420d8, in a worktree, against this tree; same
labels). Figures: precision / recall / recall of key; key picks: number, on a labelled figure /
on a labelled key figure / labelled key figures picked.

| dev pages | code | figures P / R / key R | picks | on a figure / key figure / key picked |
|---|---|---|---:|---|
| rounds 1-2 (49) | start | 0.686 / 0.826 / 0.925 | 79 | 0.975 / 0.734 / 0.542 |
| rounds 1-2 | now | 0.697 / 0.837 / 0.944 | 97 | 0.979 / 0.701 / 0.636 |
| round 3 (68) | start | 0.889 / 0.787 / 0.883 | 167 | 0.940 / 0.515 / 0.593 |
| round 3 | now | 0.944 / 0.815 / 0.952 | 179 | 0.989 / 0.615 / 0.759 |
| round 4 (34) | start | 0.863 / 0.675 / 0.922 | 67 | 1.000 / 0.657 / 0.571 |
| round 4 | now | 0.874 / 0.684 / 0.948 | 86 | 1.000 / 0.616 / 0.688 |

Rounds 1-2 were read in earlier sessions and round 3 in this one: both in-sample. Round 4 was
labelled during the session (committed 08:16 UTC); its errors were not read, so its dev rows
are a fresh check, as the held-out pages are.

Held-out, run once at the end (`python -m bench.realpages`, 08:18 UTC, aggregates only, no
held-out error read). The older held-out pages (rounds 1-3, 61 pages, 144 key figures: the
"heldout" row less "heldout, round 4") against the session-8 table (06:52 UTC, the code this
session started from, same labels): figure precision 0.765 -> 0.765, recall 0.766 -> 0.778,
recall of key 0.840 -> 0.847; key picks 140 -> 160, on a labelled figure 0.879 -> 0.900, on a
labelled key figure 0.543 -> 0.544, labelled key figures picked 0.528 -> 0.604. "heldout, round
3": recall of key 0.874 -> 0.885, picks on a figure 0.940 -> 0.947, on a key figure 0.571 ->
0.568, key figures picked 0.552 -> 0.621. "heldout, round 4" (22 pages, first run with this code;
no before): precision 0.833, recall 0.824, recall of key 0.883; picks 61, on a figure 0.984, on
a key figure 0.590, key figures picked 0.600.

The target read both ways, held-out: (a) picks that are real figures 0.923 (all held-out rows;
0.900 old, 0.984 round 4) against 0.95, and key figures found at all 0.858 (0.847 old, 0.883
round 4) against 0.90: both close, neither met; on dev, in-sample, 0.989 and 0.948. (b) picks
on a labelled key figure 0.557 against 0.95 and labelled key figures picked 0.603 against 0.90:
far off. Picks grew (more small counts shown), so more key figures are picked at the same
precision; with 4 picks a page and the labels' up to 6 key figures, (b) cannot reach its
target, and the labels disagree with themselves on sports statistics and on conversions (an
older dev page marks the dollar and pound conversions of a sum in euros key, the round-3 pages
mark such conversions not key).

Quantity set (`python -m bench.quantities`, both trees, same run; no held-out part: in-sample):
value F1 0.921 -> 0.925, value+unit F1 0.837 -> 0.871 (target 0.86 met in-sample only).
Speed (`python -m bench.figures --no-write`, both trees): key_figures 0.027 -> 0.029 ms per
CNN/DM sentence (budget 0.2 ms). The seed still gives `more than 500 years`, `at least 15
documents` and `70 per cent` (tests/test_figures.py). After the held-out run only comments
and examples in the code changed (dev pages and quantity set re-run: the same numbers)."""

SESSION_9_SECOND = """### Session 9, second pass: key figures on the round-4 dev pages (2026-12-06)

Read on the 34 round-4 dev pages with figures (never read before: fresh until this pass, now
in-sample) with a listing of (i) labelled key figures not found at all, (ii) key picks that are
no figure, (iii) key picks that are figures but not key and the key figures left out; some
rules were then checked against the older dev pages' misses. Dev errors only; held-out pages
run once, as aggregates. Every rule has a test on a text written for it
(`tests/test_figures_round4.py`, 61 tests; 40 fail on the code this pass started from, the
other 21 are guards).

- Found now: hyphenated counts and margins, number words too ("a one-film deal", "a
  one-stroke lead", "a two-goal cushion", "a 97-run win", "Nine-man Rovers", "a two-time
  winner"; "one-time" and "one-man" stay ways of speaking, "one-day-at-a-time" a saying);
  "45-second", "8-speed", "18-hole", "a 30-footer", "2.4-GHz", "7-nanometre" and "5nm"; race
  times ("1'41.6" = 101.6 seconds) and seconds without their zero (".2 seconds"); "five and a
  half inches" (5.5); ranges joined by "-to-" ("a three-to-seven-year term"); a span of time
  after a capitalised word ("near Dundee 9 years ago", "Now 30 years after": no name); "two"
  and a counted noun ("her two daughters", "two masked raiders"; "the two sides", "both two",
  "one or two" stay prose, as the issue's seed requires). (Examples here and in the code are
  written for this note, in the pages' shapes.)
- No figures now: "an hour and a half" is no "a half" of its own; golfers' "rounds of 67"; a
  record ("the side went 21-58"); "three stars out of five"; an age bracket with a qualifier
  ("women over 40"); "from three-point range" (a shot's name; "a three-point lead" stays); a
  list marker after a run of spaces where the page lost its line break. Guards for the new
  rules: a byline's stamp mid-line ("By NAME 6 hours ago Text") stays no figure now that a
  span of time after a capital is no name, and money before a hyphen stays money ("a
  £30m-man").
- Ranking: a mark on a game's clock ("on 63 minutes", "with 8 minutes left"), "a 12-year
  veteran", a document's length ("a 40-page memo") and "nine other riders" rank 1.0 lower;
  "over a decade" ranks as a vague amount (it was picked on a page as if counted); "two" and a
  noun said once ranks 1.5 lower, so the new "two" figures seldom take a key slot (1.5 chosen
  over 1.0 on dev: one fewer pick that is no figure).

Same run, dev pages (`python -m bench.realpages --dev-only --labels FILE`, FILE holding one
round's dev lines; the code this pass started from, a6ae311, in a worktree, against this tree;
all dev rows in-sample now). Figures: precision / recall / recall of key; key picks: number,
on a labelled figure / on a labelled key figure / labelled key figures picked.

| dev pages | code | figures P / R / key R | picks | on a figure / key figure / key picked |
|---|---|---|---:|---|
| rounds 1-2 (49) | start | 0.697 / 0.837 / 0.944 | 97 | 0.979 / 0.701 / 0.636 |
| rounds 1-2 | now | 0.709 / 0.904 / 0.972 | 98 | 0.969 / 0.704 / 0.645 |
| round 3 (68) | start | 0.944 / 0.815 / 0.952 | 179 | 0.989 / 0.615 / 0.759 |
| round 3 | now | 0.947 / 0.865 / 0.959 | 178 | 0.989 / 0.618 / 0.759 |
| round 4 (34, read in this pass) | start | 0.874 / 0.684 / 0.948 | 86 | 1.000 / 0.616 / 0.688 |
| round 4 | now | 0.930 / 0.801 / 0.987 | 83 | 1.000 / 0.675 / 0.727 |
| all dev (151) | start | 0.842 / 0.791 / 0.948 | 362 | 0.989 / 0.638 / 0.702 |
| all dev | now | 0.858 / 0.862 / 0.970 | 359 | 0.986 / 0.655 / 0.714 |

Held-out, run once at the end (`python -m bench.realpages`, 08:53 UTC, aggregates only, no
held-out error read; no code changed after it), against the 08:35 table (the code this pass
started from, same labels):

| held-out rows | figures P / R / key R | picks | on a figure / key figure / key picked |
|---|---|---:|---|
| heldout (83 pages), before | 0.784 / 0.790 / 0.858 | 221 | 0.923 / 0.557 / 0.603 |
| heldout, now | 0.786 / 0.823 / 0.887 | 223 | 0.919 / 0.552 / 0.603 |
| heldout, round 2 (8), before | 0.804 / 0.634 / 0.909 | 21 | 0.857 / 0.714 / 0.682 |
| heldout, round 2, now | 0.793 / 0.648 / 0.955 | 21 | 0.857 / 0.714 / 0.682 |
| heldout, round 3 (32), before | 0.850 / 0.824 / 0.885 | 95 | 0.947 / 0.568 / 0.621 |
| heldout, round 3, now | 0.850 / 0.844 / 0.908 | 97 | 0.948 / 0.557 / 0.621 |
| heldout, round 4 (22), before | 0.833 / 0.824 / 0.883 | 61 | 0.984 / 0.590 / 0.600 |
| heldout, round 4, now | 0.841 / 0.871 / 0.883 | 60 | 0.983 / 0.600 / 0.600 |

The target read both ways, held-out: (a) key figures found at all 0.858 -> 0.887 (target
0.90: closer, not met) and picks that are real figures 0.923 -> 0.919 (target 0.95: not met;
two more picks, one of them no figure); (b) picks on a labelled key figure 0.557 -> 0.552 and
labelled key figures picked 0.603 -> 0.603 (targets 0.95 / 0.90: far off, unchanged). What
transferred is finding figures (recall +0.03 on held-out, +0.05 on round 4); the ranking
rules moved dev key picks a little (in-sample) and held-out key picks not at all.

Quantity set (`python -m bench.quantities`, both trees, same run; no held-out part,
in-sample): value F1 0.925 -> 0.927, value+unit F1 0.871 -> 0.872. Own labelled set
(`python -m bench.figures --no-write`, both trees): labelled 1.000 -> 1.000; held-out
precision 0.979 -> 0.958 (one figure more: "two tower blocks", which that set's policy of
2026-12-05 leaves out as a determiner and the real-page labels would count). Speed: 0.031 ->
0.030 ms per CNN/DM sentence (budget 0.2 ms). On the 250 CNN/DM articles `find_figures` gives
65 figures more and 20 fewer (most new ones "two" and a noun, hyphenated counts, "N and a
half"; gone: "aged over N" brackets, golfers' rounds). The seed still gives `more than
500 years`, `at least 15 documents` and `70 per cent` (tests/test_figures.py). After the
held-out run only comments, code examples, test texts and this note changed (dev rows and the
quantity set re-run: the same numbers)."""

SESSION_9_THIRD = """### Session 9, third pass: pick precision on the round-5 dev pages (2026-12-06)

Aim: a number shown as a key figure is a figure a labeller marks. Read on the dev pages only,
with a listing of every key pick on no labelled figure (11 of 440 dev picks: 6 of 81 on the
round-5 dev pages, fresh until this pass, now in-sample) and of the unlabelled figures that
score high enough to be picked. Every rule has a test on a text written for it
(`tests/test_figures_picks.py`, 36 tests; 19 fail on the code this pass started from, the
other 17 are guards).

- A part and its whole are one figure (new `summarizer/figures/pairs.py`): "19 of 31 passes",
  "12 of its last 15 matches", "only 8 of the 40 stations" (value: the whole, 31; the labels
  give "two of the N X" the value N), and a choice of two is a range ("three or four putts",
  "20 or 25 workers", "six and seven riders"). Before, the whole alone ("31 passes") was read
  and picked, and missed the labelled span. Not joined: members of a group ("it is one of 200
  ports", "they are two of the 14 pupils", "one of its 380 depots"), a number that names
  ("on day three of the four-day festival"), a digit no figure alone ("Chapter 2 of 12
  chapters"), English only.
- No figures now: "the $64,000 question"; cricket's "one-day series" / "One-Day International"
  ("a one-day strike" stays); a stamp between a name or place and its text ("NAME Bergen 3
  days ago The council ..."; "died 3 days ago" stays); places on a pitch ("inside the 2-yard
  line", "their own 30-yard line", "the six-yard box"; "a 5-yard penalty" stays); a team named
  by an age limit mid-sentence ("the Under 21 squad"; "Under 20 people came" stays); a
  win-loss-tie record ("140-102-6"); times of day ("12 midnight", "12 noon").
- Left alone, as labelling choices: ages. The labels mark none (0 of the 100 ages found on
  dev pages), while `key_figures` keeps ages when the headline is about age ("birthday",
  "oldest"), as the issue asks; two dev picks are ages in a birthday story. Also "two places
  higher than" in a league table, and sports points (golf scoring, game points), which the
  labels mark on some pages and not on others.

Same run, dev pages (`python -m bench.realpages --dev-only --labels FILE`, FILE holding one
round's dev lines; all dev rows in-sample). Figures: precision / recall / recall of key; key
picks: number, on a labelled figure / on a labelled key figure / labelled key figures picked.

| dev pages | code | figures P / R / key R | picks | on a figure / key figure / key picked |
|---|---|---|---:|---|
| rounds 1-2 (49) | start | 0.709 / 0.904 / 0.972 | 98 | 0.969 / 0.704 / 0.645 |
| rounds 1-2 | now | 0.717 / 0.904 / 0.972 | 97 | 0.979 / 0.711 / 0.645 |
| round 3 (68) | start | 0.947 / 0.865 / 0.959 | 178 | 0.989 / 0.618 / 0.759 |
| round 3 | now | 0.956 / 0.876 / 0.959 | 178 | 0.994 / 0.618 / 0.759 |
| round 4 (34) | start | 0.930 / 0.801 / 0.987 | 83 | 1.000 / 0.675 / 0.727 |
| round 4 | now | 0.930 / 0.801 / 0.987 | 83 | 1.000 / 0.675 / 0.727 |
| round 5 (30, read in this pass) | start | 0.834 / 0.827 / 0.895 | 81 | 0.926 / 0.679 / 0.724 |
| round 5 | now | 0.895 / 0.851 / 0.921 | 79 | 1.000 / 0.722 / 0.750 |
| all dev (181) | start | 0.855 / 0.857 / 0.956 | 440 | 0.975 / 0.659 / 0.716 |
| all dev | now | 0.870 / 0.864 / 0.960 | 437 | 0.993 / 0.668 / 0.721 |

Held-out, run once at the end (`python -m bench.realpages`, 09:18 UTC, aggregates only, no
held-out error read), against the 09:09 table (the code this pass started from, same labels):

| held-out rows | figures P / R / key R | picks | on a figure / key figure / key picked |
|---|---|---:|---|
| heldout (99 pages), before | 0.808 / 0.844 / 0.908 | 270 | 0.930 / 0.556 / 0.602 |
| heldout, now | 0.823 / 0.848 / 0.916 | 270 | 0.941 / 0.563 / 0.610 |
| heldout, round 3 (32), before | 0.850 / 0.844 / 0.908 | 97 | 0.948 / 0.557 / 0.621 |
| heldout, round 3, now | 0.871 / 0.851 / 0.920 | 97 | 0.979 / 0.577 / 0.644 |
| heldout, round 4 (22), before | 0.841 / 0.871 / 0.883 | 60 | 0.983 / 0.600 / 0.600 |
| heldout, round 4, now | 0.846 / 0.876 / 0.900 | 60 | 0.983 / 0.600 / 0.600 |
| heldout, round 5 (16), before | 0.932 / 0.964 / 1.000 | 47 | 0.979 / 0.574 / 0.600 |
| heldout, round 5, now | 0.956 / 0.964 / 1.000 | 47 | 0.979 / 0.574 / 0.600 |

Round 2 held-out is unchanged. The target, held-out: picks on a labelled figure 0.930 -> 0.941
(target 0.95: closer, not met); key figures found at all 0.908 -> 0.916 (target 0.90: met).
Value accuracy on held-out moved 0.976 -> 0.975 (one value more wrong in round 4, 0.979 ->
0.972; dev 0.986 -> 0.986).

Quantity set (`python -m bench.quantities`; no held-out part, in-sample): value F1 0.927 ->
0.927, value+unit F1 0.872 -> 0.872. Own labelled set (`python -m bench.figures --no-write`):
labelled 1.000 -> 1.000; held-out precision 0.958 -> 0.979 (one false figure fewer). Speed:
0.031 ms per CNN/DM sentence (budget 0.2 ms). On the 250 CNN/DM articles `find_figures` gives
1,920 figures (was 1,926): 17 now span a part or a choice (a count of charges,
[cnn-test-947b339a524aac1f43384a8c68e5a3a624ed309f @210-236], "two or three decisions"), 2
parts read alone are gone into them, and 4 are gone as no figures
("Under 20 side" twice, "a one-day international", a related headline's "100 years ago").
The seed still gives `more than 500 years`, `at least 15 documents` and `70 per cent`
(tests/test_figures.py)."""
