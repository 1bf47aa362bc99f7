"""Passwords (Argon2id), login throttling per account, short-lived device-bound tokens."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from nacl.exceptions import CryptoError
from nacl.signing import VerifyKey

TOKEN_LIFETIME = dt.timedelta(minutes=15)
REFRESH_LIFETIME = dt.timedelta(days=30)  # a laptop offline longer signs in with its password
# A renewal whose answer was lost on the way: the spent token may be shown again this long,
# as long as the token issued in its place has not been used, and only with the device's
# own signature (so it may be long: a laptop retries at its next sync, hours later or the
# next morning). After that, reuse is theft.
REFRESH_GRACE = dt.timedelta(hours=24)
# A revoked device may hand over what it holds this long after the revocation, once: in
# one session, from its first farewell request for this long (a retry after a dropped
# connection, the same day), with a refresh token of its own not yet spent.
FAREWELL_WINDOW = dt.timedelta(days=14)
FAREWELL_SESSION = dt.timedelta(hours=24)
FREE_FAILURES = 4  # the 5th failure in a row starts the waiting
MAX_LOCK = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class HashParams:
    """RFC 9106's low-memory profile by default; tests may use OWASP's minimum."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    @classmethod
    def minimum(cls) -> HashParams:
        return cls(time_cost=2, memory_kib=19 * 1024, parallelism=1)


class Passwords:
    def __init__(self, params: HashParams) -> None:
        self._hasher = PasswordHasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
        )
        # Verified against when the user does not exist, so both cases take as long.
        self._dummy = self._hasher.hash(secrets.token_hex(16))

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(stored or self._dummy, password) and stored is not None
        except (VerificationError, InvalidHashError):
            return False


def lock_after(failures: int, now: dt.datetime) -> dt.datetime | None:
    """Exponential waiting from the 5th failure in a row: 1 s, 2 s, 4 s … at most 15 min."""
    if failures <= FREE_FAILURES:
        return None
    wait = dt.timedelta(seconds=2 ** min(failures - FREE_FAILURES - 1, 20))
    return now + min(wait, MAX_LOCK)


def new_token() -> tuple[str, str]:
    """An opaque 256-bit token and the SHA-256 the server keeps instead of it."""
    token = secrets.token_urlsafe(32)
    return token, token_hash(token)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def signed_by(public_key: str, message: bytes, signature: str) -> bool:
    """An Ed25519 signature by a device's registered key (the server holds only its public
    half, and never a key that could open a record)."""
    if not public_key:
        return False
    try:
        VerifyKey(base64.b64decode(public_key)).verify(message, base64.b64decode(signature))
    except (CryptoError, ValueError):
        return False
    return True
