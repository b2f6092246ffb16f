"""Key quotes: direct speech found by its quotation marks, credited to a speaker only when the
text makes the speaker clear (`rank.key_quotes` is the entry point)."""
