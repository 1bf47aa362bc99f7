"""Document benchmark (issue 4): time to make each document from the demo profile.

Prints JSON lines: for each document kind the median over repeated runs of
- the whole `DocumentService.prepare` (read the student from the SQLCipher vault,
  check consent, render, audit) and
- the rendering alone (layout and PDF bytes),
beside a baseline in the same run: a one-page reportlab document in a built-in
font, the least any PDF costs here. Targets: SIP draft ≤ 150 ms, EHK material
with its chart ≤ 250 ms (the whole prepare). Also the first render of a process,
which pays for loading the fonts.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from sstdesk.documents.data import DocumentInput, PrintContext  # noqa: E402
from sstdesk.documents.render import render_document  # noqa: E402
from sstdesk.domain import disclosure  # noqa: E402
from sstdesk.domain.codes import DocumentKind  # noqa: E402
from sstdesk.domain.errors import DomainError  # noqa: E402
from sstdesk.services.demo import DISTRICT, create_demo  # noqa: E402
from sstdesk.services.documents import DocumentService  # noqa: E402
from sstdesk.vault.keys import KdfParams  # noqa: E402

RUNS = 15
TARGETS_MS = {DocumentKind.SIP: 150.0, DocumentKind.EHK: 250.0}


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 2), "unit": unit, **extra}), flush=True)


def median_ms(work: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def baseline() -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Paragraph("Sekretess enligt 26 kap. 1 § OSL", getSampleStyleSheet()["Normal"])])
    return buffer.getvalue()


def student_for(documents: DocumentService, kind: DocumentKind) -> str:
    """The first demo student this document can be printed for (a SIP needs one with a
    SIP and a consent that covers healthcare)."""
    for row in documents.caseload.caseload():
        try:
            documents.prepare(kind, row.student_id)
        except DomainError:
            continue
        return row.student_id
    raise SystemExit(f"no demo student for {kind.value}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        caseload, _, _ = create_demo(
            Path(tmp) / "profil",
            passphrase="bänkmärkning lösenfras",
            today=dt.date.today(),
            params=KdfParams.floor(),
        )
        vault = caseload.vault
        documents = DocumentService(caseload)
        start = time.perf_counter()
        student_id = student_for(documents, DocumentKind.CONSENT_FORM)
        emit("document_first_render_with_font_loading", (time.perf_counter() - start) * 1000, "ms")
        emit("baseline_reportlab_one_page_builtin_font", median_ms(baseline), "ms")
        for kind in DocumentKind:
            student_id = student_for(documents, kind)
            whole = median_ms(lambda kind=kind, sid=student_id: documents.prepare(kind, sid))
            document = documents.prepare(kind, student_id)
            with vault.transaction() as repo:
                records = documents._records(repo, student_id)
            clearance = documents._clear(kind, records, records.current)
            inp = DocumentInput(
                records=records,
                context=PrintContext(
                    kind=kind,
                    document_id=disclosure.document_number(
                        kind.prefix, "benchmark", dt.date.today()
                    ),
                    district=DISTRICT,
                    user="demo.socionom",
                    printed_at=dt.datetime.now(),
                ),
                clearance=clearance,
                case=records.current,
            )
            render = median_ms(lambda inp=inp: render_document(inp))
            target = TARGETS_MS.get(kind)
            emit(
                f"document_prepare_{kind.value}",
                whole,
                "ms",
                target=target,
                met=None if target is None else whole <= target,
                pages=document.pdf.count(b"/Type /Page\n") or None,
                bytes=len(document.pdf),
            )
            emit(f"document_render_only_{kind.value}", render, "ms")
        vault.close()


if __name__ == "__main__":
    main()
