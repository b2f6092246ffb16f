"""Context phrases never open or end inside a run of capitalised words (a name)."""

from summarizer.figures.judge import find_figures


def _context(text: str, figure: str) -> str:
    return next(f.context for f in find_figures(text, "en") if f.text == figure)


def test_a_phrase_does_not_open_inside_a_given_name():
    text = (
        "A reader poll saw novelist Marta Quillon's family saga Embers emerge as the "
        "favourite with 41% of votes cast."
    )
    assert _context(text, "41%").startswith("Marta Quillon's")


def test_a_phrase_does_not_end_inside_a_programme_name():
    text = (
        "The £95m spring schedule also includes the return of Guess Who and a series "
        "about a lighthouse keeper who was lost at sea."
    )
    assert _context(text, "£95m").endswith("Guess Who")


def test_a_relative_clause_keeps_its_antecedent_name_whole():
    text = (
        "This season the awards have been dominated by folk singer Orla Brennick, "
        "who is up for 7 prizes."
    )
    assert _context(text, "7 prizes").startswith("Orla Brennick, who")


def test_a_sentence_opening_subordinator_is_not_taken_for_a_name():
    text = (
        "After Dunmore Rovers beat Castle Vale on Saturday to make it five league wins "
        "in a row, the manager praised his players."
    )
    assert not _context(text, "five league wins").startswith("After")


def test_a_phrase_does_not_open_on_a_bare_head_noun():
    text = (
        "Okafor ended doubts about his future by signing a five-year contract that takes him "
        "beyond the opening of Rovers' new stadium in two years."
    )
    assert _context(text, "two years").startswith("a five-year contract that")


def test_a_phrasal_verb_keeps_its_particle_at_the_end():
    text = "The postal ballots of about three thousand members are due to be handed in by 9 May."
    assert _context(text, "about three thousand members").endswith("handed in")


def test_a_long_relative_clause_keeps_its_whole_name_antecedent():
    text = (
        "Back in the public eye she will try to erase the double let-down of the Lisbon "
        "Games, where she failed to finish the steeplechase and then the 5,000m."
    )
    assert _context(text, "5,000m").startswith("the Lisbon Games, where")
