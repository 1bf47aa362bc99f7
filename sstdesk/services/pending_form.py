"""A form that was open when the window locked: kept in the vault, offered back after unlock.

Layer: services. Only one is kept (the form on screen at the lock), in the vault's meta
table: encrypted with the rest, never synced, and gone once resumed or discarded. Keeping
and dropping it are audited, since its values are a student's data.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sstdesk.vault.vault import Vault

META_KEY = "pending_form"


@dataclass(frozen=True)
class PendingForm:
    resume: tuple[str, ...]  # how the window opens the same form again, e.g. ("action", "plan")
    title: str  # the form's title, as the question names it
    student_id: str  # whose page it was opened on; "" for none
    values: dict[str, Any]  # the fields as typed (JSON values, see FormDialog.snapshot)


def keep(vault: Vault, form: PendingForm) -> None:
    with vault.transaction() as repo:
        repo.set_meta(META_KEY, json.dumps(asdict(form), ensure_ascii=False))
        vault.audit_in("form.kept", student_id=form.student_id)


def pending(vault: Vault) -> PendingForm | None:
    raw = vault.repo.meta(META_KEY)
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return PendingForm(
            resume=tuple(str(part) for part in data["resume"]),
            title=str(data["title"]),
            student_id=str(data["student_id"]),
            values=dict(data["values"]),
        )
    except (ValueError, KeyError, TypeError):
        return None  # written by another version: nothing to offer


def drop(vault: Vault, *, resumed: bool) -> None:
    """Gone from the vault, whether the person goes on with it or throws it away."""
    form = pending(vault)
    with vault.transaction() as repo:
        repo.conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
        if form is not None:
            vault.audit_in(
                "form.resumed" if resumed else "form.discarded", student_id=form.student_id
            )
