"""Errors the vault raises, each with a Swedish message a person can act on. Layer: vault."""

from __future__ import annotations

import math
from pathlib import Path


class VaultError(Exception):
    """Something about the vault on disk; `str(error)` is the message to show."""


class WrongPassphrase(VaultError):
    """`wait_seconds`: how long before the next attempt is heard (0: at once)."""

    def __init__(self, wait_seconds: float = 0.0) -> None:
        message = "Fel lösenfras. Kontrollera Caps Lock och försök igen."
        if wait_seconds > 0:
            message += f" Vänta {_seconds(wait_seconds)} s innan du försöker igen."
        super().__init__(message)
        self.wait_seconds = wait_seconds


class UnlockTooSoon(VaultError):
    """An attempt before the wait after wrong passphrases is over: not tried at all."""

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(
            f"Vänta {_seconds(wait_seconds)} s innan du försöker igen. Efter flera felaktiga "
            "lösenfraser väntar programmet allt längre, och lösenfrasen prövades inte nu."
        )
        self.wait_seconds = wait_seconds


def _seconds(wait: float) -> int:
    """Whole seconds, rounded up: "Vänta 0 s" is never said while a wait is left."""
    return max(1, math.ceil(wait - 1e-9))


class WrongRecoveryCode(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Återställningskoden stämmer inte. Kontrollera att du skrivit av den rätt – "
            "bindestreck och mellanslag spelar ingen roll."
        )


class VaultMissing(VaultError):
    def __init__(self, directory: Path) -> None:
        super().__init__(f"Det finns inget valv i {directory}. Skapa ett nytt valv först.")


class VaultExists(VaultError):
    def __init__(self, directory: Path) -> None:
        super().__init__(
            f"Det finns redan ett valv i {directory}. Välj en annan mapp eller öppna valvet."
        )


class VaultDamaged(VaultError):
    """A file of the vault cannot be read; nothing has been changed."""

    def __init__(self, path: Path, detail: str = "") -> None:
        what = "Nyckelfilen" if path.suffix == ".json" else "Databasfilen"
        message = (
            f"{what} {path} är skadad och kan inte läsas. Ingenting har ändrats. "
            "Återställ filen från en säkerhetskopia eller kontakta IT-supporten."
        )
        if detail:
            message += f" ({detail})"
        super().__init__(message)
        self.path = path


class WeakKeyParameters(VaultError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Nyckelfilen {path} anger för svag nyckelhärledning och godtas inte. "
            "Filen kan ha manipulerats. Kontakta IT-supporten."
        )


class UnsupportedCipher(VaultError):
    def __init__(self, version: str) -> None:
        super().__init__(
            f"Krypteringsbiblioteket har en version som inte stöds ({version}). "
            "Installera om programmet."
        )


class MigrationFailed(VaultError):
    def __init__(self, version: int, backup: Path | None) -> None:
        where = f" En kopia från före uppgraderingen finns i {backup}." if backup else ""
        super().__init__(
            f"Valvet kunde inte uppgraderas till version {version}. Ingenting har ändrats."
            + where
            + " Kontakta IT-supporten."
        )
