"""The district's sync server: a small, zero-knowledge store of encrypted record versions.

Layer: server. It shares only `sstdesk.wire` with the client (import-linter
checks); it never decrypts, never merges, and logs ids, never content.
"""
