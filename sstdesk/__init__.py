"""sstdesk: encrypted, offline-first caseload for skolsociala team."""

__version__ = "0.1.0"
