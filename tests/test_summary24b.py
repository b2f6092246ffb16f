"""Session 24 (helper summary24b): a digest's headers in capitals neither cut the text nor become
summary sentences; a tweet kept as its tag is no summary sentence.

Texts are our own. A newsletter item opening "THE HARBOUR'S LAST PILOT - A retired pilot ..."
looked like a wire dateline ("PORT ELLIS (AP) - ..."), and cleanup dropped the paragraphs above
it as promos for other stories. A tweet pasted as '<tweet author="...">words</tweet>' lost its
tag and read as the story's own sentence. A digest's item headlines in capitals, each ending in
a full stop, were listed as the summary.
"""

from __future__ import annotations

from summarizer.models import GistOptions, SummaryOptions
from summarizer.pipeline import make_gist
from summarizer.summary.core import build_document
from summarizer.text.cleanup import clean_text
from summarizer.text.off_story import without_promos
from summarizer.text.tokenize import OfflineTokenizer

# -- 1. a header in capitals with a dash is no dateline that starts the story ------------------

NEWSLETTER = [
    "Our editors chose four long stories for the quiet days ahead, from harbours to high "
    "mountains.",
    "The first follows a ferry crew through a winter of storms on the northern route. They "
    "kept the boats running when every road to the coast was closed.",
    "THE HARBOUR'S LAST PILOT - A retired pilot talks about thirty years of guiding ships "
    "past the sandbanks. He still remembers the names of the captains who thanked him.",
    "MOUNTAIN RESCUE TEAMS STRETCHED - Volunteers in the high valleys answered more calls this "
    "year than ever before. Most came from walkers caught out by the early dark.",
    "The last pick is a short essay on why small towns keep their old clocks running.",
]


def test_a_newsletter_with_capitals_headers_keeps_every_item() -> None:
    body = clean_text("Weekend Reading\n\n" + "\n\n".join(NEWSLETTER)).text
    assert "Our editors chose four long stories" in body
    assert "The first follows a ferry crew" in body
    assert "A retired pilot talks about thirty years" in body
    assert "The last pick is a short essay" in body


def test_one_line_intros_above_two_dash_headers_stay() -> None:
    # No paragraph of two sentences above the first header, but a second unit opens the same
    # way: the units are a digest's items, not a wire story under its promos.
    units = [
        "Here is what our reporters are following this week.",
        "Plenty of weather news and a quiet week for the council.",
        *NEWSLETTER[2:4],
    ]
    assert without_promos(units) == units


def test_a_paragraph_of_prose_above_a_real_dateline_stays() -> None:
    units = [
        "The harbour board met late on Monday. Its members argued for three hours about the pier.",
        "PORT ELLIS, Ore. (AP) -- Harbour officials closed the old ferry pier on Tuesday after "
        "divers found cracks in two of its wooden piles.",
        "The pier carries about 3,000 passengers a day to the island, the ferry company said.",
    ]
    assert without_promos(units) == units


def test_guard_a_promo_line_above_a_byline_and_a_dateline_still_goes() -> None:
    """Guard (passes on the snapshot too): a real dateline still starts the story."""
    promo = "Coming up: the retired teacher who knits scarves for seals."
    units = [
        promo,
        "By Ann Lee",
        "PORT ELLIS, Ore. (AP) -- Harbour officials closed the old ferry pier on Tuesday after "
        "divers found cracks in two of its wooden piles.",
        "The pier carries about 3,000 passengers a day to the island, and the ferry company said "
        "boats would use the freight dock until repairs are done.",
    ]
    assert promo not in without_promos(units)
    assert "By Ann Lee" in without_promos(units)


# -- 2. a tweet kept as its tag is signed by its author and passed over -----------------------

TWEETED = """Ferry Strike Ends After Two Days

Ferry crews went back to work on Thursday after the harbour board agreed to hire six more \
deckhands for the winter routes.

The strike had stranded hundreds of island residents, many of whom slept in the terminal on \
Tuesday night.

<tweet author="EllisFerries" timestamp="1449075600" tweet_id="99">Ferry crews are back and the \
ferry strike is over: all ferry routes run again from noon after the harbour board deal on \
deckhands</tweet>.

<tweet pic="" author="@annbell" datetime="2025-03-04">Proud of every ferry crew member who stood \
firm in the strike this week. The harbour board finally listened</tweet>.

The union said the new hires would start before the first storms of the season arrive in \
November.

Board members will meet again next month to discuss the cost of the extra staff and a new \
timetable.

Island shop owners said the two days without boats had cost them a week of trade.

The ferry company apologised to passengers and promised refunds for cancelled trips.

A spokesman for the harbour board said talks with the crews had been difficult but fair.
"""


