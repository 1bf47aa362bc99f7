"""The key file: wrong passphrases, recovery, passphrase change, damage and downgrade."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from sstdesk.vault.errors import (
    VaultDamaged,
    VaultMissing,
    WeakKeyParameters,
    WrongPassphrase,
    WrongRecoveryCode,
)
from sstdesk.vault.keys import (
    FLOOR_MEMLIMIT,
    KdfParams,
    KeyFile,
    calibrate,
    normalise_recovery_code,
)
from sstdesk.vault.vault import KEY_NAME, Vault
from tests.conftest import PASSPHRASE


def snapshot(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file()
    }


def create(profile: Path) -> str:
    vault, code = Vault.create(
        profile, passphrase=PASSPHRASE, user="anna.s", params=KdfParams.floor()
    )
    vault.close()
    return code


def test_no_passphrase_hash_and_no_plain_key_in_the_key_file(profile: Path) -> None:
    create(profile)
    text = (profile / KEY_NAME).read_text()
    data = json.loads(text)
    assert set(data) == {"format", "version", "vault_id", "passphrase", "recovery"}
    assert PASSPHRASE not in text
    assert set(data["passphrase"]) == {"kdf", "opslimit", "memlimit", "salt", "nonce", "sealed_key"}


def test_changing_the_passphrase_rewraps_without_touching_the_database(profile: Path) -> None:
    create(profile)
    db_before = snapshot(profile)["vault.db"]
    key_before = snapshot(profile)[KEY_NAME]
    vault = Vault.unlock(profile, passphrase=PASSPHRASE)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = hashlib.sha256((profile / "vault.db").read_bytes()).hexdigest()
    vault.change_passphrase(old=PASSPHRASE, new="en helt ny lösenfras")
    assert hashlib.sha256((profile / "vault.db").read_bytes()).hexdigest() == db_before
    vault.close()
    assert snapshot(profile)[KEY_NAME] != key_before
    assert not (profile / f"{KEY_NAME}.old").exists()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(profile, passphrase=PASSPHRASE)
    Vault.unlock(profile, passphrase="en helt ny lösenfras").close()


def test_recovery_code_opens_and_sets_a_new_passphrase(profile: Path) -> None:
    code = create(profile)
    groups = code.split("-")
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(
            profile, recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE", new_passphrase="ny lösenfras här"
        )
    typed = " ".join(groups).lower()  # read aloud, typed back in lower case with spaces
    vault, new_code = Vault.recover(profile, recovery_code=typed, new_passphrase="ny lösenfras här")
    vault.close()
    Vault.unlock(profile, passphrase="ny lösenfras här").close()
    # The code used is spent; the new one (shown once) opens the vault.
    assert normalise_recovery_code(new_code) != normalise_recovery_code(code)
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(profile, recovery_code=code, new_passphrase="tredje frasen här")
    look_alike = new_code.replace("0", "O").replace("1", "l")  # as read off a printout
    Vault.recover(profile, recovery_code=look_alike, new_passphrase="tredje frasen här")[0].close()
    Vault.unlock(profile, passphrase="tredje frasen här").close()


def test_kdf_parameters_below_the_floor_are_refused(profile: Path) -> None:
    create(profile)
    path = profile / KEY_NAME
    data = json.loads(path.read_text())
    data["passphrase"]["memlimit"] = 8 * 1024 * 1024
    path.write_text(json.dumps(data))
    with pytest.raises(WeakKeyParameters, match=str(path)):
        Vault.unlock(profile, passphrase=PASSPHRASE)
    with pytest.raises(ValueError):
        KeyFile.create(passphrase="x" * 10, params=KdfParams(3, FLOOR_MEMLIMIT // 2))


def test_raising_the_parameters_in_the_file_breaks_the_unwrap(profile: Path) -> None:
    """The parameters are bound to the sealed key, so edits are not silently accepted."""
    create(profile)
    path = profile / KEY_NAME
    data = json.loads(path.read_text())
    data["passphrase"]["opslimit"] = 4
    path.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(profile, passphrase=PASSPHRASE)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "missing-field", "delete"])
def test_a_damaged_key_file_is_named_and_left_alone(profile: Path, damage: str) -> None:
    create(profile)
    path = profile / KEY_NAME
    text = path.read_text()
    if damage == "truncate":
        path.write_text(text[: len(text) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\xff\xfe\x00 not json")
    elif damage == "missing-field":
        data = json.loads(text)
        del data["passphrase"]["salt"]
        path.write_text(json.dumps(data))
    else:
        path.unlink()
    before = snapshot(profile)
    with pytest.raises(VaultDamaged) as caught:
        Vault.unlock(profile, passphrase=PASSPHRASE)
    assert str(path) in str(caught.value) and "Nyckelfilen" in str(caught.value)
    assert snapshot(profile) == before


def test_an_empty_directory_says_there_is_no_vault(profile: Path) -> None:
    with pytest.raises(VaultMissing, match="inget valv"):
        Vault.unlock(profile, passphrase=PASSPHRASE)


def test_calibration_never_goes_below_the_floor() -> None:
    params = calibrate(target_seconds=0.0)
    assert params == KdfParams.floor()


def test_the_data_key_is_nowhere_on_disk(profile: Path) -> None:
    """LS-5: neither the raw data key nor its hex form is in any file of the profile."""
    vault, _ = Vault.create(profile, passphrase=PASSPHRASE, user="anna.s", params=KdfParams.floor())
    vault.audit("student.read", student_id="x")
    data_key = KeyFile.load(profile / KEY_NAME).unwrap_with_passphrase(PASSPHRASE)
    assert data_key is not None
    forms = [
        bytes(data_key),
        bytes(data_key).hex().encode(),
        bytes(data_key).hex().upper().encode(),
    ]
    for scan_when in ("open", "closed"):
        for path in profile.iterdir():
            content = path.read_bytes()
            assert not any(form in content for form in forms), (scan_when, path.name)
        vault.close()


class _FakeConnection:
    def __init__(self, version: str) -> None:
        self.version = version

    def execute(self, sql: str) -> _FakeConnection:
        return self

    def fetchone(self) -> tuple[str]:
        return (self.version,)


@pytest.mark.parametrize(
    ("version", "accepted"),
    [
        ("4.19.0 community", True),
        ("4.7.0 community", True),
        ("4.6.1 community", False),
        ("3.4.2", False),
        ("", False),
    ],
)
def test_only_a_known_sqlcipher_is_trusted(version: str, accepted: bool) -> None:
    """LS-9: an older SQLCipher than 4.7 is refused with a message to reinstall."""
    from sstdesk.vault.connection import _check_cipher_version
    from sstdesk.vault.errors import UnsupportedCipher

    if accepted:
        _check_cipher_version(_FakeConnection(version))  # type: ignore[arg-type]
    else:
        with pytest.raises(UnsupportedCipher, match="Installera om"):
            _check_cipher_version(_FakeConnection(version))  # type: ignore[arg-type]


def test_the_data_key_opens_the_database_and_a_key_one_bit_off_does_not(profile: Path) -> None:
    """The key handed to SQLCipher from a buffer is the raw-key form, byte for byte: a vault
    keyed with `PRAGMA key = "x'..'"` (before issue 14) opens, and a wrong key is refused."""
    import sqlcipher3

    from sstdesk.vault.connection import open_connection
    from sstdesk.vault.vault import DB_NAME

    create(profile)
    data_key = KeyFile.load(profile / KEY_NAME).unwrap_with_passphrase(PASSPHRASE)
    assert data_key is not None
    old_way = sqlcipher3.connect(str(profile / DB_NAME))
    old_way.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
    assert old_way.execute("SELECT value FROM meta WHERE key = 'user'").fetchone() == ("anna.s",)
    old_way.close()
    conn = open_connection(profile / DB_NAME, data_key)
    assert conn.execute("SELECT value FROM meta WHERE key = 'user'").fetchone() == ("anna.s",)
    conn.close()
    data_key[0] ^= 1
    with pytest.raises(VaultDamaged, match="vault.db"):
        open_connection(profile / DB_NAME, data_key)


def test_a_key_file_with_a_short_nonce_or_salt_is_damaged_not_read_past(profile: Path) -> None:
    """libsodium reads a nonce and a salt at their fixed sizes: a shorter one in an edited
    key file is refused as damage before anything reads beyond it."""
    import base64

    create(profile)
    path = profile / KEY_NAME
    for field in ("nonce", "salt"):
        data = json.loads(path.read_text())
        data["passphrase"][field] = base64.b64encode(b"short").decode()
        path.with_name("edited.json").write_text(json.dumps(data))
        with pytest.raises(VaultDamaged, match="Nyckelfilen"):
            KeyFile.load(path.with_name("edited.json"))
