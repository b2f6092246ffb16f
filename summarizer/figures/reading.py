"""Reading the numbers where triggers are: the master pattern matched at each, then judged.

The master pattern (`summarizer.figures.patterns`) is matched on lowercased text after stepping
back over a qualifier ("more than"). A match is matched again where it took too much
(`summarizer.figures.rematch`: a qualifier that is a particle, number words that make two
numbers, a year read as a range's low end), then `summarizer.figures.verdict` judges it as a
figure or not.
"""

from __future__ import annotations

from summarizer.figures.hits import Hit, step_back
from summarizer.figures.particles import particle, topic
from summarizer.figures.patterns import patterns
from summarizer.figures.rematch import (
    capital_abbreviation,
    change_then_level,
    composed,
    day_then_amount,
    falls,
    first_end,
    first_end_at,
    year_then_count,
    year_then_scaled,
)
from summarizer.figures.starts import finditer_at
from summarizer.figures.verdict import judge_match


def numbers(
    text: str, low: str, language: str, trigger_starts: list[int], blocked: list[tuple[int, int]]
) -> list[Hit]:
    """The figures built on a number: the master pattern at each trigger, then `judge_match`."""
    hits: list[Hit] = []
    found = patterns(language)
    pattern = found.master
    done = 0
    for t in finditer_at(found.trigger, low, trigger_starts):
        if t.start() < done:
            continue
        m = pattern.match(low, step_back(low, t.start(), done))
        # "added up to £40": no "up to"; "a story about two warships": no "about"
        if m and m["qual"] and (particle(text, m, language) or topic(text, m, language)):
            m = pattern.match(low, m.start("cur") if m["cur"] else m.start("num"))
        if m and m["num"][0].isalpha() and len(m["num"].split()) > 1:
            m = composed(text, pattern, m)  # "three Nine Counties teams": 3, not 12
        if m and m["dur"] and capital_abbreviation(text, m):
            m = pattern.match(low, m.start(), m.start("dur"))  # "12 SEC filings": no seconds
        if not m:
            continue
        if day_then_amount(text, m):  # "on July 14 to 46 percent": a date, then the level
            again = pattern.match(low, m.start("num2"))
            level = judge_match(text, again, language, blocked) if again else None
            if level is not None and level.kind != "number":
                m = again  # but "July 14-16" is a date, no bare 16
        if year_then_scaled(m):  # "rose in 2004 to 789m euros": the year is no low end
            m = pattern.match(low, m.start("cur2") if m["cur2"] else m.start("num2"))
            if not m:
                continue
        done = m.end()
        hit = judge_match(text, m, language, blocked)
        if hit is not None and (falls(hit) or change_then_level(text, hit, m)):
            # "from 500 to 3m euros", "lost more than $2 to $43.25": no range; read apart
            m, done = first_end(pattern, m), first_end_at(m)
            hit = judge_match(text, m, language, blocked) if m else None
        if hit is None and m and year_then_count(m):  # "2018 to 3.9 million headsets"
            m = pattern.match(low, m.start("cur2") if m["cur2"] else m.start("num2"))
            hit = judge_match(text, m, language, blocked) if m else None
        if hit is not None:
            done = min(done, hit.end)  # a figure cut short leaves the rest to read
        if hit:
            hits.append(hit)
    return hits
