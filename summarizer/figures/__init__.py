"""Key figures: numbers with what they count, in the article's language and number format
(`judge.key_figures` is the entry point)."""
