"""A limit on the size of a request body, enforced before the app reads or parses it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

KIB = 1024
# A record is one row of a laptop's vault, sealed: a few KB of base64 as a rule, a long
# journal note (100 KB of text) about 140 KB. 256 KiB leaves room for that and refuses
# what no person writes. It may not pass MAX_CIPHERTEXT, the protocol's own cap.
MAX_RECORD = 256 * KIB
# A push carries at most MAX_BATCH (500) records: 500 of a few KB are 2-3 MB. 8 MiB holds
# a full batch of records up to about 16 KB each, and always one record at the record
# limit, which is what a laptop sends alone when a batch is refused as too large. Checked
# before a body is read, so it is also the most one request can make the server hold.
MAX_REQUEST = 8 * KIB * KIB
# What a push of one mutation carries besides its ciphertext: ids, kind, base, epoch and
# the JSON around them, well under 1 KB; the rest is margin. A request limit is at least
# this much over the record limit.
ENVELOPE = 16 * KIB


class _TooLarge(Exception):
    """Raised into the app from `receive` once the body has passed the limit."""


class BodyLimit:
    """ASGI middleware: a body over `limit` bytes is answered with `refusal` (413).

    A declared Content-Length over the limit is refused before the app is called at all;
    a body without one (chunked) is counted as it arrives and broken off as soon as it
    passes the limit, so no more than `limit` bytes (and one message) are ever held.
    `refused(scope)` is awaited once for each refusal, to log it.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        limit: int,
        refusal: bytes,
        refused: Callable[[Scope], Awaitable[None]],
    ) -> None:
        self.app = app
        self.limit = limit
        self.refusal = refusal
        self.refused = refused

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.limit:
            await self._refuse(scope, send)
            return
        received = 0
        over = False
        started = False

        async def counted() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    over = True
                    raise _TooLarge()
            return message

        async def guarded(message: Message) -> None:
            nonlocal started
            if over:
                return  # what the app makes of a body broken off is not sent: 413 is
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, guarded)
        except Exception:
            # The app may turn the error raised into it into a response (dropped above)
            # or let it out; either way the answer is 413.
            if not over:
                raise
        if over and not started:
            await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        await self.refused(scope)
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(self.refusal)).encode()),
                    (b"connection", b"close"),  # the rest of the body is not read
                ],
            }
        )
        await send({"type": "http.response.body", "body": self.refusal})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server refuses such framing; counting still applies
    return None
