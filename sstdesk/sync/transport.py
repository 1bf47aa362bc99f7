"""The HTTPS client sync talks through: only the district's CA is trusted, TLS 1.2 or newer."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sstdesk.domain.phrase import Phrase
from sstdesk.sync.engine import SyncError

if TYPE_CHECKING:
    import httpx

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def connect(server_url: str, ca_bundle: str, *, timeout: float = 30.0) -> httpx.Client:
    import httpx  # here, not when the window starts: it costs a fifth of a second

    try:
        parts = urlsplit(server_url.strip())
        hostname = parts.hostname
    except ValueError:  # say, an IPv6 address without its closing bracket
        hostname = None
    if hostname is None or parts.scheme not in ("https", "http"):
        raise SyncError(Phrase("Ange serverns adress, till exempel https://sst.stad.se."))
    if parts.scheme == "http":
        if hostname not in LOOPBACK:
            raise SyncError(Phrase("Servern måste nås över https."))
        return httpx.Client(base_url=server_url, timeout=timeout)
    if not ca_bundle or not Path(ca_bundle).is_file():
        raise SyncError(
            Phrase(
                "Ange distriktets CA-certifikat (inställningen ca_bundle) – sstdesk litar bara på "
                "det."
            )
        )
    context = ssl.create_default_context(cafile=ca_bundle)  # the district's CA, nothing else
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return httpx.Client(base_url=server_url, verify=context, timeout=timeout)
