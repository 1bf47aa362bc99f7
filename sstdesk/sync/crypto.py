"""End-to-end encryption: the team key seals records; device keys receive the team key.

Records: XChaCha20-Poly1305 (libsodium, via PyNaCl) with a fresh 24-byte nonce.
The associated data binds the team, record id, kind, version, base version,
author device, key id, the server epoch it was sent in and whether it is a revoked
laptop's farewell, so a server cannot serve a ciphertext as another record,
another version (a rollback), another author or another team's, nor take a
farewell for an ordinary change. The team key reaches a device only sealed (X25519
sealed box) to that device's public key.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field

from nacl import bindings, public, signing, utils
from nacl.exceptions import CryptoError
from nacl.pwhash import argon2id

from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Phrase
from sstdesk.vault.keys import KdfParams, normalise_recovery_code

NONCE = bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES


class SealError(DomainError):
    """A record or key could not be opened: wrong key, or tampered with."""


def new_team_key() -> bytes:
    return utils.random(32)


def key_id(team_key: bytes) -> str:
    """Names the key beside each ciphertext, so a future key rotation can tell them apart."""
    return hashlib.blake2b(team_key, digest_size=8, person=b"sstdesk-teamkey").hexdigest()


@dataclass(frozen=True)
class Header:
    """What a sealed record version is, authenticated with it (never encrypted: the server
    needs it to store and serve the version)."""

    team_id: str
    record_id: str
    kind: str
    version: int  # the version this becomes once accepted: always its base + 1
    device_id: str  # the author
    key_id: str
    epoch: str  # the server epoch it was pushed in: a restore starts a new one
    # Sent by a revoked laptop handing over its last work: the team sees it only as
    # conflicts, never applied over anything, whatever the server says of it.
    farewell: bool = False

    def associated_data(self) -> bytes:
        bound = [
            "sstdesk-record",
            2,
            self.team_id,
            self.record_id,
            self.kind,
            self.version,
            self.version - 1,
            self.device_id,
            self.key_id,
            self.epoch,
        ]
        if self.farewell:  # (records sealed before the mark existed stay as they were)
            bound.append("farewell")
        return json.dumps(bound, separators=(",", ":")).encode()


def seal_record(team_key: bytes, header: Header, plaintext: bytes) -> str:
    nonce = utils.random(NONCE)
    sealed = bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext, header.associated_data(), nonce, team_key
    )
    return base64.b64encode(nonce + sealed).decode()


def open_record(team_key: bytes, header: Header, text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
        return bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            raw[NONCE:], header.associated_data(), raw[:NONCE], team_key
        )
    except (CryptoError, ValueError) as error:
        raise SealError(
            Phrase(
                "En post från servern gick inte att dekryptera. Den kan vara manipulerad eller "
                "krypterad med en annan teamnyckel."
            )
        ) from error


def new_signing_keys() -> tuple[str, str]:
    """(private, public) Ed25519, base64: the device's signature on its audit heads."""
    key = signing.SigningKey.generate()
    return (
        base64.b64encode(bytes(key)).decode(),
        base64.b64encode(bytes(key.verify_key)).decode(),
    )


def sign(private: str, message: bytes) -> str:
    signed = signing.SigningKey(base64.b64decode(private)).sign(message)
    return base64.b64encode(signed.signature).decode()


def signed_by(public_key: str, message: bytes, signature: str) -> bool:
    """Is `signature` the holder of `public_key`'s (Ed25519, base64) over `message`?"""
    try:
        signing.VerifyKey(base64.b64decode(public_key)).verify(message, base64.b64decode(signature))
    except (CryptoError, ValueError, TypeError):
        return False
    return True


def new_device_keys() -> tuple[str, str]:
    """(private, public), base64."""
    key = public.PrivateKey.generate()
    return (
        base64.b64encode(bytes(key)).decode(),
        base64.b64encode(bytes(key.public_key)).decode(),
    )


SAFETY_DIGITS = 20  # about 66 bits: no server can make a key of its own with the same code


def safety_code(device_public: str) -> str:
    """A short code derived from a device's public key, shown on the new laptop and typed
    on the admin's before the team key is sealed to that key (like Signal's safety
    numbers): a key the server swapped in gives another code."""
    digest = hashlib.blake2b(
        base64.b64decode(device_public), digest_size=32, person=b"sstdesk-safety"
    ).digest()
    digits = str(int.from_bytes(digest, "big") % 10**SAFETY_DIGITS).zfill(SAFETY_DIGITS)
    return " ".join(digits[i : i + 5] for i in range(0, SAFETY_DIGITS, 5))


def team_code(team_key: bytes, device_public: str) -> str:
    """The code the approving admin's screen shows for a new laptop, typed there: made with
    the team key, so a key ring the server made up gives another one (the server never
    sees the code, so it cannot try keys against it)."""
    digest = hashlib.blake2b(
        base64.b64decode(device_public), key=team_key, digest_size=16, person=b"sstdesk-teamcode"
    ).digest()
    digits = str(int.from_bytes(digest, "big") % 10**10).zfill(10)
    return f"{digits[:5]} {digits[5:]}"


