"""Writing a benchmark's table into docs/: each script owns one marked section of a page.

A section sits between `<!-- name:start -->` and `<!-- name:end -->`; rewriting it leaves the
rest of the page (other scripts' sections, hand-written notes) as it was.
"""

from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def write_section(page: str, name: str, body: str) -> None:
    """Replace section `name` of docs/`page` with `body`, or append it when it is new."""
    path = DOCS / page
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.strip(chr(10))}\n{end}"
    title = "# " + path.stem.replace("-", " ").capitalize() + "\n"
    text = path.read_text(encoding="utf-8") if path.exists() else title
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
