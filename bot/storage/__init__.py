"""The database: engine, schema and migrations, chat settings, rate limits, leases."""
