"""The building blocks every document is made of, all through one text filter.

`Blocks` escapes text for reportlab's mini-markup and blanks out what must
never be printed (a protected student's address and school) with the same
`Masker` the window uses, so a template cannot print it by mistake, whatever
field it comes through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sstdesk.documents import style
from sstdesk.documents.data import ConsentLine
from sstdesk.domain.codes import PartyKind
from sstdesk.domain.consent import reservation_text
from sstdesk.domain.formatting import format_date
from sstdesk.domain.protection import HIDDEN_IN_PRINT, Masker

EMPTY = "–"
PROTECTED = HIDDEN_IN_PRINT


class Blocks:
    def __init__(self, *, mask: Masker | None = None) -> None:
        self.s = style.styles()
        self._mask = mask or Masker()

    # -- text ---------------------------------------------------------------------

    def text(self, value: object) -> str:
        """Escaped, redacted, with line breaks kept; a dash for nothing."""
        if value is None or value == "":
            return EMPTY
        if isinstance(value, dt.date):
            return format_date(value)
        return escape(self._mask(str(value))).replace("\n", "<br/>")

    def para(self, value: object, st: object | None = None) -> Paragraph:
        return Paragraph(self.text(value), st or self.s.body)

    def markup(self, markup: str, st: object | None = None) -> Paragraph:
        """Trusted markup written in this package (bold labels etc.), never user text."""
        return Paragraph(markup, st or self.s.body)

    # -- structure ----------------------------------------------------------------

    def title(self, title: str, subtitle: str = "") -> list[Flowable]:
        out: list[Flowable] = [Paragraph(self.text(title), self.s.title)]
        if subtitle:
            out.append(Paragraph(self.text(subtitle), self.s.subtitle))
        out.append(Spacer(1, 2 * mm))
        return out

    def heading(self, text: str) -> list[Flowable]:
        # Never a heading alone at the foot of a page.
        return [CondPageBreak(28 * mm), Paragraph(self.text(text), self.s.h1)]

    def subheading(self, text: str) -> Paragraph:
        return Paragraph(self.text(text), self.s.h2)

    def notice(self, text: str) -> Paragraph:
        return Paragraph(self.text(text), self.s.notice)

    def fields(self, rows: Sequence[tuple[str, object]], *, columns: int = 1) -> Table:
        """Label–value pairs in a calm grid, one or two pairs a row."""
        cells = [(self.markup(self.text(label), self.s.label), self.para(v)) for label, v in rows]
        if columns == 2:
            width = style.CONTENT_WIDTH / 2
            label_w = 32 * mm
            data = []
            for i in range(0, len(cells), 2):
                left = cells[i]
                right = cells[i + 1] if i + 1 < len(cells) else (Paragraph("", self.s.body),) * 2
                data.append([*left, *right])
            widths = [label_w, width - label_w, label_w, width - label_w]
        else:
            data = [list(c) for c in cells]
            widths = [45 * mm, style.CONTENT_WIDTH - 45 * mm]
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 0), (-1, -1), style.REGULAR),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, style.RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        empty: str = "Inga uppgifter.",
    ) -> Flowable:
        """A data table with a shaded head row that repeats on every page."""
        if not rows:
            return self.notice(empty)
        total = sum(widths)
        col_widths = [style.CONTENT_WIDTH * w / total for w in widths]
        data = [[Paragraph(self.text(h) if h else "", self.s.cell_head) for h in header]]
        data += [[self.para(v, self.s.cell) for v in row] for row in rows]
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), style.SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 0), (-1, -1), style.REGULAR),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, style.ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, style.RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def box(self, content: Sequence[Flowable], *, color: object = style.RULE) -> Table:
        """Content in a light frame, for what the reader must not miss."""
        table = Table([[list(content)]], colWidths=[style.CONTENT_WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, color),
                    ("FONT", (0, 0), (-1, -1), style.REGULAR),
                    ("BACKGROUND", (0, 0), (-1, -1), style.SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table

    def signatures(
        self,
        roles: Sequence[str],
        *,
        heading: str = "",
        intro: str = "",
        place_date: bool = True,
    ) -> Flowable:
        """Signature lines two by two: a line to sign on, and one for the name; kept on
        one page together with their heading."""
        half = style.CONTENT_WIDTH / 2
        clarification = "Namnförtydligande" + (" · ort och datum" if place_date else "")
        blocks: list[Flowable | str] = []
        for role in roles:
            block = Table(
                [
                    [""],
                    [self.markup(f"<b>{self.text(role)}</b>", self.s.small)],
                    [""],
                    [self.markup(clarification, self.s.small)],
                ],
                colWidths=[half - 14],
                rowHeights=[11 * mm, None, 7 * mm, None],
            )
            block.setStyle(
                TableStyle(
                    [
                        ("LINEABOVE", (0, 1), (0, 1), 0.6, style.INK),
                        ("FONT", (0, 0), (-1, -1), style.REGULAR),
                        ("LINEABOVE", (0, 3), (0, 3), 0.4, style.MUTED),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ]
                )
            )
            blocks.append(block)
        if len(blocks) % 2:
            blocks.append("")
        rows = [blocks[i : i + 2] for i in range(0, len(blocks), 2)]
        table = Table(rows, colWidths=[half, half], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 0), (-1, -1), style.REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        lead: list[Flowable] = []
        if heading:
            lead.append(Paragraph(self.text(heading), self.s.h1))
        if intro:
            lead.append(self.notice(intro))
        return KeepTogether([*lead, table])

    # -- consent ------------------------------------------------------------------

    def consent_reference(
        self, lines: Sequence[ConsentLine], *, protected: bool, lead: str
    ) -> list[Flowable]:
        """The consents a document rests on: date, parties, data, valid until, exceptions."""
        out: list[Flowable] = [self.notice(lead)]
        rows = []
        for line in lines:
            consent = line.record.consent
            parties = ", ".join(_party_label(p.kind, p.label, protected) for p in consent.parties)
            # What the consent does not cover: its exceptions and each person's förbehåll.
            excluded = [consent.exceptions.strip()] + [
                f"{s.name}: {reservation_text(s)}"
                for s in line.record.signatories
                if s.excluded_parties or s.excluded_categories
            ]
            rows.append(
                [
                    f"{format_date(consent.valid_from)}\n{consent.form.label}",
                    parties,
                    ", ".join(c.label for c in consent.categories),
                    format_date(consent.valid_until),
                    "\n".join(x for x in excluded if x) or EMPTY,
                ]
            )
        out.append(
            self.table(
                ["Lämnat", "Parter", "Uppgifter som får delas", "Gäller t.o.m.", "Gäller inte"],
                rows,
                [18, 30, 40, 16, 26],
                empty="Inget samtycke är registrerat.",
            )
        )
        return out


def _party_label(kind: PartyKind, label: str, protected: bool) -> str:
    # A protected student's school is not printed, even as the name of a party.
    return kind.label if protected and kind is PartyKind.SCHOOL else label
