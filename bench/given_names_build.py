"""Builds summarizer/quotes/given_names.txt, the given-name list that tells "he" from "she"
(summarizer/quotes/given_names.py), from nomquamgender's name_data.json (MIT licence,
Ian Van Buskirk 2022: p(female) per name from 36 national and international sources).

Run once by hand, offline, on the JSON from the package's wheel; the bot never needs the
package: `python -m bench.given_names_build PATH/name_data.json`. Kept: plain-letter names seen
at least MIN_COUNT times in at least MIN_SOURCES sources whose p(female) is at most 1 - KEEP
or at least KEEP, written as per-mille so the threshold the code uses can be tuned above KEEP.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MIN_COUNT = 500
MIN_SOURCES = 3
KEEP = 0.90
OUT = Path(__file__).resolve().parent.parent / "summarizer" / "quotes" / "given_names.txt"
_PLAIN = re.compile(r"^[a-z][a-z'-]*[a-z]$")
HEADER = """\
# Given names and how often each is a woman's (per mille, 0 = always a man's, 1000 = always a
# woman's). Derived from nomquamgender 0.1.4's name_data.json by bench/given_names_build.py:
# names seen at least {count} times in at least {sources} sources, at most {low} or at least {high}.
#
# Copyright (c) 2022 Ian Van Buskirk
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
"""


def build(source: Path) -> list[str]:
    """Lines "name per-mille", sorted by name."""
    data = json.loads(source.read_text(encoding="utf-8"))
    lines = []
    for name, (sources, count, p_female, *_rest) in sorted(data.items()):
        if not _PLAIN.match(name) or count < MIN_COUNT or sources < MIN_SOURCES:
            continue
        if 1 - KEEP < p_female < KEEP:
            continue
        lines.append(f"{name} {round(p_female * 1000)}")
    return lines


def main() -> None:
    lines = build(Path(sys.argv[1]))
    header = HEADER.format(count=MIN_COUNT, sources=MIN_SOURCES, low=f"{1 - KEEP:.2f}", high=KEEP)
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
