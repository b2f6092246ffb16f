"""Reading the web: fetch under the SSRF guard, decode, extract articles, URLs, feeds and OPML."""
