"""Certificates of completion: one page per completion, with a verification code and a QR
code that ``planner verify CODE`` checks against the database offline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from planner.core.dates import uk
from planner.reports.base import FONT, FONT_BOLD, Document, esc


QR_PREFIX = "PATHWAY-PLANNER:"  # what a scanned code reads: the prefix, then the verification code


@dataclass(frozen=True)
class CertificateData:
    name: str
    staff_no: str
    module_code: str
    module_title: str
    levels: list[str]
    completed_on: date
    hours: float | None
    organisation: str
    code: str


class QrCode(Flowable):
    """A QR code drawn as one path of dark squares (reportlab's encoder, our drawing: the
    graphics widget draws every square twice through its renderer, which dominates a batch)."""

    def __init__(self, text: str, size: float = 30 * mm, border: int = 2) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        code.make()
        n = code.getModuleCount()
        self.dark = [(r, c) for r in range(n) for c in range(n) if code.isDark(r, c)]
        self.count, self.size, self.border = n, size, border

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        cell = self.size / (self.count + 2 * self.border)
        path = self.canv.beginPath()
        for r, c in self.dark:
            path.rect((c + self.border) * cell, self.size - (r + 1 + self.border) * cell, cell, cell)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr(text: str, size: float = 30 * mm) -> QrCode:
    return QrCode(text, size)


class Certificates(Document):
    title = "Certificates of completion"
    subject = "Certificates of completion with verification codes"
    landscape = True
    margins = (22 * mm, 22 * mm, 20 * mm, 20 * mm)

    def decorate(self, canvas: Canvas, doc: object) -> None:
        """A double border on every certificate page."""
        width, height = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#1a4f8a"))
        canvas.setLineWidth(2)
        canvas.rect(10 * mm, 16 * mm, width - 20 * mm, height - 26 * mm)
        canvas.setLineWidth(0.6)
        canvas.rect(12.5 * mm, 18.5 * mm, width - 25 * mm, height - 31 * mm)
        canvas.restoreState()

    def document_title(self, data: list[CertificateData]) -> str:
        names = sorted({c.name for c in data})
        return f"Certificates: {names[0]}" if len(names) == 1 else "Certificates of completion"

    def story(self, data: list[CertificateData]) -> list[Flowable]:
        centred = {k: ParagraphStyle(k, parent=self.styles["body"], alignment=TA_CENTER) for k in ("c",)}
        big = ParagraphStyle("big", fontName=FONT_BOLD, fontSize=30, leading=36, alignment=TA_CENTER)
        name_style = ParagraphStyle("name", fontName=FONT_BOLD, fontSize=24, leading=30, alignment=TA_CENTER,
                                    textColor=colors.HexColor("#1a4f8a"))
        mid = ParagraphStyle("mid", fontName=FONT, fontSize=13, leading=18, alignment=TA_CENTER)
        module_style = ParagraphStyle("module", fontName=FONT_BOLD, fontSize=16, leading=21, alignment=TA_CENTER)
        story: list[Flowable] = []
        for i, c in enumerate(data):
            if i:
                story.append(PageBreak())
            story += [
                Paragraph(esc(c.organisation), centred["c"]),
                Spacer(1, 6 * mm),
                Paragraph("Certificate of completion", big),
                Spacer(1, 8 * mm),
                Paragraph("This certifies that", mid),
                Spacer(1, 3 * mm),
                Paragraph(esc(c.name), name_style),
                Paragraph(f"staff number {esc(c.staff_no)}", centred["c"]),
                Spacer(1, 4 * mm),
                Paragraph("completed", mid),
                Spacer(1, 2 * mm),
                Paragraph(f"{esc(c.module_title)} ({esc(c.module_code)})", module_style),
                Spacer(1, 3 * mm),
                Paragraph(f"on {uk(c.completed_on)}" + (f" · {c.hours:.1f} hours" if c.hours else ""), mid),
            ]
            if c.levels:
                story.append(Paragraph("Framework levels: " + esc("; ".join(c.levels)), centred["c"]))
            story.append(Spacer(1, 12 * mm))
            signature = Table(
                [["", "", ""],
                 [Paragraph("Signature", self.styles["small"]), "", Paragraph("Date", self.styles["small"])]],
                colWidths=[80 * mm, 20 * mm, 50 * mm], rowHeights=[12 * mm, None])
            signature.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                                           ("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black)]))
            code_style = ParagraphStyle("code", fontName=FONT_BOLD, fontSize=14, leading=18)
            verify = Table([[qr(f"{QR_PREFIX}{c.code}"),
                             [Paragraph("Verification code", self.styles["small"]),
                              Paragraph(esc(c.code), code_style),
                              Paragraph(f"Check it with <i>planner verify {esc(c.code)}</i>", self.styles["small"])]]],
                           colWidths=[34 * mm, 60 * mm])
            verify.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            bottom = Table([[signature, verify]], colWidths=[160 * mm, 95 * mm])
            bottom.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            story.append(bottom)
        return story
