"""Use cases: one call per user action, each a transaction with its audit event."""
