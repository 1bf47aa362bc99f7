"""The forward-secure MAC over a laptop's audit chain (Schneier & Kelsey 1998).

Each event's hash is MACed with a key that then moves one way (K_{i+1} = H(K_i)) and the
old key is gone from the laptop. The server holds the first key and moves it forward as
it verifies. Someone who later takes the laptop cannot re-MAC an event written before:
cutting the newest events, even ones never synced, shows at the next contact, because
the laptop's key has already moved past them. Both sides compute it here, once.
"""

from __future__ import annotations

import hashlib
import hmac


def next_key(key: bytes) -> bytes:
    return hashlib.blake2b(key, digest_size=32, person=b"sstdesk-auditkey").digest()


def key_after(key: bytes, steps: int) -> bytes:
    for _ in range(steps):
        key = next_key(key)
    return key


def mac(key: bytes, event_hash: str) -> str:
    return hmac.new(key, event_hash.encode(), hashlib.sha256).hexdigest()
