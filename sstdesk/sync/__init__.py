"""The client side of sync: encrypt, queue, push, pull, merge. Layer: sync.

Talks to the server only through `sstdesk.wire` messages over an `httpx.Client`;
the vault's SQLCipher connection is touched only from the thread that owns it.
"""