def key_print(device_public: str) -> str:
    """A device key's print as the team's log keeps it: its safety code's digits."""
    return safety_code(device_public).replace(" ", "")


def same_code(typed: str, expected: str) -> bool:
    """Typed as shown, with or without spaces and dashes."""
    return "".join(c for c in typed if c.isdigit()) == expected.replace(" ", "")


@dataclass(frozen=True)
class Retired:
    """A key replaced at a rotation: it opens what was sealed up to `seq` of the server's
    log in `epoch` (the rotating admin's cursor, which the server confirmed was its newest);
    after that only the farewell of a laptop shut out then (`without`)."""

    epoch: str
    seq: int
    without: tuple[str, ...] = ()
    # The other epochs it sealed records in, all before `epoch` (the server's restores): a
    # record sealed with it in any other epoch was sealed after the rotation. None in a
    # ring made before this was kept: then any other epoch is taken, as it was.
    earlier: tuple[str, ...] | None = None


@dataclass(frozen=True)
class KeyRing:
    """Every team key the team has used, by id, and the one new records use. A rotation adds
    a key; none is ever dropped, so old records stay readable. `admins`: the admin laptops
    (device id → X25519 public key) whose hand this ring came from or vouched for: a new
    ring is taken only from one of them."""

    current: str
    keys: dict[str, bytes]
    retired: dict[str, Retired] = field(default_factory=dict)
    admins: dict[str, str] = field(default_factory=dict)

    @classmethod
    def first(cls, team_key: bytes) -> KeyRing:
        return cls(key_id(team_key), {key_id(team_key): team_key})

    @property
    def current_key(self) -> bytes:
        return self.keys[self.current]

    def rotated(self, retired: Retired, admins: dict[str, str]) -> KeyRing:
        fresh = new_team_key()
        return KeyRing(
            key_id(fresh),
            {**self.keys, key_id(fresh): fresh},
            {**self.retired, self.current: retired},
            admins,
        )

    def dumps(self) -> bytes:
        keys = {k: base64.b64encode(v).decode() for k, v in sorted(self.keys.items())}
        body: dict[str, object] = {"v": 1, "current": self.current, "keys": keys}
        if self.retired:
            body["retired"] = {
                k: [r.epoch, r.seq, list(r.without)]
                + ([sorted(r.earlier)] if r.earlier is not None else [])
                for k, r in sorted(self.retired.items())
            }
        if self.admins:
            body["admins"] = dict(sorted(self.admins.items()))
        return json.dumps(body).encode()


def load_ring(data: bytes, held: KeyRing | None = None) -> KeyRing:
    """A ring as opened; checked against the ring this laptop holds, if any: every key held
    must still be there, unchanged. A ring the server made up cannot hold the team's keys
    (the server never sees them), so it is refused. (A revoked laptop, which holds the old
    keys, could make one up with the server's help: that needs both.)"""
    if len(data) == 32:  # a device approved before key rings: its one team key
        ring = KeyRing.first(data)
    else:
        try:
            body = json.loads(data)
            keys = {k: base64.b64decode(v, validate=True) for k, v in body["keys"].items()}
            retired = {
                str(k): Retired(
                    str(e),
                    int(n),
                    tuple(str(d) for d in without),
                    tuple(str(x) for x in earlier[0]) if earlier else None,
                )
                for k, (e, n, without, *earlier) in body.get("retired", {}).items()
            }
            admins = {str(k): str(v) for k, v in body.get("admins", {}).items()}
            ring = KeyRing(str(body["current"]), keys, retired, admins)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise SealError(Phrase("Teamets nyckelring gick inte att läsa.")) from error
        if ring.current not in keys or any(key_id(v) != k for k, v in keys.items()):
            raise SealError(Phrase("Teamets nyckelring är inte hel."))
    if held is not None and any(ring.keys.get(k) != v for k, v in held.keys.items()):
        raise SealError(
            Phrase(
                "En ny teamnyckel från servern kunde inte styrkas. Den används inte; kontakta "
                "teamets administratör."
            )
        )
    return ring


def seal_for_device(data: bytes, device_public: str) -> str:
    box = public.SealedBox(public.PublicKey(base64.b64decode(device_public)))
    return base64.b64encode(box.encrypt(data)).decode()


def seal_from(data: bytes, sender: str, sender_private: str, device_public: str) -> str:
    """A key ring for one device, from an admin's laptop that the device can tell it came
    from (an authenticated box from the sender's X25519 key, not an anonymous one)."""
    box = public.Box(
        public.PrivateKey(base64.b64decode(sender_private)),
        public.PublicKey(base64.b64decode(device_public)),
    )
    sender_public = base64.b64encode(bytes(box_public(sender_private))).decode()
    envelope = {
        "v": 2,
        "by": sender,
        "from": sender_public,
        "box": base64.b64encode(box.encrypt(data)).decode(),
    }
    return base64.b64encode(json.dumps(envelope).encode()).decode()


def box_public(private: str) -> public.PublicKey:
    return public.PrivateKey(base64.b64decode(private)).public_key


