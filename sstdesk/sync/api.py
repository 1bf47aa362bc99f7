"""The sync API as the laptop speaks it: tokens, retries and the server's refusals.

Every answer is checked against the wire schema. A damaged, truncated or
unexpected answer (a proxy's error page, a flipped bit) is retried with backoff
and then reported in Swedish; it never signs the laptop out. Only the server
saying so signs out (401 `unauthorized` on renewal) or wipes (`revoked`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from sstdesk.domain.errors import DomainError
from sstdesk.domain.phrase import Phrase
from sstdesk.sync import crypto
from sstdesk.wire.schema import API, TokenRequest, TokenResponse

if TYPE_CHECKING:
    import httpx  # the window starts without it: imported where sync connects

M = TypeVar("M", bound=BaseModel)

OFFLINE = (
    "Servern går inte att nå just nu. Allt sparas på datorn och skickas vid nästa synkronisering."
)
DAMAGED = (
    "Svaret från servern var skadat eller ofullständigt. Inget har gått förlorat; "
    "synkroniseringen försöker igen senare."
)
SIGN_IN = "Logga in igen för att synkronisera."
UNEXPECTED = (
    "Synkroniseringen stötte på ett fel i programmet. Inget har gått förlorat: allt finns "
    "kvar på datorn. Kontakta IT om det händer igen."
)
BACKOFF = (1.0, 2.0, 4.0)  # seconds before the 2nd, 3rd and 4th try of a damaged answer


class SyncError(DomainError):
    """Sync could not be done now; the message says why and what to do."""

    def __init__(self, message: str, code: str = "", nonce: str = "", anchor_seq: int = 0) -> None:
        super().__init__(message)
        self.code = code  # the server's refusal code, when it refused
        self.nonce = nonce  # a refusal asking the device to sign it
        self.anchor_seq = anchor_seq  # the audit head the server holds


class Offline(SyncError):
    pass


class SignInNeeded(SyncError):
    pass


class Revoked(SyncError):
    """The server has blocked this laptop: the vault is to be crypto-shredded."""


class Behind(SyncError):
    """The laptop has seen more of the log than the server holds: restored from a backup."""


class Api:
    """One laptop's calls; `get`/`put` read and write its settings in the vault."""

    def __init__(
        self,
        http: httpx.Client,
        get: Callable[[str], str],
        put: Callable[..., None],
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.http = http
        self.get = get
        self.put = put
        self.sleep = sleep
        self.token = ""

    def call(
        self,
        method: str,
        path: str,
        model: type[M] | None = None,
        *,
        authorised: bool = True,
        **kwargs: Any,
    ) -> Any:
        """The answer, validated against `model` when given; a refusal as a SyncError."""
        import httpx  # imported at the first request, not when the window starts

        signed_in_again = False
        damage = 0
        while True:
            headers = {"Authorization": f"Bearer {self.access()}"} if authorised else {}
            try:
                response = self.http.request(method, API + path, headers=headers, **kwargs)
            except httpx.TransportError as error:
                raise Offline(OFFLINE) from error
            if response.status_code < 300:
                try:
                    body = response.json()
                    return model.model_validate(body) if model is not None else body
                except (ValueError, ValidationError):
                    damage = self._wait_after_damage(damage)
                    continue
            refusal = _refusal(response)
            code = str(refusal.get("code", ""))
            if code == "revoked":
                raise Revoked(refusal.get("message", "Datorn är spärrad."), code=code)
            if code == "behind":
                raise Behind(str(refusal.get("message", "")), code=code)
            if response.status_code == 401 and authorised:
                if signed_in_again:
                    raise SignInNeeded(SIGN_IN, code=code)
                self.token = ""  # expired: renew once with the refresh token
                signed_in_again = True
                continue
            if not code:  # not the server's own refusal: a proxy, a crash, a damaged answer
                damage = self._wait_after_damage(damage, response.status_code)
                continue
            raise SyncError(
                str(refusal.get("message") or f"Servern svarade {response.status_code}."),
                code=code,
                nonce=str(refusal.get("nonce", "")),
                anchor_seq=int(refusal.get("anchor_seq", 0) or 0),
            )

    def _wait_after_damage(self, tries: int, status: int = 0) -> int:
        if tries >= len(BACKOFF):
            if status >= 500:
                raise SyncError(
                    Phrase(
                        "Servern svarar inte som den ska just nu (felkod {status}). Inget har gått "
                        "förlorat; synkroniseringen försöker igen senare.",
                        status=status,
                    ),
                    code="damaged",
                )
            raise SyncError(DAMAGED, code="damaged")
        self.sleep(BACKOFF[tries])
        return tries + 1

    def access(self) -> str:
        """An access token, renewed with the refresh token when there is none."""
        if self.token:
            return self.token
        refresh = self.get("refresh")
        if not refresh:
            raise SignInNeeded(SIGN_IN)
        # Built unchecked: the server checks it, and answers in Swedish if it is wrong.
        request = TokenRequest.model_construct(
            device_id=self.get("device_id"), refresh_token=refresh, nonce="", proof=""
        )
        try:
            try:
                answer = self._renew(request)
            except SyncError as error:
                if error.code != "proof_needed" or not self.get("signing_private"):
                    raise
                # The last renewal's answer was lost: this device proves it is itself.
                asked = request.model_copy(update={"nonce": error.nonce})
                proof = crypto.sign(self.get("signing_private"), asked.signed_part())
                answer = self._renew(asked.model_copy(update={"proof": proof}))
        except SyncError as error:
            if error.code not in ("unauthorized", "proof_needed"):
                raise  # offline, damaged, throttled: the refresh token is kept for next time
            self.put(refresh="")  # the server says it is no longer valid
            raise SignInNeeded(SIGN_IN, code=error.code) from error
        self._renewed(answer)
        return self.token

    def _renew(self, request: TokenRequest) -> TokenResponse:
        return self.call(
            "POST", "/token", TokenResponse, authorised=False, json=request.model_dump()
        )

    def _renewed(self, answer: TokenResponse) -> None:
        values = {"refresh": answer.refresh_token}
        if answer.team_id:
            values["team_id"] = answer.team_id
        self.put(**values)
        self.token = answer.token


def _refusal(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
