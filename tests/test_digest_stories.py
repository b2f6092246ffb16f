"""One story told once: near-duplicate detection and the merged digest entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.digest.build import Candidate, DigestOptions, plan_digest
from bot.digest.stories import WINDOW, Fingerprint, fingerprint, group, same_story

NOW = datetime(2026, 11, 5, 12, 0, tzinfo=UTC)

GALE = [
    ("Gale topples cranes at Holm shipyard",
     "Winds of 140 km/h knocked over two cranes at the Holm shipyard on Monday night; nobody "
     "was hurt, the yard said."),
    ("Two shipyard cranes blown down in Holm as 140 km/h gale hits",
     "A gale with gusts of 140 km/h brought down two cranes at Holm's shipyard overnight on "
     "Monday. No one was injured."),
    ("Holm shipyard: storm brings down two cranes, no injuries",
     "The shipyard in Holm lost two cranes to Monday night's storm, with winds reaching "
     "140 km/h; no injuries were reported."),
]  # fmt: skip
OTHER_GALE = (
    "Gale closes Holm bridge for six hours",
    "Winds of 95 km/h closed the Holm bridge to traffic for six hours on Thursday.",
)
PREVIEW = (
    "Holm face Odel in cup semi-final on Saturday",
    "Holm host Odel in the cup semi-final on Saturday; their captain is back from injury.",
)
REPORT = (
    "Holm beat Odel 3-0 to reach cup final",
    "Holm beat Odel 3-0 in the cup semi-final on Saturday, their captain scoring twice.",
)


def fp(story: tuple[str, str], hours_ago: float = 1.0) -> Fingerprint:
    # times here are placeholders, not publication times: no time credit (`Fingerprint.dated`;
    # time proximity is tested in tests/test_story_time_proximity.py)
    return fingerprint(story[0], story[1], NOW - timedelta(hours=hours_ago), dated=False)


def cand(n: int, story: tuple[str, str], feed: str, hours_ago: float = 1.0) -> Candidate:
    when = NOW - timedelta(hours=hours_ago)
    host = feed.lower().replace(" ", "")
    return Candidate(item_id=n, dedup_key=f"{host}.example/{n}", title=story[0],
                     link=f"https://{host}.example/{n}", feed_title=feed,
                     summary=story[1], published=when, first_seen=when)  # fmt: skip


def test_rewritten_copies_are_one_story() -> None:
    prints = [fp(s) for s in GALE]
    assert same_story(prints[0], prints[1]) and same_story(prints[0], prints[2])
    assert group([*prints, fp(OTHER_GALE)]) == [[0, 1, 2], [3]]  # 1 and 2 through 0


def test_same_topic_other_event_stays_apart() -> None:
    assert not same_story(fp(GALE[0]), fp(OTHER_GALE))  # another storm, another number
    assert not same_story(fp(PREVIEW), fp(REPORT))  # a preview and its match report


def test_time_window_bounds_a_story() -> None:
    assert not same_story(fp(GALE[0]), fp(GALE[1], hours_ago=WINDOW.total_seconds() / 3600 + 2))


def test_too_few_words_never_merge() -> None:
    assert not same_story(fp(("Live updates", "")), fp(("Live updates", "")))


def test_other_languages_merge_and_stay_apart() -> None:
    one = (
        "В Холме ураган повалил два крана на верфи",
        "Ветер со скоростью 140 км/ч повалил два крана на верфи Холма в понедельник.",
    )
    two = (
        "Два крана на верфи Холма упали из-за урагана",
        "В понедельник ураганный ветер до 140 км/ч повалил два крана на верфи в Холме.",
    )
    three = ("В Холме открыли новую верфь", "Новая верфь в Холме откроется в понедельник.")
    assert same_story(fp(one), fp(two))
    assert not same_story(fp(one), fp(three))


def test_fingerprint_survives_storage() -> None:
    original = fp(GALE[0])
    back = Fingerprint.parse(original.text(), original.when)
    assert back == original


def test_digest_shows_the_story_once_with_its_other_sources_first() -> None:
    items = [
        cand(1, GALE[0], "Gazette", hours_ago=3),
        cand(2, GALE[1], "Harbour Blog", hours_ago=2),
        cand(3, GALE[2], "Radio Holm", hours_ago=2),  # the longest lead: the best copy
        cand(4, OTHER_GALE, "Gazette", hours_ago=0.5),  # newer, but one source only
    ]
    plan = plan_digest(items, NOW, DigestOptions(also_label="also:"))
    assert [s.lead.item_id for s in plan.shown] == [3, 4]
    assert sorted(plan.shown[0].item_ids) == [1, 2, 3]
    html = plan.messages[0].html
    assert html.startswith("<b>Digest</b> · 2 new")
    assert html.count(GALE[2][0]) == 1 and GALE[0][0] not in html and GALE[1][0] not in html
    assert "with winds reaching 140 km/h" in html  # the best copy's summary
    also = next(line for line in html.splitlines() if line.startswith("<i>also:</i>"))
    assert '<a href="https://gazette.example/1">Gazette</a>' in also
    assert '<a href="https://harbourblog.example/2">Harbour Blog</a>' in also


def test_filtered_items_are_counted_as_stories_in_the_footer() -> None:
    from bot.digest.build import Filtered

    removed = [Filtered(cand(5, GALE[0], "Gazette"), "1. exclude crane"),
               Filtered(cand(6, GALE[1], "Radio Holm"), "1. exclude crane"),
               Filtered(cand(7, OTHER_GALE, "Gazette"), "2. exclude bridge")]  # fmt: skip
    plan = plan_digest([cand(1, PREVIEW, "Gazette")], NOW, DigestOptions(), filtered=removed)
    assert plan.messages[-1].html.endswith("<i>2 filtered out</i>")
    assert plan.filtered_stories == 2 and len(plan.filtered) == 3


def test_a_feeds_boilerplate_teaser_does_not_merge_its_stories() -> None:
    teaser = "Read the full story on our website, with photos and the reactions of our readers."
    saturday = fingerprint("Harbour festival opens", teaser, NOW, source="Gazette")
    sunday = fingerprint("Ferry timetable changes", teaser, NOW, source="Gazette")
    assert not same_story(saturday, sunday)
    again = fingerprint("Harbour festival opens today", teaser, NOW, source="Gazette")
    assert same_story(saturday, again)  # one feed re-publishing under a new URL


RATE_CUT = (
    "Tarnholm central bank cuts its key rate to 2.75%",
    "The central bank of Tarnholm lowered its key rate by a quarter point to 2.75% on Thursday "
    "as inflation slowed.",
)
RATE_CUT_AGAIN = (
    "Quarter-point cut takes Tarnholm's key rate to 2.75%",
    "Tarnholm's central bank took its key rate down to 2.75% on Thursday, a quarter point "
    "lower, saying inflation had slowed.",
)
RATE_HOLD = (
    "Tarnholm central bank keeps its key rate at 2.75%",
    "A month after its last cut, the central bank of Tarnholm left its key rate at 2.75% on "
    "Thursday as inflation slowed.",
)


def test_two_stages_of_one_kind_of_event_stay_apart() -> None:
    """A cut and a hold at one figure share most words: the headlines' stages tell them apart
    (the hold's lead mentions the earlier cut: the headline is what counts)."""
    assert same_story(fp(RATE_CUT), fp(RATE_CUT_AGAIN))
    assert not same_story(fp(RATE_CUT), fp(RATE_HOLD))
    assert fp(RATE_HOLD).stages == frozenset({"rate:hold"})
    verdict = fp(
        (
            "Former mayor Brandt convicted of bribery",
            "A court found Ivo Brandt, the "
            "former mayor, guilty of bribery over a parking contract on Friday.",
        )
    )
    opening = fp(
        (
            "Bribery trial of former mayor Brandt opens",
            "The trial of Ivo Brandt, the "
            "former mayor, over a parking contract bribe opened on Friday.",
        )
    )
    assert not same_story(verdict, opening)
    back = Fingerprint.parse(fp(RATE_HOLD).text(), fp(RATE_HOLD).when)
    assert back.stages == frozenset({"rate:hold"})


def test_grouping_compares_every_pair_that_could_merge() -> None:
    """A copy without numbers and one quoting a figure in its lead only; a headline figure
    against a copy that names it in the lead; and a crowd of look-alikes with other figures."""
    plain = fp(
        (
            "Harbour festival opens with fireworks over the old quay",
            "The harbour festival opened on Friday night with fireworks over the old quay.",
        )
    )
    counted = fp(
        (
            "Fireworks over the old quay open the harbour festival",
            "Fireworks over the old quay opened the harbour festival on Friday night, "
            "watched by 3,000 people.",
        )
    )
    headline = fp(
        (
            "Harbour festival: 3,000 watch fireworks over the old quay",
            "The harbour festival opened with fireworks over the old quay on Friday.",
        )
    )
    crowd = [
        fp(
            (
                f"Story {n} of the harbour plan",
                "The harbour plan costs 4.5 million; the "
                "council met on Tuesday and residents spoke against it.",
            )
        )
        for n in range(40, 60)
    ]
    assert same_story(plain, counted) and same_story(counted, headline)
    groups = group([*crowd, plain, counted, headline])
    assert [20, 21, 22] in groups and len(groups) == 21


def test_one_bridging_copy_does_not_chain_two_stories() -> None:
    """Two pairs of copies, linked by one look-alike pair only: two stories, not one (single
    link would chain them); a copy joins a group only when it matches every item of it of
    another feed (stories.LINK_SHARE)."""

    def words(text: str) -> Fingerprint:
        return Fingerprint({w: 1.0 for w in text.split()}, frozenset(), NOW)

    cranes = words("harbour crane gale shipyard holm monday")
    cranes_bridge = words("harbour crane gale shipyard holm monday bridge closed")
    bridge = words("bridge closed gale holm traffic thursday hours")
    bridge_again = words("bridge closed traffic thursday hours gale detour")
    assert same_story(cranes_bridge, bridge) and not same_story(cranes, bridge)
    assert group([cranes, cranes_bridge, bridge, bridge_again]) == [[0, 1], [2, 3]]
    assert group([cranes, cranes_bridge, bridge]) == [[0, 1], [2]]  # one of two across


def test_numbers_are_compared_by_value_in_any_format() -> None:
    """Thousands separators, decimal commas, scale words and spelled numbers give one figure."""
    from bot.digest.stories import fingerprint as make

    def numbers(text: str) -> frozenset[str]:
        return make(text, "", NOW, "en").numbers

    assert numbers("12,000 homes") == numbers("12.000 homes") == numbers("12 000 homes")
    assert numbers("12,000 homes") == numbers("twelve thousand homes") == {"12000"}
    assert numbers("1,5 Mio") == numbers("1.5 million") == numbers("1 500 000")
    assert "4.25%" in numbers("4,25 %") and "4.25%" in numbers("4.25 per cent")
    assert numbers("2.5 km") != numbers("2,500 km")  # a decimal is no thousands separator
    assert "3000" in make("Fogo consome três mil hectares", "", NOW, "pt").numbers
    assert numbers("2,000 nurses") == numbers("2.000 nurses") == {"2000"}  # a count
    assert numbers("in 2000") != numbers("2,000 nurses")  # a year: no evidence of one story


SILO = (
    "Grain silo fire at Dunmore port, 1,200 tonnes lost",
    "Fire crews fought a blaze in a grain silo at the Dunmore port on Monday; about 1,200 "
    "tonnes of wheat were destroyed, the harbour authority said.",
)
SILO_COPY = (
    "Dunmore harbour: wheat store burns",
    "Some 1.2 thousand tonnes of grain went up in smoke when the Dunmore silo caught fire on "
    "Monday, according to the harbour authority.",
)


def test_copies_quoting_one_figure_in_other_formats_merge() -> None:
    assert fp(SILO).numbers & fp(SILO_COPY).numbers == {"1200"}
    assert same_story(fp(SILO), fp(SILO_COPY))


def test_names_are_capitalised_words_inside_a_sentence() -> None:
    f = fingerprint(
        "Brightwell recalls kettles",
        "On Monday the maker Brightwell said owners in Carnby should stop using them.",
        NOW,
        "en",
    )
    assert {"brigh", "carnb"} <= f.anchors  # inside a sentence: names
    assert "monda" not in f.anchors and "monda" not in f.capitals  # a day is no name
    assert "on" not in f.capitals  # a stop word at a sentence start is no name
    assert "brigh" in f.capitals  # the headline's first word, capitalised


def test_same_kind_of_event_in_two_places_stays_apart() -> None:
    """Two items with names on both sides and none in common are two events, however many
    other words they share."""
    one = (
        "Grain silo fire at Dunmore port, wheat lost",
        "Fire crews fought a blaze in a grain silo at the port of Dunmore on Monday; wheat was "
        "destroyed, the harbour authority said.",
    )
    other = (
        "Grain silo fire at Kelby port, wheat lost",
        "Fire crews fought a blaze in a grain silo at the port of Kelby on Monday; wheat was "
        "destroyed, the harbour authority said.",
    )
    assert not same_story(fp(one), fp(other))


def test_a_preview_phrase_and_a_result_are_two_stages() -> None:
    """ "to meet in the final" is a preview; "wins the final" a result. A name such as "Open"
    names no trial stage that could make the two agree."""
    final = fp(
        (
            "Vera Holm wins Castlebay Open final",
            "Vera Holm beat Ines Roca in three sets to win the Castlebay Open on Sunday.",
        )
    )
    preview = fp(
        (
            "Holm and Roca to meet in Castlebay Open final",
            "Vera Holm will face Ines Roca in Sunday's Castlebay Open final after two easy "
            "semi-finals.",
        )
    )
    assert "match:preview" in preview.stages and "match:result" in final.stages
    assert not same_story(final, preview)
    assert group([final, preview]) == [[0], [1]]


def test_a_strike_and_its_end_are_two_stages() -> None:
    """An item naming a strike and its end is about the end."""
    strike = fp(
        (
            "Dock workers strike at Fennick port",
            "Dock workers at Fennick port went on strike over pay on Monday; no ship was unloaded.",
        )
    )
    ended = fp(
        (
            "Fennick port strike ends with pay agreement",
            "The strike by dock workers at Fennick port ended on Wednesday with a pay agreement.",
        )
    )
    # "strike" alone names the strike, not which stage (session 11: a call or the day)
    assert strike.stages == {"strike:named"} and ended.stages == {"strike:over"}
    assert not same_story(strike, ended)


def test_a_score_in_words_matches_a_headline_score() -> None:
    """A headline score needs the other item to give it, as "2-1" or as its two numbers."""
    report = fp(("Torrena beat Valdo 2-1 in the derby", "Torrena won the derby on Sunday."))
    told = fp(("Derby goes to Torrena", "Torrena won the derby on Sunday, 2 goals to 1."))
    preview = fp(("Torrena and Valdo meet in the derby", "Torrena host Valdo on Sunday."))
    assert same_story(report, told)
    assert not same_story(report, preview)


PARAPHRASE = [
    (
        "Storm Wenna leaves Ardmore homes without electricity",
        "Storm Wenna brought down power lines across Ardmore overnight, leaving homes without "
        "electricity, the grid operator Pelco said.",
    ),
    (
        "Ardmore households in the dark after Wenna",
        "Pelco, the grid operator, worked on Tuesday to restore electricity to Ardmore.",
    ),
]
OTHER_NEWS = [
    ("City council approves new library budget", "The council voted for the library budget."),
    ("Rail operator orders twenty new trains", "The operator ordered new trains for the line."),
    ("Museum opens exhibition of ancient coins", "An exhibition of coins opened at the museum."),
    ("Farmers warn of poor apple harvest", "A dry summer has cut the apple harvest, farmers say."),
    ("School term to start a week later", "Pupils will return a week later than planned."),
    ("Hospital opens new cancer ward", "The hospital opened a ward for cancer patients."),
    ("Storm floods farmland near Ostby", "The storm left farmland under water overnight."),
    ("Power lines down in Kelvie after storm", "Engineers restored power lines in Kelvie."),
    ("Storm closes ferry service to Rumsay", "The ferry stopped overnight; homes lost power."),
    ("Engineers repair storm damage on rail line", "Engineers worked overnight on the line."),
]


def test_paraphrased_copies_sharing_rare_names_merge_within_a_batch() -> None:
    """Few shared words, but rare names (Wenna, Ardmore, Pelco) and a tf-idf cosine over
    character grams that the batch makes informative (storm, power and lines are common in it):
    one story in a digest when tf-idf links are on. The words alone do not merge them."""
    from bot.digest.stories import TFIDF, BatchGrams, story_evidence

    copies = [fp(s) for s in PARAPHRASE]
    assert not same_story(*copies)
    batch = [*copies, *(fp(s) for s in OTHER_NEWS)]
    grams = BatchGrams(batch)
    assert story_evidence(batch[0], batch[1], lambda: grams.cosine(0, 1))[0] == TFIDF
    assert [0, 1] in group(batch, tfidf=True, scored=False)
    assert [0, 1] not in group(batch, tfidf=False, scored=False)  # words only
    assert [0, 1] in group(batch)  # the default: the weighed evidence links them too
    assert group(batch[2:], tfidf=True) == [[i] for i in range(len(OTHER_NEWS))]


def test_a_name_most_of_a_batch_carries_is_no_evidence() -> None:
    """A local feed names its town in every item: the town alone links nothing, where one rare
    shared name and a high cosine would."""
    from bot.digest.stories import common_names, story_similarity

    local = [
        fp((f"Ardmore {topic}", f"Officials in Ardmore said the {topic} would go ahead."))
        for topic in ("library budget", "harbour wall", "bus timetable", "school repairs",
                      "market fees", "park lights")
    ]  # fmt: skip
    common = common_names(local)
    assert "ardmo" in common
    one = fingerprint("Ardmore library budget grows", "Officials in Ardmore agreed.", NOW, "en")
    two = fingerprint("Harbour wall plans", "Officials in Ardmore showed the plans.", NOW, "en")
    assert story_similarity(one, two, lambda: 0.9) > 0  # a rare name and a high cosine
    assert story_similarity(one, two, lambda: 0.9, common) == 0


def test_marks_stored_before_names_still_parse() -> None:
    original = fp(PARAPHRASE[0])
    back = Fingerprint.parse(original.text(), original.when)
    assert back == original and back.anchors and back.capitals
    old = "ardmor:2 storm:2|140|||"  # a mark written before names were stored
    assert Fingerprint.parse(old, NOW).anchors == frozenset()


def test_measures_tell_events_apart_and_counts_do_not() -> None:
    """Two quakes in one region differ by their magnitudes (decimals): apart. Two copies of one
    storm may give other counts (12,000 homes; gusts of 145 km/h): no reason to keep them apart."""
    from bot.digest.stories import story_similarity

    quake = fp(("Strong quake shakes Tarvel region", "A magnitude 6.1 tremor hit Tarvel at dawn."))
    other = fp(("Strong quake shakes Tarvel region", "A magnitude 5.4 tremor hit Tarvel at dawn."))
    assert not same_story(quake, other)
    storm = fp(
        (
            "Storm Idra cuts power to 12,000 homes in Brennick",
            "Gusts of 90 mph hit Brennick overnight as Storm Idra came ashore.",
        )
    )
    copy = fp(
        (
            "Storm Idra: Brennick homes without power",
            "Gusts of 145 km/h hit Brennick overnight as Storm Idra came ashore.",
        )
    )
    assert story_similarity(storm, copy) > 0


LANDSLIDE = (
    "Landslide isolates 1,740 residents in Brannock valley",
    "Heavy rain loosened a slope above Brannock on Sunday, burying the only road; 1,740 people "
    "can no longer leave by car.",
)
LANDSLIDE_OTHER_WORDS = (
    "Mud buries the road to Brannock, villagers airlifted food",
    "Helicopters are flying supplies to the 1,740 inhabitants of Brannock, whose access route "
    "lies under mud.",
)
SECOND_SLIDE = (  # another event of the kind, same place, the same figure by chance
    "Another slope gives way above Brannock",
    "Engineers watching the hillside above Brannock counted 1,740 cubic metres of fallen earth "
    "on Wednesday.",
)
SLIDE_TRIAL = (  # a later stage: the trial over the slide
    "Trial opens over Brannock landslide",
    "Prosecutors say the builder of the Brannock road ignored warnings before the slide that "
    "cut off 1,740 people.",
)


def test_a_figure_and_a_rare_name_link_copies_told_in_other_words() -> None:
    """Two copies share almost no words but quote one specific figure (1,740) and one place
    rare in the digest: one story in a digest. Pairwise, without a batch to say which names are
    rare, they stay two (repeats across digests keep the stricter rule). The rule is off by
    default (it cost precision on the blind round-4 set)."""
    slide, retold = fp(LANDSLIDE), fp(LANDSLIDE_OTHER_WORDS)
    assert not same_story(slide, retold)
    batch = [slide, retold, *(fp(s) for s in OTHER_NEWS)]
    assert [0, 1] in group(batch, figure_name=True, scored=False)
    assert [0, 1] not in group(batch, scored=False)
    assert [0, 1] in group(batch)  # the weighed evidence (on by default) links them too


def test_a_figure_and_a_name_do_not_link_another_event_or_a_later_stage() -> None:
    """Hard negatives with the same place and the same figure: a headline announcing another
    slide, and the trial over the slide (a stage the copy does not name), stay apart."""
    slide, retold = fp(LANDSLIDE), fp(LANDSLIDE_OTHER_WORDS)
    second, trial = fp(SECOND_SLIDE), fp(SLIDE_TRIAL)
    assert second.another and not slide.another
    assert group([slide, second], figure_name=True) == [[0], [1]]
    assert group([retold, trial], figure_name=True) == [[0], [1]]
    assert group([slide, retold, second], figure_name=True) == [[0, 1], [2]]


FINAL_PREVIEW = (
    "Dunmore final sold out, 41,000 tickets gone",
    "Every one of the 41,000 seats for Sunday's decider between Kilbride and Dunmore has been "
    "taken.",
)
FINAL_REPORT = (
    "Late header settles the decider for Kilbride",
    "Reid's header in the last minute put Kilbride 2-1 up against Dunmore, and 41,000 "
    "spectators stayed to the whistle.",
)


def test_a_figure_and_names_do_not_link_a_report_to_its_preview() -> None:
    """The preview and the report of one final share the teams and the crowd figure; only the
    report gives a score, so they stay two stories though no stage word marks either."""
    preview, report = fp(FINAL_PREVIEW), fp(FINAL_REPORT)
    assert not preview.stages and not report.stages
    assert group([preview, report], figure_name=True) == [[0], [1]]


def test_a_figure_and_a_name_common_in_the_batch_link_nothing() -> None:
    """A local feed names its town in every item: the town and a figure are no evidence."""
    local = [
        fp((f"Brannock {topic}", lead))
        for topic, lead in (
            ("library budget", "Councillors voted for longer opening hours at the library."),
            ("harbour wall", "Repairs to the harbour wall begin after the storms."),
            ("bus timetable", "Two evening buses are added to the timetable from March."),
            ("school repairs", "The primary school roof will be replaced in summer."),
            ("market fees", "Stallholders will pay less for a pitch on Saturdays."),
            ("park lights", "Solar lamps are going up along the park paths."),
        )
    ]
    batch = [fp(LANDSLIDE), fp(LANDSLIDE_OTHER_WORDS), *local]
    assert [0, 1] not in group(batch, figure_name=True)


def test_trial_stages_in_portuguese_and_italian_keep_opening_and_verdict_apart() -> None:
    """A trial's opening and its acquittal share the defendant and the charge; the stage
    words (começa / absolve, inizia / assolto) keep them apart."""
    pairs = [
        (("Começa o julgamento do empresário Rui Calado",
          "O empresário Rui Calado senta-se no banco dos réus por fraude fiscal."),
         ("Tribunal absolve empresário Rui Calado de fraude fiscal",
          "O empresário Rui Calado foi absolvido pelo tribunal de Setúbal."), "pt"),
        (("Al via il processo all'imprenditore Rui Calado",
          "Inizia oggi il processo per frode fiscale contro l'imprenditore Rui Calado."),
         ("Frode fiscale, assolto l'imprenditore Rui Calado",
          "Il tribunale ha assolto l'imprenditore Rui Calado dall'accusa di frode fiscale."), "it"),
    ]  # fmt: skip
    for opening, verdict, language in pairs:
        a = fingerprint(*opening, NOW, language)
        b = fingerprint(*verdict, NOW, language)
        assert a.stages == {"trial:opens"} and b.stages == {"trial:verdict"}
        assert not same_story(a, b)


def test_a_route_is_no_rout() -> None:
    """A "route" stems like the result word "rout": a bus route story names no match stage, so
    it is not kept apart from a copy that names none either."""
    route = ("Night bus route 40 extended to Kelham", "The 40 now runs on to Kelham.")
    assert fingerprint(*route, NOW, "en").stages == frozenset()
