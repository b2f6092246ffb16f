"""Chat features: summaries of links and texts, inline mode, settings, replies."""
