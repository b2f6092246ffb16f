"""Migration scripts, one per schema change (numbered; see bot.storage.migrations)."""
