"""Errors the vault raises, each with a Swedish message a person can act on. Layer: vault."""

from __future__ import annotations

import errno
import math
import os
import shutil
from pathlib import Path

from sstdesk.domain.phrase import Phrase


class VaultError(Exception):
    """Something about the vault on disk; `str(error)` is the message to show."""


class WrongPassphrase(VaultError):
    """`wait_seconds`: how long before the next attempt is heard (0: at once)."""

    def __init__(self, wait_seconds: float = 0.0) -> None:
        message = Phrase("Fel lösenfras. Kontrollera Caps Lock och försök igen.")
        if wait_seconds > 0:
            message = Phrase(
                "{wrong} Vänta {seconds} s innan du försöker igen.",
                wrong=message,
                seconds=_seconds(wait_seconds),
            )
        super().__init__(message)
        self.wait_seconds = wait_seconds


class UnlockTooSoon(VaultError):
    """An attempt before the wait after wrong passphrases is over: not tried at all."""

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(
            Phrase(
                "Vänta {wait_seconds} s innan du försöker igen. Efter flera felaktiga lösenfraser "
                "väntar programmet allt längre, och lösenfrasen prövades inte nu.",
                wait_seconds=_seconds(wait_seconds),
            )
        )
        self.wait_seconds = wait_seconds


def _seconds(wait: float) -> int:
    """Whole seconds, rounded up: "Vänta 0 s" is never said while a wait is left."""
    return max(1, math.ceil(wait - 1e-9))


class WrongRecoveryCode(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Phrase(
                "Återställningskoden stämmer inte. Kontrollera att du skrivit av den rätt – "
                "bindestreck och mellanslag spelar ingen roll."
            )
        )


class VaultMissing(VaultError):
    def __init__(self, directory: Path) -> None:
        super().__init__(
            Phrase(
                "Det finns inget valv i {directory}. Skapa ett nytt valv först.",
                directory=directory,
            )
        )


class VaultExists(VaultError):
    def __init__(self, directory: Path) -> None:
        super().__init__(
            Phrase(
                "Det finns redan ett valv i {directory}. Välj en annan mapp eller öppna valvet.",
                directory=directory,
            )
        )


class VaultDamaged(VaultError):
    """A file of the vault cannot be read; nothing has been changed."""

    def __init__(self, path: Path, detail: str = "") -> None:
        message = Phrase(
            "{what} {path} är skadad och kan inte läsas. Ingenting har ändrats. "
            "Återställ filen från en säkerhetskopia eller kontakta IT-supporten.",
            what=_which_file(path),
            path=path,
        )
        if detail:
            message = Phrase("{message} ({detail})", message=message, detail=detail)
        super().__init__(message)
        self.path = path


def _which_file(path: Path) -> Phrase:
    return Phrase("Nyckelfilen") if path.suffix == ".json" else Phrase("Databasfilen")


class VaultFileMissing(VaultDamaged):
    """One of the two files is gone: the other is never opened as a vault of its own."""

    def __init__(self, path: Path) -> None:
        VaultError.__init__(
            self,
            Phrase(
                "{what} {path} saknas, så valvet kan inte öppnas. Ingenting har ändrats. "
                "Återställ valvet från en säkerhetskopia, eller börja om med ett tomt valv (de "
                "filer som finns sparas undan).",
                what=_which_file(path),
                path=path,
            ),
        )
        self.path = path


class VaultEmpty(VaultDamaged):
    """The database file is there but holds nothing: never shown as an empty caseload."""

    def __init__(self, path: Path) -> None:
        VaultError.__init__(
            self,
            Phrase(
                "Databasfilen {path} är tom (0 byte). Ditt valv öppnas inte som ett tomt valv. "
                "Återställ valvet från en säkerhetskopia, eller börja om med ett tomt valv (de "
                "filer som finns sparas undan).",
                path=path,
            ),
        )
        self.path = path


