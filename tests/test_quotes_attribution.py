"""Attribution patterns of issue #17 that credit a quote its cue does not name plainly: a name
in apposition after a job, a description or pronoun resolved to the person the narration is
about, a colon paragraph between two quotes, a speech verb before a participle, and a line
break left mid-sentence by a page's markup.

Every text here is written for the test; none comes from a real page.
"""

from __future__ import annotations

from summarizer.quotes.find import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


def test_a_name_after_the_job_in_a_verb_first_cue_is_the_speaker() -> None:
    text = (
        "The stolen maps were back in the archive by Friday. “Nobody local would have known "
        "what they were worth,” said the archive's chief curator, Lena Okafor. “They were "
        "taken to order.”"
    )
    assert speakers(text) == ["Lena Okafor"]


def test_a_job_with_no_name_after_it_stays_a_description() -> None:
    text = (
        "The ferry was cancelled twice this week. “We will run an extra boat on Sunday,” said "
        "the operator's spokeswoman, who would not give her name."
    )
    assert speakers(text) == ["the operator's spokeswoman"]


def test_a_description_before_the_quote_goes_on_with_the_last_speaker() -> None:
    text = (
        "Tomas Ruiz posted a clip from the gym, with Ruiz heard shouting: “I am coming back "
        "in May.”\n\n"
        "And the Chilean added a caption: “One more title before I stop for good, and then "
        "I will rest.”"
    )
    assert speakers(text) == ["Tomas Ruiz", "Tomas Ruiz"]


def test_a_gendered_description_needs_the_last_speaker_to_fit() -> None:
    text = (
        "Campaign spokesman Karl Dorn said the plan was fair.\n\n"
        "“We have not written the bill yet,” he said.\n\n"
        "One parent was not convinced. Then the mother of three added: “Nothing in this "
        "plan helps a family like mine pay for the winter.”"
    )
    assert speakers(text)[1] != "Karl Dorn"


def test_a_pronoun_that_is_a_clause_subject_reads_past_the_objects() -> None:
    text = (
        "The novelist Clara Voss grew up in a fishing town and sold bait as a girl.\n\n"
        "Dazzled by the books of the writer Emile Zola, she left for Paris at "
        "seventeen. “I knew nothing and I wanted to learn everything at once,” she said."
    )
    assert speakers(text) == ["Clara Voss"]


def test_a_colon_paragraph_between_quotes_keeps_the_speaker() -> None:
    text = (
        "Engineer Omar Field has built bridges on this river for thirty years.\n\n"
        "“The bridge will open in June, whatever the weather does,” the 61-year-old said.\n\n"
        "He was not finished:\n\n"
        "“We also need a second crossing before the town doubles in size.”"
    )
    assert speakers(text) == ["Omar Field", "Omar Field"]


def test_a_name_before_a_speech_verb_and_a_participle_is_the_speaker() -> None:
    text = (
        "NRB head of regional sales Ines Moreau says the port has “never been busier”, adding: “We "
        "turned ships away every week in August.”"
    )
    assert speakers(text) == ["Ines Moreau"]


def test_a_line_broken_mid_sentence_is_read_as_one_sentence() -> None:
    text = (
        "Governor Ada Brandt, in a joint letter with the state treasurer\n"
        ", Paul Lind, said, “The budget will balance this year without new taxes.”"
    )
    assert speakers(text) == ["Ada Brandt"]


def test_a_broken_line_without_a_speech_verb_names_nobody() -> None:
    text = (
        "He skips the concert and watches a film instead, Quiet Harbour\n"
        ", moved by the old captain's speech: “Never trust a calm sea, and never trust a "
        "man who says he does.”"
    )
    assert "Quiet Harbour" not in speakers(text)


def test_a_pronoun_after_a_clause_of_objects_goes_back_to_the_subject() -> None:
    text = (
        "Emile Zola said in 1880 that the city had made him.\n\n"
        "The novelist Clara Voss grew up in a fishing town and sold bait as a girl.\n\n"
        "Dazzled by the books of Zola, she left for Paris at seventeen. “I knew nothing and "
        "I wanted to learn everything at once,” she said."
    )
    assert speakers(text) == ["Clara Voss"]


def test_a_british_quote_runs_on_over_paragraphs_despite_apostrophes() -> None:
    text = (
        "At the awards she was asked about the row.\n\n"
        "Dana Holt said: ‘I don’t want a fight with anyone. I just want to play my songs.\n\n"
        "‘I don’t have the time to read what other people write about me, and I won’t start "
        "now.’\n\n"
        "The ceremony ended after midnight."
    )
    assert speakers(text) == ["Dana Holt", "Dana Holt"]


