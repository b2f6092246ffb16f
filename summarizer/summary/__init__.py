"""Choosing the summary sentences: our default ranking, the algorithm registry, and numpy
versions of sumy's algorithms."""
