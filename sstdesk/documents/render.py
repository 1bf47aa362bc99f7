"""One entry point: a DocumentInput in, the PDF's bytes out."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from sstdesk.documents import common, consent_form, ehk, plan, register_extract, sip
from sstdesk.documents.blocks import Blocks
from sstdesk.documents.data import DocumentInput
from sstdesk.documents.page import Metadata, PageText, printed_line, render
from sstdesk.domain.codes import DocumentKind, PlanStatus

Builder = Callable[[DocumentInput, Blocks], list[Flowable]]

BUILDERS: dict[DocumentKind, Builder] = {
    DocumentKind.SIP: sip.build,
    DocumentKind.EHK: ehk.build,
    DocumentKind.CONSENT_FORM: consent_form.build,
    DocumentKind.ACTION_PLAN: plan.build,
    DocumentKind.REGISTER_EXTRACT: register_extract.build,
}

# The EHK material goes to the school, which needs the name but not the personnummer.
MASKED = frozenset({DocumentKind.EHK})


def render_document(inp: DocumentInput) -> bytes:
    kind, context = inp.context.kind, inp.context
    blocks = Blocks(mask=common.masker_of(inp.records))
    story = BUILDERS[kind](inp, blocks)
    page = PageText(
        office=f"Socialtjänsten – {context.district}",
        unit=context.unit,
        subject=common.subject_line(inp.records, masked=kind in MASKED),
        document_id=context.document_id,
        printed=printed_line(context.user, context.printed_at),
        footnote=sip.FOOTNOTE if kind is DocumentKind.SIP else "",
        draft=is_draft(inp),
        logo=context.logo,
    )
    meta = Metadata(title=kind.label, author=f"{context.unit}, socialtjänsten")
    return render(story, page, meta)


def is_draft(inp: DocumentInput) -> bool:
    case = inp.case
    if case is None:
        return False
    if inp.context.kind is DocumentKind.SIP and case.current_sip is not None:
        return case.current_sip.status in sip.DRAFT_STATUSES
    if inp.context.kind is DocumentKind.ACTION_PLAN and case.current_plan is not None:
        return case.current_plan.status is PlanStatus.DRAFT
    return False
