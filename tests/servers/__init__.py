"""Real servers on loopback for tests (see tests/servers/http.py)."""
