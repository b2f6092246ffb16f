"""Property-based and adversarial tests of the code that reads strangers' text (docs/fuzzing.md)."""
