"""Certificates of completion: one page per completion — who, what, when, how long, who provided
it, when it was issued and when it needs renewing, signed — with a verification code and a QR
code that ``planner verify CODE`` checks against the database offline (a personal copy says
"self-recorded" instead: no employer has checked it). Each certificate shrinks to fit its page,
so the name, the code and the signature are never split apart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, KeepInFrame, PageBreak, Paragraph, Spacer, Table, TableStyle

from planner.core.dates import uk
from planner.core.hours import hours_text
from planner.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from planner.reports.base import FONT, FONT_BOLD, Document, Subject, esc, tr

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
    code: str | None  # None: self-recorded (a personal copy), nothing to verify
    provider: str = ""
    issued_on: date | None = None
    renew_by: date | None = None  # None: does not expire
    signatory: str = ""
    signatory_role: str = ""


# -- a certificate's words, shared by the PDF and the accessible HTML ----------------------
SELF_RECORDED = QT_TRANSLATE_NOOP(
    "documents",
    "in the worker's own copy of Pathway Planner: no employer has checked it, so it carries no verification code.",
)


def done_words(c: CertificateData) -> str:
    """ "on 3 Mar 2026 · 6 hours, provided by NES"."""
    done = fill(translate("documents", "on %1"), uk(c.completed_on)) + (
        fill(translate("documents", " · %1 hours"), hours_text(c.hours)) if c.hours else ""
    )
    return done + (fill(translate("documents", ", provided by %1"), c.provider) if c.provider else "")


def issue_words(c: CertificateData) -> str:
    return (
        (fill(translate("documents", "Issued %1"), uk(c.issued_on)) if c.issued_on else "")
        + (" · " if c.issued_on else "")
        + (
            fill(translate("documents", "Renew by %1"), uk(c.renew_by))
            if c.renew_by
            else translate("documents", "Does not expire")
        )
    )


def signature_words(c: CertificateData) -> str:
    who = " · ".join(x for x in (c.signatory, c.signatory_role) if x)
    return translate("documents", "Signature") + (f": {who}" if who else "")


def check_words(code: str) -> str:
    return fill(translate("documents", "Check it with planner verify %1"), code)


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
    title = QT_TRANSLATE_NOOP("documents", "Certificates of completion")
    subject = QT_TRANSLATE_NOOP("documents", "Certificates of completion with verification codes")
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
        return (
            fill(translate("documents", "Certificates: %1"), names[0])
            if len(names) == 1
            else translate("documents", "Certificates of completion")
        )

    def story(self, data: list[CertificateData]) -> list[Flowable]:
        centred = ParagraphStyle("c", parent=self.styles["body"], alignment=TA_CENTER)
        big = ParagraphStyle("big", fontName=FONT_BOLD, fontSize=30, leading=36, alignment=TA_CENTER)
        name_style = ParagraphStyle(
            "name",
            fontName=FONT_BOLD,
            fontSize=24,
            leading=30,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#1a4f8a"),
        )
        mid = ParagraphStyle("mid", fontName=FONT, fontSize=13, leading=18, alignment=TA_CENTER)
        module_style = ParagraphStyle("module", fontName=FONT_BOLD, fontSize=16, leading=21, alignment=TA_CENTER)
        small = self.styles["small"]
        width, height = self.pagesize
        left, right, top, bottom = self.margins
        room = (width - left - right - 12, height - top - bottom - 12)
        logo = self._logo()
        story: list[Flowable] = []
        for i, c in enumerate(data):
            if i:
                story.append(PageBreak())
            story.append(
                Subject(fill(translate("documents", "Certificate: %1 (%2), %3"), c.name, c.staff_no, c.module_code))
            )
            page: list[Flowable] = ([logo] if logo is not None else []) + [
                Paragraph(esc(c.organisation), centred),
                Spacer(1, 5 * mm),
                Paragraph(translate("documents", "Certificate of completion"), big),
                Spacer(1, 6 * mm),
                Paragraph(translate("documents", "This certifies that"), mid),
                Spacer(1, 3 * mm),
                Paragraph(esc(c.name), name_style),
                Paragraph(fill(translate("documents", "staff number %1"), esc(c.staff_no)), centred),
                Spacer(1, 4 * mm),
                Paragraph("completed", mid),
                Spacer(1, 2 * mm),
                Paragraph(f"{esc(c.module_title)} ({esc(c.module_code)})", module_style),
                Spacer(1, 3 * mm),
                Paragraph(esc(done_words(c)), mid),
            ]
            if c.levels:
                page.append(
                    Paragraph(
                        translate("documents", "Framework levels: ") + esc(translate("documents", "; ").join(c.levels)),
                        centred,
                    )
                )
            page.append(Paragraph(issue_words(c), centred))
            page.append(Spacer(1, 10 * mm))
            signature = Table(
                [
                    ["", "", ""],
                    [
                        Paragraph(esc(signature_words(c)), small),
                        "",
                        Paragraph(translate("documents", "Date"), small),
                    ],
                ],
                colWidths=[80 * mm, 20 * mm, 50 * mm],
                rowHeights=[12 * mm, None],
            )
            signature.setStyle(
                TableStyle(
                    [("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black), ("LINEBELOW", (2, 0), (2, 0), 0.8, colors.black)]
                )
            )
            if c.code is not None:
                code_style = ParagraphStyle("code", fontName=FONT_BOLD, fontSize=14, leading=18)
                verify: Flowable = Table(
                    [
                        [
                            qr(f"{QR_PREFIX}{c.code}"),
                            [
                                Paragraph(translate("documents", "Verification code"), small),
                                Paragraph(esc(c.code), code_style),
                                Paragraph(esc(check_words(c.code)), small),
                            ],
                        ]
                    ],
                    colWidths=[34 * mm, 60 * mm],
                )
                verify.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            else:
                verify = Paragraph(f"<b>Self-recorded</b> {esc(tr(SELF_RECORDED))}", small)
            bottom = Table([[signature, verify]], colWidths=[160 * mm, 95 * mm])
            bottom.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            page.append(bottom)
            # one page each, whatever the length of a name or title: shrink rather than split
            story.append(KeepInFrame(room[0], room[1], page, mode="shrink"))
        return story

    def _logo(self) -> Flowable | None:
        logo = self.letterhead.logo
        if logo is None or not logo.exists():
            return None
        try:
            image = Image(str(logo))
        except OSError:
            return None  # a missing or unreadable logo never stops a document
        ratio = image.imageHeight / max(1, image.imageWidth)
        image.drawWidth, image.drawHeight = 30 * mm, min(18 * mm, 30 * mm * ratio)
        image.drawWidth = image.drawHeight / ratio if ratio else image.drawWidth
        image.hAlign = "CENTER"
        return image