def test_two_closing_apostrophes_leave_the_cue_readable() -> None:
    text = (
        "Tension in the club grew all week.\n\n"
        "“We will not host him while he talks like that,’’ said one member, who identified "
        "himself only as Tarik. “He is not welcome here.”"
    )
    assert speakers(text) == ["Tarik"]


def test_the_owner_of_the_subject_is_who_he_points_to() -> None:
    text = (
        "Coach Ian Brody resigned on Sunday after a poor season.\n\n"
        "Brody’s first year began with a heavy defeat at home to the league leaders.\n\n"
        "He said his family had weighed on the decision. “It has been a hard year for all of "
        "them,” he said."
    )
    assert speakers(text) == ["Ian Brody"]


def test_he_after_the_owner_of_a_person_is_not_the_owner() -> None:
    text = (
        "Brody’s lawyer spoke to reporters outside the court on Monday.\n\n"
        "“The club has treated my client badly from the start,” he said."
    )
    assert speakers(text) != ["Brody"]


def test_chimed_is_a_speech_verb() -> None:
    text = (
        "Readers were split over the photo.\n\n"
        "“She is far too young for this kind of picture,” one wrote.\n\n"
        "“Her parents should know better,” another chimed. “Nobody stopped to think.”"
    )
    assert speakers(text)[-1] == "another"


def test_the_spokeswoman_is_the_spokeswoman_named_just_before() -> None:
    text = (
        "Anna Lind, a spokeswoman for the ministry, spoke to reporters on Monday.\n\n"
        "“We expect a deal within the month,” the spokeswoman said."
    )
    assert speakers(text) == ["Anna Lind"]


def test_the_governor_is_not_a_former_governor_named_before_someone_else() -> None:
    text = (
        "Former governor Ruth Dale backed the plan. Governor Tom Reed said little about it "
        "for weeks.\n\n"
        "“We expect a deal within the month,” the governor said."
    )
    assert speakers(text) == ["the governor"]


# A standings line gives full names without saying anyone is a person, so the index may not
# know "Raman" as a speaker: "she" must not fall back to the last speaker across a sentence
# of narration that opens with someone else.
_STAGE = (
    "Standings after day two: Maria Lindqvist 41:02, Priya Raman 41:30, Tove Berg 41:55. \n"
    "Lindqvist pulled clear on the last climb of the day. \n"
    '"The snow was fast and my legs felt fresh from the start," Lindqvist said. \n'
    '"Tomorrow is another long day, so I will rest now." \n'
    "{narration} "
    '"I lost half a minute on one bend and could not get it back," she said.'
)


def test_she_after_narration_about_someone_else_is_not_the_last_speaker() -> None:
    # Raman opens the main clause after a fronted phrase: a person (`placed_names`, session
    # 21), and the one "she" means; before, nobody
    text = _STAGE.format(narration="After a fall on the descent, Raman dropped to second.")
    assert speakers(text) == ["Maria Lindqvist", "Maria Lindqvist", "Priya Raman"]


def test_she_after_narration_naming_nobody_new_is_still_the_last_speaker() -> None:
    text = _STAGE.format(narration="The crowd at the finish line cheered for ten minutes.")
    assert speakers(text) == ["Maria Lindqvist"] * 3


# Names in a list ("-- A, B and C --") are not known as speakers; a later sentence that opens
# with one of them stops "he" from reaching back past it to the last speaker's cue.
_PANEL = (
    "Three former captains -- Tom Hale, Ravi Mehta and Owen Price -- criticised the ruling. \n"
    '"It was a poor decision from the start," Mehta said. \n'
    "{who}, a former goalkeeper, felt the panel had ignored the video evidence. \n"
    '"Nobody on that panel watched the whole match," he said.'
)


def test_he_does_not_reach_back_past_a_sentence_about_someone_else() -> None:
    # the text gives no sign that Price is a person, but he is not the last speaker either
    assert speakers(_PANEL.format(who="After the hearing, Price")) == ["Ravi Mehta", None]


def test_he_is_the_one_the_sentence_before_is_about_when_the_text_named_him_in_full() -> None:
    # "Owen Price" in the list, then "Price, a former goalkeeper, felt ...": a person
    assert speakers(_PANEL.format(who="Price")) == ["Ravi Mehta", "Owen Price"]


def test_he_still_reaches_the_speaker_the_sentence_before_is_about() -> None:
    assert speakers(_PANEL.format(who="Mehta")) == ["Ravi Mehta", "Ravi Mehta"]
