"""The message catalog: one module per interface language, each a flat `MESSAGES` dict."""
