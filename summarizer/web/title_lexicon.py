"""Words that name a page's parts rather than its story (data only; `title` uses them).

trafilatura takes the first `<h1>` for the title, and old pages print their menu's or a box's
heading there ("Navigation", "Links We Like"); some print the section ("NBA") or the site's name.
Such a title is no headline: the next candidate is taken (`title.best_title`).
"""

from __future__ import annotations

import re

# Headings of a page's boxes and menus: never an article's headline (compared in `key` form).
GENERIC_TITLES = frozenset(
    (
        "navigation",
        "main navigation",
        "site navigation",
        "menu",
        "main menu",
        "home",
        "homepage",
        "home page",
        "search",
        "search form",
        "user login",
        "log in",
        "login",
        "sign in",
        "skip to content",
        "skip to main content",
        "links we like",
        "sponsored links",
        "related links",
        "useful links",
        "quick links",
        "links",
        "advertisement",
        "advertising",
        "sponsored",
        "breaking news",
        "latest news",
        "top stories",
        "top news",
        "most popular",
        "most read",
        "recent posts",
        "recent stories",
        "related stories",
        "related articles",
        "you are here",
        "news",
        "news story",
        "local news",
        "world news",
        "sports",
        "sport",
        "entertainment",
        "business",
        "weather",
        "video",
        "videos",
        "photos",
        "blogs",
        "opinion",
        "comments",
        "contact us",
        "subscribe",
        "newsletter",
        "share",
        "share this",
        "tools",
        "article tools",
        "market place",
        "marketplace",
        "classifieds",
        "untitled",
        "untitled document",
        "page not found",
        # a box's or a comment thread's heading over the sidebar (reading L)
        "related",
        "related content",
        "related news",
        "related coverage",
        "tags",
        "tagged",
        "categories",
        "in this section",
        "more in this section",
        "also in this section",
        "more stories",
        "more news",
        "your say",
        "have your say",
        "reader comments",
        "readers comments",
        "recent comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add your comment",
        "most viewed",
        "most emailed",
        "most e mailed",
        "most commented",
        "most shared",
        "editor s picks",
        "editors picks",
        "around the web",
        "from around the web",
        "you may also like",
        "you might also like",
        "see also",
        "in other news",
        "latest stories",
        "latest headlines",
        "local teams",
        "featured",
        "trending",
        "popular",
        "popular stories",
        "photo gallery",
        "galleries",
        "recommended",
        "recommended for you",
    )
)


# Words a section's name is made of: a title of these alone ("Sports Section Front", "Other
# Entertainment", "All The News", "News Article") names a part of the site, not a story.
SECTION_WORDS = frozenset(
    (
        "all",
        "the",
        "and",
        "other",
        "more",
        "latest",
        "top",
        "breaking",
        "local",
        "national",
        "world",
        "international",
        "news",
        "headlines",
        "stories",
        "story",
        "article",
        "articles",
        "section",
        "front",
        "page",
        "home",
        "index",
        "sports",
        "sport",
        "entertainment",
        "business",
        "politics",
        "lifestyle",
        "features",
        "opinion",
        "weather",
        "video",
        "photos",
        "blogs",
        "archive",
        "archives",
    )
)


# An element whose class or id names it as the page's headline ("ViewArticleTitle",
# "entry-title", "story_headline"), not a list of them ("headlines") nor the site's or a box's
# title ("site-title", "widget-title", "subtitle").
HEADLINE_CLASS = re.compile(
    r"^(?:headline|\w*(?:article|story|post|entry|news|main|content)[-_]?(?:title|headline))$",
    re.IGNORECASE,
)
# A class that names the headline only when one element on the page has it: "title" also marks
# each item of a list of other stories.
LONE_HEADLINE_CLASS = "title"
NOT_HEADLINE_CLASS = re.compile(
    r"^(?:site|sub|widget|section|block|module|box|sidebar|side|nav|menu|footer|header|brand"
    r"|logo|blog|page-?sub|teaser|related|promo)",
    re.IGNORECASE,
)


# The heading of a box of text adverts ("Sponsored Links", "Ads by Google"): the box's text is
# no part of the story, though each advert ends in a full stop like a sentence.
SPONSORED_HEADING = re.compile(
    r"^(?:sponsored(?:\s+(?:links?|results|listings|content|stories))?|ads\s+by\s+\w+"
    r"|advertisements?|paid\s+links|anzeigen|annonces)\W*$",
    re.IGNORECASE,
)


# The site's name in brackets after the headline: "Storm hits coast (from The Gazette)",
# "Storm hits coast (The Gazette)" (`title.headline` checks the name is the site's).
TITLE_BRACKET_NAME = re.compile(r"\s*\((?P<from>from\s+)?(?P<name>[^()]{2,40}?)\s*\)\s*$", re.I)
# A wire's slug glued before the headline: "SOCCER-Valley beat Ellis 2-1", "UPDATE 2-Valley
# beat ...", "TENNIS/OPEN-Lee wins". The sports' names only: "USA-Canada talks" is a headline.
_SLUG_WORDS = (
    "SOCCER|FOOTBALL|TENNIS|GOLF|CRICKET|RUGBY|RUGBY UNION|RUGBY LEAGUE|BASEBALL|BASKETBALL"
    "|ICE HOCKEY|HOCKEY|BOXING|CYCLING|ATHLETICS|SWIMMING|SKIING|ALPINE SKIING|OLYMPICS"
    "|MOTOR RACING|MOTORCYCLING|SAILING|ROWING|HORSE RACING|RACING|NFL|NBA|NHL|MLB|NCAA"
)
TITLE_SLUG = re.compile(
    rf"^(?:UPDATE\s*\d*|(?:{_SLUG_WORDS})(?:[-/][A-Z]{{2,}})*)\s*-(?=[A-Z0-9][\w'’])"
)


# The last word of a category label before the headline's colon ("F1 News: Lee wins", "Local
# Sport: ...", "Breaking News: ..."): the label names a section, not the story.
CATEGORY_TAILS = frozenset(("news", "sport", "sports", "headlines", "update", "updates"))

# Lower-case words a site's name may end in ("The Valley Sun online", "Gazette Live"): with one
# of them, a short name-like title is the site's name, not a headline.
SITE_NAME_WORDS = frozenset(("online", "live", "interactive", "digital", "web", "network"))

# A place after the headline: "Ferry Crossing Cancelled - News - Dunmore, PA" (a US town and
# its state, as local stations' titles end).
TITLE_PLACE = re.compile(r"^[A-Z][\w.' ]{1,30},\s*[A-Z]{2}$")

# Names glued to the headline by a dash with no space on its left: "Headline-Section-Site",
# "Other Sports- Headline" (`title.headline` checks every other part is a name).
TITLE_GLUED_DASH = re.compile(r"(?<=[\w.!?'’)])-\s*(?=[A-Z])")

# A lower-case one-word category before the colon: "xbox360: Soul Calibur turns ...".
TITLE_LOWER_LABEL = re.compile(r"^[a-z][a-z0-9]{1,14}$")


# News agencies whose name heads a wire section ("AP National News", "Reuters World"): with
# section words only, such a title names the section, not the story.
WIRE_NAMES = frozenset(
    {"ap", "afp", "reuters", "upi", "dpa", "cp", "aap", "pa", "bloomberg", "wire"}
)