def sender_of(wrapped: str) -> tuple[str, str] | None:
    """(device id, public key) an authenticated ring says it is from; None for a ring
    sealed anonymously (an approval's, or one from before rings were sent so)."""
    try:
        envelope = json.loads(base64.b64decode(wrapped, validate=True))
    except ValueError:
        return None
    if not isinstance(envelope, dict) or envelope.get("v") != 2:
        return None
    by, sender = envelope.get("by"), envelope.get("from")
    return (by, sender) if isinstance(by, str) and isinstance(sender, str) else None


def open_from(wrapped: str, device_private: str) -> bytes:
    """The ring in an authenticated box, opened with the key of the sender it names (the
    caller has checked that sender is one it trusts)."""
    try:
        envelope = json.loads(base64.b64decode(wrapped, validate=True))
        box = public.Box(
            public.PrivateKey(base64.b64decode(device_private)),
            public.PublicKey(base64.b64decode(envelope["from"])),
        )
        return box.decrypt(base64.b64decode(envelope["box"]))
    except (CryptoError, ValueError, KeyError, TypeError) as error:
        raise SealError(
            Phrase("Teamnyckeln gick inte att öppna med den här datorns nyckel.")
        ) from error


def open_for_device(sealed: str, device_private: str) -> bytes:
    try:
        box = public.SealedBox(public.PrivateKey(base64.b64decode(device_private)))
        return box.decrypt(base64.b64decode(sealed))
    except (CryptoError, ValueError) as error:
        raise SealError(
            Phrase("Teamnyckeln gick inte att öppna med den här datorns nyckel.")
        ) from error


# Sealed counts are padded to one size, so a blob's size says nothing of the team's
# caseload (a team of 600 cases a year sends under 128 KiB). Sealed and in base64 it
# stays within the protocol's 400,000 characters.
STATISTICS_SIZE = 256 * 1024


def seal_for_statistician(data: bytes, statistician_public: str) -> str:
    """Sealed so that only the statistician's private key opens it (the sender cannot
    either: a stolen laptop holds nothing that opens another team's counts). Padded
    with spaces (JSON ignores them) so a blob's size does not tell a team's caseload."""
    if len(data) > STATISTICS_SIZE:
        raise SealError(
            Phrase("Teamets statistik är större än vad som kan skickas till staden. Tala med IT.")
        )
    data += b" " * (STATISTICS_SIZE - len(data))
    try:
        box = public.SealedBox(public.PublicKey(base64.b64decode(statistician_public)))
    except (ValueError, TypeError, CryptoError) as error:
        raise SealError(
            Phrase("Statistikerns nyckel i IT:s inställningar är inte en giltig nyckel.")
        ) from error
    return base64.b64encode(box.encrypt(data)).decode()


def open_for_statistician(sealed: str, statistician_private: str) -> bytes:
    try:
        box = public.SealedBox(public.PrivateKey(base64.b64decode(statistician_private)))
        return box.decrypt(base64.b64decode(sealed))
    except (CryptoError, ValueError, TypeError) as error:
        raise SealError(
            Phrase("Ett teams statistik gick inte att öppna med statistikerns nyckel.")
        ) from error


def seal_for_recovery(secret: bytes, code: str, params: KdfParams | None = None) -> str:
    """The team key wrapped a second time, with the printed team recovery code: kept on the
    server (which cannot open it), opened only with the paper."""
    params = params or KdfParams.floor()
    salt = utils.random(16)
    nonce = utils.random(NONCE)
    sealed = bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
        secret, _recovery_ad(params, salt), nonce, _recovery_key(code, salt, params)
    )
    blob = {
        "ops": params.opslimit,
        "mem": params.memlimit,
        "salt": base64.b64encode(salt).decode(),
        "sealed": base64.b64encode(nonce + sealed).decode(),
    }
    return base64.b64encode(json.dumps(blob).encode()).decode()


def open_with_recovery(blob: str, code: str) -> bytes:
    try:
        data = json.loads(base64.b64decode(blob))
        params = KdfParams(int(data["ops"]), int(data["mem"]))
        if not params.meets_floor():
            raise ValueError("weak parameters")
        salt, raw = base64.b64decode(data["salt"]), base64.b64decode(data["sealed"])
        return bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            raw[NONCE:], _recovery_ad(params, salt), raw[:NONCE], _recovery_key(code, salt, params)
        )
    except (CryptoError, ValueError, KeyError, TypeError) as error:
        raise SealError(
            Phrase("Teamets återställningskod stämmer inte. Kontrollera koden på papperet.")
        ) from error


def _recovery_key(code: str, salt: bytes, params: KdfParams) -> bytes:
    secret = normalise_recovery_code(code).encode()
    return argon2id.kdf(32, secret, salt, opslimit=params.opslimit, memlimit=params.memlimit)


def _recovery_ad(params: KdfParams, salt: bytes) -> bytes:
    return json.dumps(
        [
            "sstdesk-team-recovery",
            1,
            params.opslimit,
            params.memlimit,
            base64.b64encode(salt).decode(),
        ]
    ).encode()
