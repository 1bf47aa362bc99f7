"""The domain's one error type. Layer: domain (no I/O).

Every rule that refuses something raises `DomainError` with a message a person
can read, in Swedish. Services let it through; the UI shows `str(error)`.
"""


class DomainError(ValueError):
    """A rule of the skolsocial work refused an action; the message says why."""


class PersonnummerError(DomainError):
    """A personnummer or samordningsnummer could not be accepted."""


class TransitionError(DomainError):
    """A case or consent cannot move to the asked-for stage yet."""
