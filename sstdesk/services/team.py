"""The team's settings as this laptop keeps them: in the vault's meta. Layer: services."""

from __future__ import annotations

from sstdesk.domain.team import TeamSettings
from sstdesk.vault.repository import Repository

KEY = "team_settings"


def load(repo: Repository) -> TeamSettings:
    """The stored settings; a vault made before they existed keeps its region."""
    return TeamSettings.from_json(repo.meta(KEY), region=repo.meta("region"))


def store(repo: Repository, settings: TeamSettings) -> TeamSettings:
    checked = settings.checked()
    repo.set_meta(KEY, checked.to_json())
    repo.set_meta("region", checked.region)
    return checked
