"""The one style sheet of every printed document: fonts, colours, paragraph styles.

Fonts are Liberation Sans (SIL OFL, shipped in resources/fonts) embedded as
subsets, so å, ä, ö and – print the same on every machine and reader.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sstdesk.paths import resource_path

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 31 * mm
MARGIN_BOTTOM = 24 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1B1F24")
MUTED = colors.HexColor("#5A6470")
ACCENT = colors.HexColor("#1F3A5F")  # headings, rules
SECRECY = colors.HexColor("#8B1E1E")  # the sekretess marking
SHADE = colors.HexColor("#EEF2F6")  # table heads, field labels
RULE = colors.HexColor("#B8C2CC")
VALID_ABSENCE = colors.HexColor("#9DB4CF")  # giltig frånvaro
INVALID_ABSENCE = colors.HexColor("#1F3A5F")  # ogiltig frånvaro
WATERMARK = colors.Color(0.55, 0.58, 0.62, alpha=0.16)

REGULAR = "Sans"
BOLD = "Sans-Bold"
ITALIC = "Sans-Italic"
BOLD_ITALIC = "Sans-BoldItalic"

_FONT_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}


@cache
def register_fonts() -> None:
    """Load the fonts once per process (reading them costs ~30 ms)."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


class Styles:
    """Paragraph styles, made once the fonts are registered."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT
        )
        self.body = base
        self.title = ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=10, leading=14, textColor=MUTED, spaceAfter=4
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=3,
        )
        self.h2 = ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=5
        )
        self.label = ParagraphStyle(
            "label", parent=base, fontName=BOLD, fontSize=8.5, leading=11, textColor=MUTED
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11)
        self.cell_head = ParagraphStyle(
            "cell_head", parent=self.cell, fontName=BOLD, textColor=ACCENT
        )
        self.small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=10, textColor=MUTED)
        self.notice = ParagraphStyle(
            "notice", parent=base, fontName=ITALIC, fontSize=8.5, leading=11, textColor=MUTED
        )
        self.warning = ParagraphStyle(
            "warning", parent=base, fontSize=9, leading=12, textColor=SECRECY
        )


@cache
def styles() -> Styles:
    return Styles()