def test_a_tweet_kept_as_its_tag_keeps_its_words_and_its_author() -> None:
    body = clean_text(TWEETED).text
    assert "all ferry routes run again from noon after the harbour board deal on deckhands." in body
    assert "\n\n— @EllisFerries\n\n" in body
    assert "\n\n— @annbell\n\n" in body
    assert "deckhands.." not in body and "<tweet" not in body


def test_a_tweet_kept_as_its_tag_is_no_summary_sentence() -> None:
    summary = " ".join(s.text for s in make_gist(TWEETED).summary.sentences)
    assert "Ferry crews went back to work" in summary
    assert "all ferry routes run again" not in summary
    assert "Proud of every ferry crew member" not in summary


def test_guard_a_tag_inside_a_sentence_or_with_no_author_is_only_dropped() -> None:
    """Guard (as on the snapshot): no author, or a tag inside a sentence, leaves no line."""
    text = (
        "Harbour Notes\n\n"
        'The board wrote <tweet author="board">we are open</tweet> on Friday morning.\n\n'
        '<tweet id="7">Boats run again from noon</tweet>.\n\n'
        "Crews said the new timetable would start next week after the repairs."
    )
    body = clean_text(text).text
    assert "The board wrote we are open on Friday morning." in body
    assert "Boats run again from noon." in body
    assert "— @" not in body


# -- 3. a digest's item headlines in capitals are headings ------------------------------------

DIGEST = """Five Things to Know This Morning

Your short guide to the stories people in Port Ellis will talk about today:

1. FERRY STRIKE ENDS AFTER TWO DAYS.

Crews went back to work after the harbour board agreed to hire six more deckhands for the \
winter routes.

2. COUNCIL DELAYS VOTE ON SEA WALL.

Members asked engineers for a cheaper design before they spend money on repairs this year.

3. SCHOOL BAND HEADS TO NATIONAL FINAL.

The brass players from Ellis High won the regional contest with a piece written by their \
music teacher.

4. STORM WARNING FOR THE WEEKEND.

Forecasters expect gales along the coast on Saturday night and advise boat owners to check \
their moorings.

5. LIBRARY EXTENDS OPENING HOURS.

Readers can borrow books until eight in the evening from next month, the library trust said.
"""


def test_a_digests_headlines_in_capitals_are_no_summary_sentences() -> None:
    gist = make_gist(DIGEST, GistOptions(summary=SummaryOptions(sentences=5)))
    shown = [s.text for s in gist.summary.sentences]
    assert any("Crews went back to work" in s for s in shown)
    assert not any(s.rstrip(".").isupper() for s in shown)
    assert any(s.startswith("2. COUNCIL DELAYS VOTE ON SEA WALL. Members asked") for s in shown)


def test_the_headlines_go_into_the_document_as_headings() -> None:
    document = build_document(clean_text(DIGEST), OfflineTokenizer("english"))
    headings = {str(h) for h in document.headings}
    assert "4. STORM WARNING FOR THE WEEKEND." in headings
    assert not any(str(s).startswith("4. STORM") for s in document.sentences)


def test_guard_one_or_two_lines_in_capitals_stay_sentences() -> None:
    """Guard (as on the snapshot): a single paragraph in capitals is no digest's headline."""
    text = (
        "Protest at the Harbour\n\n"
        "Hundreds of residents marched to the harbour office on Saturday to protest the toll.\n\n"
        "NO TOLL ON OUR OWN BRIDGE.\n\n"
        "The banner was carried at the front of the march by two retired ferry captains.\n\n"
        "The harbour board said it would discuss the toll again at its meeting next month."
    )
    document = build_document(clean_text(text), OfflineTokenizer("english"))
    assert "NO TOLL ON OUR OWN BRIDGE." in {str(s) for s in document.sentences}
