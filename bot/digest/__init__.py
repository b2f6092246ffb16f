"""Digests: subscriptions, feed polling, building and delivering digests on a schedule."""
