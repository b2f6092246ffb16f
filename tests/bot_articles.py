"""Articles written for the bot tests (our own words), served by the loopback HTTP server."""

from __future__ import annotations

import html

FERRY_PARAGRAPHS = [
    "The night ferry between Larsvik and the island of Holm will run again from the first of "
    "May, the regional transport board announced on Monday, ending a pause of almost three "
    "years.",
    "The service was suspended when the old vessel failed a safety inspection, leaving about "
    "4,200 island residents with a single daytime crossing and a long detour by road bridge.",
    "“We heard every complaint, and we agreed with most of them,” said Ingrid Solberg, who "
    "chairs the transport board. “A harbour town without a night boat is only half a town.”",
    "The new ferry, built at a yard in the north, carries 180 passengers and 40 cars. It runs on "
    "batteries charged from the harbour grid and needs about 25 minutes for the crossing.",
    "Shop owners on Holm welcomed the decision. Tomas Berg, who runs a bakery near the pier, "
    "said late deliveries had cost him customers. “People stopped coming for dinner because "
    "they could not get home,” Berg said.",
    "The board expects the line to cost 12 million crowns a year, of which ticket sales should "
    "cover roughly half. The remainder comes from the regional budget approved in March.",
    "Critics argue that the money would be better spent on buses. A local councillor said the "
    "bridge road needs repairs that have been postponed twice already.",
    "Tickets go on sale in April. Residents of the island will pay a reduced fare, and children "
    "under twelve travel free on every crossing.",
]


def article_html(title: str, paragraphs: list[str], *, lang: str = "en") -> str:
    """A plain article page: escaped title, one <p> per paragraph."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head><body><article>"
        f"<h1>{html.escape(title)}</h1>\n{body}\n</article></body></html>"
    )


FERRY_TITLE = "Night ferry to Holm returns in May"
FERRY_PAGE = article_html(FERRY_TITLE, FERRY_PARAGRAPHS)

HOSTILE_TITLE = "<b>Tom & Jerry</script>"
HOSTILE_PARAGRAPHS = [
    "The cartoon festival in Larsvik opened with a <b>bold</b> claim & a promise: every "
    "screening would be free for children under ten.",
    *FERRY_PARAGRAPHS[1:6],
]
HOSTILE_PAGE = article_html(HOSTILE_TITLE, HOSTILE_PARAGRAPHS)

_SUBJECTS = [
    "The harbour master",
    "A committee of island fishermen",
    "The regional transport board",
    "An engineer from the northern shipyard",
    "The mayor of Larsvik",
    "A group of bakery owners near the pier",
    "The council's finance office",
    "Volunteers from the island school",
]
_CLAIMS = [
    "argued at length that the new timetable would finally let families on both shores plan "
    "their evenings without worrying about the last crossing of the day",
    "explained that the batteries of the vessel were charged overnight from the harbour grid, "
    "which meant the ferry produced no exhaust at all while it waited at the pier",
    "pointed out that ticket revenue in the first season had been higher than the cautious "
    "estimates presented to the council during the long budget debate last winter",
    "warned that the old road bridge still needed expensive repairs and that the ferry could "
    "not replace it for heavy lorries carrying timber and fish to the mainland",
    "described how the crew had trained for months in the fjord, practising rescues in the "
    "dark and in rough weather until every step of the drill felt routine",
]


def long_paragraphs(count: int = 40) -> list[str]:
    """Many long, distinct sentences: enough to overflow one Telegram message."""
    paragraphs = []
    for i in range(count):
        subject = _SUBJECTS[i % len(_SUBJECTS)]
        claim = _CLAIMS[(i * 3) % len(_CLAIMS)]
        paragraphs.append(
            f"In the {i + 1}th session of the harbour hearings, {subject.lower()} {claim}, "
            f"while the audience of {40 + i} residents listened and took notes for the "
            f"newsletter that goes out every {i % 6 + 2} weeks. {subject} later added that the "
            f"island deserved the same evening connections as any town on the coast, and that "
            f"the decision should be reviewed after season {i % 4 + 1}."
        )
    return paragraphs


LONG_TITLE = "Harbour hearings: " + "a very long record of every session " * 4
LONG_PAGE = article_html(LONG_TITLE, long_paragraphs())

PASTED_TEXT = "\n\n".join(FERRY_PARAGRAPHS)
