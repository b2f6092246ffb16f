"""Session 24 (helper summary24): embedded tweets and a newsletter's item headers are furniture
for a summary, not for the key quotes; the splitter's rules sit in modules by job.

Texts are our own. An embedded tweet came through pasted text as its words, a picture link and
a signature ("— Name (@handle) Month D, YYYY"); cleanup cut the link and the signature and the
tweet read as the story's own sentence, shown without its author. A newsletter item's header
in capitals glued to its first sentence ("FLOOD WARNINGS ISSUED ... Forecasters warned ...")
opened the summary's sentences.
"""

from __future__ import annotations

from summarizer.pipeline import make_gist
from summarizer.text.cleanup import clean_text
from summarizer.text.furniture import strip_furniture

LEAD = (
    "The mayor of Port Ellis on Tuesday backed a plan to run a second ferry across the "
    "harbour, saying the crossing had become too crowded for commuters who travel to the "
    "city each morning."
)
TWEET = (
    "We are finally getting the second ferry that Port Ellis commuters have waited years "
    "for, and I could not be prouder of the council today."
)
SIGNATURE = "— Ann Lee (@annlee_mayor) March 4, 2025"
REST = [
    "The council voted seven to two in favour of the plan, which would add a boat on the "
    "busiest route from next spring.",
    "Critics on the council said the plan would cost the town too much money at a time when "
    "the harbour wall also needs repairs.",
    '"We cannot afford both projects in the same year," said councillor Tom Reid, who voted '
    "against the plan.",
    "The ferry operator said it would need about nine months to train new crews and refit a "
    "boat that has been laid up since last year.",
    "Commuters at the harbour on Tuesday morning said the queues for the existing ferry often "
    "stretched past the ticket office.",
]


def _article(tweet_block: str) -> str:
    intro = (
        "Ann Lee announced her support for the ferry plan on social media shortly after the "
        "council vote."
    )
    return "\n\n".join(["Harbour town mayor backs new ferry plan", LEAD, intro, tweet_block, *REST])


def test_a_tweet_with_its_link_and_signature_is_no_summary_sentence() -> None:
    text = _article(f"{TWEET} pic.twitter.com/Ab3dEfGh1j {SIGNATURE}.")
    summary = make_gist(text).summary.text
    assert "second ferry that Port Ellis commuters" not in summary
    assert "@annlee_mayor" not in summary
    assert LEAD in summary


def test_a_tweet_signed_on_a_line_of_its_own_is_no_summary_sentence() -> None:
    text = _article(f"{TWEET}\n\n{SIGNATURE}")
    summary = make_gist(text).summary.text
    assert "second ferry that Port Ellis commuters" not in summary
    assert LEAD in summary


def test_the_embed_leaves_its_signature_as_a_line_after_the_tweet() -> None:
    unit = f"{TWEET} -AL pic.twitter.com/Ab3dEfGh1j SIGN UP FOR OUR NEWSLETTER {SIGNATURE}."
    assert strip_furniture(unit) == [TWEET, SIGNATURE]
    assert strip_furniture(SIGNATURE) == [SIGNATURE]
    assert strip_furniture(f"{TWEET[:-1]} pic.twitter.com/Ab3dEfGh1j") == [
        TWEET[:-1],
        "pic.twitter.com/Ab3dEfGh1j",
    ]
    # A damaged dash ("???") is still a signature; a short link inside prose just goes.
    from summarizer.text.furniture_embeds import split_tweet  # new in session 24

    assert split_tweet(f"{TWEET} ??? Ann Lee (@annlee_mayor) March 4, 2025")[1] == SIGNATURE
    assert split_tweet("The post https://t.co/x1Y2z3 said nothing new.") == (
        "The post said nothing new.",
        None,
    )


def test_the_tweet_stays_in_the_text_for_the_key_quotes() -> None:
    article = clean_text(_article(f"{TWEET} pic.twitter.com/Ab3dEfGh1j {SIGNATURE}."))
    assert TWEET in article.paragraphs
    assert SIGNATURE in article.paragraphs


def test_only_a_unit_as_short_as_a_tweet_before_a_signature_is_passed_over() -> None:
    from summarizer.summary.embeds import tweet_sentences  # new in session 24

    long_paragraph = " ".join(REST)  # prose the extractor glued to an embed: still the story
    items = [
        [(TWEET, False)],
        [(SIGNATURE, True)],
        [(long_paragraph, False)],
        [(SIGNATURE, True)],
        [(LEAD, False)],
    ]
    assert tweet_sentences(items) == [True, False, False]


DIGEST = """Your Tuesday Briefing: Ferries, Floods and a New Library

Good morning. Here is what you need to know today.

TOP STORIES

SECOND FERRY APPROVED FOR PORT ELLIS The town council voted on Tuesday to add a second ferry on \
the busiest harbour route from next spring, after years of complaints about queues.

FLOOD WARNINGS ISSUED ALONG THE RIVER VALE Forecasters warned that heavy rain could push the \
river over its banks in three villages by Thursday night.

'A LIBRARY FOR EVERYONE' The new central library opened its doors to readers on Monday after four \
years of building work and a long fight over its cost.

WHAT WE'RE READING

THE LAST LIGHTHOUSE KEEPER One retired keeper describes forty years of nights spent alone on a \
rock in the North Sea.

WHY BREAD PRICES KEEP RISING Millers say the cost of energy, not wheat, explains most of the \
increase this year.

Sign up for our morning newsletter to get the briefing in your inbox every weekday.
"""


def test_a_newsletter_items_header_in_capitals_is_cut_off_the_summary_sentence() -> None:
    gist = make_gist(DIGEST)
    shown = [s.text for s in gist.summary.sentences]
    assert shown
    assert not any(s[:12].isupper() for s in shown), shown
    assert "The town council voted on Tuesday" in gist.summary.text
    assert "Sign up" not in gist.summary.text
    # The text keeps the header: the key quotes and figures read the item as it was.
    assert "SECOND FERRY APPROVED FOR PORT ELLIS The town council" in gist.article.text


def test_without_header_cuts_only_a_header() -> None:
    from summarizer.summary.embeds import without_header  # new in session 24

    assert without_header("THE LAST LIGHTHOUSE KEEPER - A retired keeper spoke.") == (
        "A retired keeper spoke."
    )
    assert without_header("‘A LIBRARY FOR EVERYONE’ “It is ours,” she said.") == (
        "“It is ours,” she said."
    )
    # Guards: a transcript's speaker, a dateline, a few acronyms, a quotation's end.
    for sentence in (
        "ANN LEE: The ferry is late again.",
        "PORT OF SPAIN, Trinidad (AP) -- The ferry was late.",
        "NASA AND ESA Officials met on Monday.",
        'NOON GMT, 1PM CET" Viewers in Asia can watch later.',
        "The FERRY IS LATE AGAIN Monday, said Ann Lee.",
    ):
        assert without_header(sentence) == sentence
