"""Key quotes and key figures, measured in one run: `python -m bench.highlights`.

Runs `bench.quotes` (PolNeAR: quote precision/recall, speaker accuracy) and `bench.figures` (our
labelled set: figure precision/recall) and rewrites both sections of docs/quality.md. Targets:
quotes precision >= 0.90, recall >= 0.80, speaker accuracy >= 0.80; figures precision >= 0.90,
recall >= 0.85.
"""

from __future__ import annotations

import sys

from bench import figures, quotes


def main() -> None:
    sys.argv = [sys.argv[0], "--write-docs"]
    print("## Key quotes\n")
    quotes.main()
    print("\n## Key figures\n")
    figures.main([])


if __name__ == "__main__":
    main()
