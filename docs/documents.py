"""Renders every document from a fresh demo profile and turns the pages into PNGs.

    .venv/bin/python docs/documents.py      (needs pdftoppm, Debian's poppler-utils)

The PNGs in docs/documents/ are what a family, a school or BUP is handed; look
at them after changing a template. Everyone in them is made up (the demo).
The PDFs themselves are never kept: they go to a temporary directory only for
pdftoppm and are removed with it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sstdesk.domain.codes import DocumentKind, SipStatus  # noqa: E402
from sstdesk.domain.errors import DomainError  # noqa: E402
from sstdesk.services.demo import create_demo  # noqa: E402
from sstdesk.services.documents import DocumentService  # noqa: E402
from sstdesk.vault.keys import KdfParams  # noqa: E402

OUT = Path(__file__).resolve().parent / "documents"
NAMES = {
    DocumentKind.SIP: "sip-utkast",
    DocumentKind.EHK: "ehk-underlag",
    DocumentKind.CONSENT_FORM: "samtyckesblankett",
    DocumentKind.ACTION_PLAN: "handlingsplan",
    DocumentKind.REGISTER_EXTRACT: "registerutdrag",
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        caseload, _, _ = create_demo(
            Path(tmp) / "demo",
            passphrase="demo för dokumentbilder",
            today=dt.date.today(),
            params=KdfParams.floor(),
        )
        vault = caseload.vault
        documents = DocumentService(caseload)
        rows = [r for r in caseload.caseload() if not r.protected_identity]
        # A SIP draft: the follow-up version of an established SIP the consent still covers.
        for row in rows:
            found = caseload.open_student(row.student_id)
            sips = found.current.sips if found.current else ()
            if sips and sips[-1].status is SipStatus.ESTABLISHED:
                try:
                    documents.prepare(DocumentKind.SIP, row.student_id)
                except DomainError:
                    continue
                caseload.follow_up_sip(sips[-1].id)
                break
        for kind in DocumentKind:
            for row in rows:
                try:
                    document = documents.prepare(kind, row.student_id)
                except DomainError:
                    continue
                pdf = Path(tmp) / f"{NAMES[kind]}.pdf"
                pdf.write_bytes(document.pdf)
                subprocess.run(
                    ["pdftoppm", "-r", "60", "-png", str(pdf), str(OUT / NAMES[kind])],
                    check=True,
                )
                print(f"{kind.label}: {row.stage.label}")
                break
        vault.close()


if __name__ == "__main__":
    main()
