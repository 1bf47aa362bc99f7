"""The key file: a random data key, wrapped twice (passphrase and recovery code).

Layer: vault. passphrase → Argon2id → key-encryption key → XChaCha20-Poly1305
unwraps the 256-bit data key that SQLCipher is opened with. The data key, the
key-encryption key and the passphrase's UTF-8 exist only in wipeable buffers
(secret.py), and every one is wiped as soon as it has served. No password hash
is stored: the passphrase is right exactly when the unwrap succeeds. The KDF
parameters are bound to the wrap as associated data and checked against a
floor, so an edited file cannot weaken them. Writes are atomic, and the old
file is kept (`keys.json.old`) until the new one has been read back.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.bindings as sodium
import nacl.pwhash.argon2id as argon2id

from sstdesk.domain.phrase import Phrase
from sstdesk.paths import atomic_write
from sstdesk.vault import secret
from sstdesk.vault.errors import VaultDamaged, WeakKeyParameters
from sstdesk.vault.secret import wipe

FORMAT = "sstdesk-keyfile"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16

# The floor (issue 2, security.md LS-4): never fewer passes or less memory than this.
FLOOR_OPSLIMIT = 3
FLOOR_MEMLIMIT = 64 * 1024 * 1024
MAX_MEMLIMIT = 1024 * 1024 * 1024
CALIBRATION_TARGET_SECONDS = 0.5

RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 4


@dataclass(frozen=True)
class KdfParams:
    opslimit: int
    memlimit: int

    @classmethod
    def floor(cls) -> KdfParams:
        return cls(FLOOR_OPSLIMIT, FLOOR_MEMLIMIT)

    def meets_floor(self) -> bool:
        return self.opslimit >= FLOOR_OPSLIMIT and self.memlimit >= FLOOR_MEMLIMIT


def calibrate(target_seconds: float = CALIBRATION_TARGET_SECONDS) -> KdfParams:
    """Double the memory from the floor until one derivation takes about `target_seconds`."""
    params = KdfParams.floor()
    salt = os.urandom(SALT_BYTES)
    while params.memlimit < MAX_MEMLIMIT:
        started = time.perf_counter()
        argon2id.kdf(DATA_KEY_BYTES, b"calibration", salt, params.opslimit, params.memlimit)
        if time.perf_counter() - started >= target_seconds * 0.6:
            break
        params = KdfParams(params.opslimit, params.memlimit * 2)
    return params


def new_recovery_code() -> str:
    """100 random bits as five groups of four, easy to read aloud and type back."""
    chars = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return "-".join(
        chars[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(chars), RECOVERY_GROUP_LEN)
    )


def normalise_recovery_code(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))


@dataclass(frozen=True)
class _Slot:
    """One wrap of the data key: the KDF input and the sealed key."""

    salt: bytes
    params: KdfParams
    nonce: bytes
    sealed: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id13",
            "opslimit": self.params.opslimit,
            "memlimit": self.params.memlimit,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "sealed_key": _b64(self.sealed),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _Slot:
        if data.get("kdf") != "argon2id13":
            raise ValueError("unknown kdf")
        slot = cls(
            salt=_unb64(data["salt"]),
            params=KdfParams(int(data["opslimit"]), int(data["memlimit"])),
            nonce=_unb64(data["nonce"]),
            sealed=_unb64(data["sealed_key"]),
        )
        if len(slot.salt) != SALT_BYTES or len(slot.nonce) != secret.NONCE_BYTES:
            raise ValueError("salt or nonce of the wrong length")
        return slot


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    passphrase_slot: _Slot
    recovery_slot: _Slot

    # -- creating ---------------------------------------------------------------

    @classmethod
    def create(
        cls, *, passphrase: str, params: KdfParams | None = None
    ) -> tuple[KeyFile, bytearray, str]:
        """A new key file, its data key and the recovery code (to show once)."""
        params = params or calibrate()
        _require_floor(params, None)
        data_key = secret.random_key(DATA_KEY_BYTES)
        recovery_code = new_recovery_code()
        vault_id = uuid.uuid4().hex
        try:
            keyfile = cls(
                vault_id=vault_id,
                passphrase_slot=_seal(vault_id, "passphrase", passphrase, params, data_key),
                recovery_slot=_seal(
                    vault_id,
                    "recovery",
                    normalise_recovery_code(recovery_code),
                    KdfParams.floor(),
                    data_key,
                ),
            )
        except BaseException:
            wipe(data_key)
            raise
        return keyfile, data_key, recovery_code

    def with_passphrase(
        self, *, data_key: bytearray, passphrase: str, params: KdfParams | None = None
    ) -> KeyFile:
        """The same data key under a new passphrase: the database is never rekeyed."""
        params = params or self.passphrase_slot.params
        _require_floor(params, None)
        slot = _seal(self.vault_id, "passphrase", passphrase, params, data_key)
        return KeyFile(self.vault_id, slot, self.recovery_slot)

    def with_new_recovery_code(self, *, data_key: bytearray) -> tuple[KeyFile, str]:
        """The same data key under a fresh recovery code: the used one stops working."""
        code = new_recovery_code()
        slot = _seal(
            self.vault_id,
            "recovery",
            normalise_recovery_code(code),
            KdfParams.floor(),
            data_key,
        )
        return KeyFile(self.vault_id, self.passphrase_slot, slot), code

    # -- opening ----------------------------------------------------------------

    def unwrap_with_passphrase(self, passphrase: str) -> bytearray | None:
        """The data key (the caller wipes it), or None when the passphrase is wrong."""
        return _open(self.vault_id, "passphrase", passphrase, self.passphrase_slot)

    def unwrap_with_recovery_code(self, code: str) -> bytearray | None:
        return _open(self.vault_id, "recovery", normalise_recovery_code(code), self.recovery_slot)

    # -- disk -------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "vault_id": self.vault_id,
                "passphrase": self.passphrase_slot.to_json(),
                "recovery": self.recovery_slot.to_json(),
            },
            indent=2,
            sort_keys=True,
        )

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read and check the key file; VaultDamaged or WeakKeyParameters when it is not right."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
                raise ValueError("not an sstdesk key file")
            keyfile = cls(
                vault_id=str(data["vault_id"]),
                passphrase_slot=_Slot.from_json(data["passphrase"]),
                recovery_slot=_Slot.from_json(data["recovery"]),
            )
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
            raise VaultDamaged(path) from error
        _require_floor(keyfile.passphrase_slot.params, path)
        _require_floor(keyfile.recovery_slot.params, path)
        return keyfile

    def save(self, path: Path) -> None:
        """Atomic replace; the previous file stays as `.old` until the new one reads back."""
        old = path.with_name(path.name + ".old")
        if path.exists():
            atomic_write(old, path.read_bytes())
        atomic_write(path, self.to_json().encode("utf-8"))
        if KeyFile.load(path) != self:
            raise VaultDamaged(path, Phrase("nyckelfilen kunde inte läsas tillbaka"))
        old.unlink(missing_ok=True)


MAX_OPSLIMIT = 16  # a ceiling too: an edited file must not make unlocking hang or crash


def _require_floor(params: KdfParams, path: Path | None) -> None:
    if not params.meets_floor():
        if path is None:
            raise ValueError("KDF parameters below the floor")
        raise WeakKeyParameters(path)
    if params.opslimit > MAX_OPSLIMIT or params.memlimit > MAX_MEMLIMIT:
        if path is None:
            raise ValueError("KDF parameters above the ceiling")
        raise VaultDamaged(path, Phrase("orimliga inställningar för nyckelhärledningen"))


def _associated_data(vault_id: str, slot: str, params: KdfParams, salt: bytes) -> bytes:
    return json.dumps(
        [FORMAT, FORMAT_VERSION, vault_id, slot, params.opslimit, params.memlimit, _b64(salt)]
    ).encode()


def _kek(typed: str, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id of the passphrase (or code) into a buffer; the caller wipes it."""
    encoded = secret.utf8(typed)
    try:
        return secret.argon2id(encoded, salt, params.opslimit, params.memlimit)
    finally:
        wipe(encoded)


def _seal(vault_id: str, slot: str, typed: str, params: KdfParams, data_key: bytearray) -> _Slot:
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
    kek = _kek(typed, salt, params)
    try:
        sealed = secret.seal(data_key, _associated_data(vault_id, slot, params, salt), nonce, kek)
    finally:
        wipe(kek)
    return _Slot(salt=salt, params=params, nonce=nonce, sealed=sealed)


def _open(vault_id: str, slot_name: str, typed: str, slot: _Slot) -> bytearray | None:
    kek = _kek(typed, slot.salt, slot.params)
    try:
        return secret.unseal(
            slot.sealed,
            _associated_data(vault_id, slot_name, slot.params, slot.salt),
            slot.nonce,
            kek,
        )
    finally:
        wipe(kek)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