class VaultForeign(VaultDamaged):
    """The database opens, but belongs to another key file."""

    def __init__(self, path: Path) -> None:
        VaultError.__init__(
            self,
            f"Databasfilen {path} hör inte till nyckelfilen i samma mapp (den kommer från ett "
            "annat valv). Ingenting har ändrats. Lägg tillbaka rätt fil eller återställ från "
            "en säkerhetskopia.",
        )
        self.path = path


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Phrase(
                "Disken är full – ingenting har ändrats. Frigör utrymme (töm till exempel "
                "papperskorgen eller mappen Hämtade filer) och försök igen."
            )
        )


class ReadOnlyProfile(VaultError):
    def __init__(self, directory: Path) -> None:
        super().__init__(
            Phrase(
                "Det går inte att skriva i profilmappen {directory} (den är skrivskyddad). "
                "Ingenting har ändrats. Be IT-supporten ge dig skrivrätt till mappen.",
                directory=directory,
            )
        )
        self.directory = directory


class VaultBusy(VaultError):
    def __init__(self) -> None:
        super().__init__(
            Phrase(
                "Valvet används av ett annat sstdesk-program just nu. Ingenting har ändrats. "
                "Försök igen om en stund."
            )
        )


class ProfileInUse(VaultError):
    """A second copy of the program on a profile one already has open."""

    def __init__(self, directory: Path, where: str = "") -> None:
        at = f" ({where})" if where else ""
        super().__init__(
            Phrase(
                "Profilen {directory} är redan öppen i sstdesk{at}. Använd det fönstret, eller "
                "stäng det först.",
                directory=directory,
                at=at,
            )
        )
        self.directory = directory


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL, _SQLITE_CANTOPEN = 5, 6, 8, 13, 14
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def from_database_error(error: Exception, path: Path) -> VaultError:
    """The sentence for a database error: a full disk or a read-only profile is not damage.

    SQLite says "disk I/O error", not "full", when it cannot even make its -shm file, so
    the free space is looked at too before anything is called damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary == _SQLITE_FULL or "disk is full" in text or _nearly_full(path.parent):
        return DiskFull()
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyProfile(path.parent)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return VaultBusy()
    if primary == _SQLITE_CANTOPEN and not _writable(path.parent):
        return ReadOnlyProfile(path.parent)
    return VaultDamaged(path)


def from_os_error(error: OSError, path: Path) -> VaultError:
    """The sentence for a file the vault could not write."""
    if error.errno in _FULL_ERRNOS or _nearly_full(path if path.is_dir() else path.parent):
        return DiskFull()
    if error.errno in _READONLY_ERRNOS:
        return ReadOnlyProfile(path.parent if path.suffix else path)
    return VaultError(
        f"Filen {path} kunde inte skrivas ({error.strerror or 'okänt fel'}). Ingenting har "
        "ändrats. Kontakta IT-supporten om det händer igen."
    )


FULL_BELOW = 1024 * 1024  # free bytes under which a write error is put down to a full disk


def _nearly_full(directory: Path) -> bool:
    try:
        return shutil.disk_usage(directory).free < FULL_BELOW
    except OSError:
        return False


def _writable(directory: Path) -> bool:
    return os.access(directory, os.W_OK)


class WeakKeyParameters(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Phrase(
                "Nyckelfilen {path} anger för svag nyckelhärledning och godtas inte. Filen kan ha "
                "manipulerats. Kontakta IT-supporten.",
                path=path,
            )
        )


class UnsupportedCipher(VaultError):
    def __init__(self, version: str) -> None:
        super().__init__(
            Phrase(
                "Krypteringsbiblioteket har en version som inte stöds ({version}). Installera om "
                "programmet.",
                version=version,
            )
        )


class MigrationFailed(VaultError):
    def __init__(self, version: int, backup: Path | None) -> None:
        where = f" En kopia från före uppgraderingen finns i {backup}." if backup else ""
        super().__init__(
            f"Valvet kunde inte uppgraderas till version {version}. Ingenting har ändrats."
            + where
            + " Kontakta IT-supporten."
        )
