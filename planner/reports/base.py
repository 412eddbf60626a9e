"""What every document shares: embedded Unicode fonts (characters they lack print as a readable
name, never an empty box), a house style, "Page X of Y" with the organisation's name and the
print date on every page, bookmarks for each part, and PDF metadata (title shown in the viewer,
author, subject, en-GB, the real creation date)."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, Image, PageTemplate, Paragraph, Table, TableStyle

from planner import __version__
from planner.core import i18n, wording
from planner.core.dates import uk
from planner.core.hours import hours_text, total
from planner.core.i18n import translate
from planner.shipped import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
STATE_FILL = {state: colors.HexColor(fill) for state, fill in wording.STATE_FILL.items()}
STATE_MARK = wording.STATE_MARK
GRID = colors.HexColor("#9a9a9a")
HEAD_FILL = colors.HexColor("#e8e8e8")
_registered = False


class _CachedTTFont(TTFont):
    """A TrueType font that remembers how it split each string for the document being built.
    Once a string's characters have their codes in a document, splitting it again gives the
    same answer, and long documents repeat the same strings (state words, dates) thousands of
    times."""

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        cache = self.__dict__.setdefault("_split_cache", {})
        per_doc = cache.get(id(doc))
        if per_doc is None or per_doc[0] is not doc:
            per_doc = cache[id(doc)] = (doc, {})
            for key in [k for k, (d, _) in cache.items() if d is not doc]:
                del cache[key]  # forget finished documents
        found = per_doc[1].get(text)
        if found is None:
            found = per_doc[1][text] = super().splitString(text, doc, encoding)
        return found


def register_fonts() -> None:
    """Register the shipped DejaVu fonts once; they are embedded (subset) in every PDF."""
    global _registered
    if _registered:
        return
    folder = resource("fonts")
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(_CachedTTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    _registered = True


def stylesheet() -> StyleSheet1:
    register_fonts()
    s = StyleSheet1()
    s.add(ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5))
    s.add(ParagraphStyle("small", parent=s["body"], fontSize=8, leading=10))
    s.add(ParagraphStyle("cell", parent=s["body"], fontSize=8, leading=9.6))
    s.add(ParagraphStyle("cell_bold", parent=s["cell"], fontName=FONT_BOLD))
    s.add(ParagraphStyle("title", fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=4))
    s.add(
        ParagraphStyle(
            "subtitle", parent=s["body"], fontSize=10.5, leading=14, textColor=colors.HexColor("#333333"), spaceAfter=8
        )
    )
    # a heading is kept with what follows it: never alone at the foot of a page
    s.add(
        ParagraphStyle(
            "h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4, keepWithNext=1
        )
    )
    s.add(
        ParagraphStyle("h3", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=1)
    )
    s.add(ParagraphStyle("right", parent=s["body"], alignment=TA_RIGHT))
    s.add(
        ParagraphStyle(
            "quote", parent=s["body"], fontName=FONT_ITALIC, leftIndent=10, textColor=colors.HexColor("#222222")
        )
    )
    return s


@dataclass(frozen=True)
class Letterhead:
    organisation: str
    printed_on: date
    logo: Path | None = None


def _numbered_canvas(letterhead: Letterhead, document_title: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws the footer once the page count is known: "Page X of Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._bookmarks: list[tuple[int, str, int]] = []  # (page index, title, level)

        def add_bookmark(self, title: str, level: int = 0) -> None:
            """An outline entry for the page being drawn (placed once pages are final)."""
            self._bookmarks.append((len(self._pages), title, level))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            marks = self._bookmarks
            for index, state in enumerate(self._pages):
                self.__dict__.update(state)
                for n, (page, title, level) in enumerate(marks):
                    if page == index:
                        key = f"part{n}"
                        self.bookmarkPage(key)
                        self.addOutlineEntry(title, key, level=level)
                self._footer(total)
                Canvas.showPage(self)
            if marks:
                self.showOutline()
            self.setViewerPreference("DisplayDocTitle", "true")  # the title bar shows the title
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.setStrokeColor(colors.HexColor("#bbbbbb"))
            self.line(15 * mm, 12 * mm, width - 15 * mm, 12 * mm)
            right = f"Printed {uk(letterhead.printed_on)} · Page {self._pageNumber} of {total}"
            room = width - 30 * mm - pdfmetrics.stringWidth(right, FONT, 7.5) - 8 * mm
            # a combined batch names the worker each page is about (see Subject)
            left = printable(f"{letterhead.organisation} · {self.__dict__.get('_subject', document_title)}")
            while left and pdfmetrics.stringWidth(left, FONT, 7.5) > room:
                left = left[:-2] + "…"
            self.drawString(15 * mm, 8 * mm, left)
            self.drawRightString(width - 15 * mm, 8 * mm, right)
            self.restoreState()

    return NumberedCanvas


def tr(text: str) -> str:
    """A document's words in the interface's language: each text is marked where it is written
    (QT_TRANSLATE_NOOP("documents", …)) and translated here, where it is printed."""
    return translate("documents", text) if text else text


def tr_all(texts: Sequence[str]) -> list[str]:
    return [tr(t) for t in texts]


class Document:
    """A document renderer: subclasses set the metadata and write ``story``."""

    title = "Document"
    subject = ""
    landscape = False
    margins = (15 * mm, 15 * mm, 18 * mm, 16 * mm)  # left, right, top, bottom

    def __init__(self, letterhead: Letterhead) -> None:
        self.letterhead = letterhead
        self.styles = stylesheet()

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    def document_title(self, data: Any) -> str:
        return tr(self.title)

    def decorate(self, canvas: Canvas, doc: Any) -> None:
        """Drawn on every page before its content (borders, watermarks); nothing by default."""

    def story(self, data: Any) -> list[Flowable]:
        raise NotImplementedError

    def render(self, data: Any) -> bytes:
        buffer = io.BytesIO()
        title = self.document_title(data)
        left, right, top, bottom = self.margins
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=title,
            author=self.letterhead.organisation,
            subject=tr(self.subject) or title,
            creator=f"Pathway Planner {__version__}",
            lang=i18n.language(),
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.decorate)])
        doc.build(self.story(data), canvasmaker=_numbered_canvas(self.letterhead, title))
        return buffer.getvalue()

    # -- helpers for stories --------------------------------------------------------------
    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(printable(text), self.styles[style])

    def section(self, title: str, style: str = "h2", level: int = 0) -> list[Flowable]:
        """A heading that is also a bookmark in the PDF's outline (wrap it with what follows in
        KeepTogether, so it never stands alone at the foot of a page)."""
        return [Bookmark(title, level), self.p(esc(title), style)]

    def heading_block(self, title: str, subtitle: str = "") -> list[Flowable]:
        flow: list[Flowable] = []
        logo = self.letterhead.logo
        if logo is not None and logo.exists():
            try:
                image = Image(str(logo))
                ratio = image.imageHeight / max(1, image.imageWidth)
                image.drawWidth, image.drawHeight = 40 * mm, 40 * mm * ratio
                image.hAlign = "RIGHT"
                flow.append(image)
            except OSError:
                pass  # a missing or unreadable logo never stops a document
        flow.append(self.p(esc(title), "title"))
        if subtitle:
            flow.append(self.p(subtitle, "subtitle"))
        return flow

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float] | None = None,
        header_rows: int = 1,
        fills: Sequence[tuple[int, int, Any]] = (),
        zebra: bool = True,
        plain: bool = False,
    ) -> Table:
        """A table whose header repeats on every page; cells may be text or flowables. ``plain``
        keeps text as plain strings (no wrapping), which is much quicker for long lists. With
        ``widths``, text is wrapped to its column here and drawn as plain lines: the same look
        as a paragraph in each cell, at a fraction of the layout work (a batch of learning
        records is mostly tables)."""
        if plain:
            cells: list[list[Any]] = [list(row) for row in rows]
        elif widths is not None and all(isinstance(w, (int, float)) for w in widths):
            cells = [
                [
                    "\n".join(wrap_lines(printable(c), FONT_BOLD if r < header_rows else FONT, 8, w - 2 * CELL_PAD))
                    if isinstance(c, str)
                    else c
                    for c, w in zip(row, widths, strict=False)
                ]
                for r, row in enumerate(rows)
            ]
        else:
            cells = [
                [self.p(esc(c), "cell_bold" if r < header_rows else "cell") if isinstance(c, str) else c for c in row]
                for r, row in enumerate(rows)
            ]
        t = Table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if zebra:
            for r in range(header_rows + 1, len(rows), 2):
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f7f7f7")))
        for col, row, colour in fills:
            style.append(("BACKGROUND", (col, row), (col, row), colour))
        t.setStyle(TableStyle(style))
        return t


CELL_PAD = 6  # a table cell's left and right padding (reportlab's default)


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The text broken into lines no wider than ``width`` points, at spaces, and inside a word
    only when the word alone is wider (a long name or code never runs out of its cell)."""
    measure = pdfmetrics.stringWidth
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if measure(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if measure(trial, font, size) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
            while measure(word, font, size) > width and len(word) > 1:  # a word wider than the cell
                cut = len(word) - 1
                while cut > 1 and measure(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def total_row(hours: Sequence[float], columns: int, hours_column: int) -> list[str]:
    """The row beneath a table of learning entries: how many (in the second column) and their
    hours (in ``hours_column``), the total of the rows above it."""
    row = [""] * columns
    n = len(hours)
    row[1] = f"Total: {n} {'entry' if n == 1 else 'entries'}"
    row[hours_column] = hours_text(total(hours))
    return row


def esc(text: Any) -> str:
    """Text for a Paragraph: reportlab reads a little markup, so escape what is not (and name
    the characters the font lacks)."""
    return printable(str(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Subject(Flowable):
    """Takes no room; from its page on, the footer names this subject (in a combined batch, the
    worker whose record or certificate it is)."""

    def __init__(self, subject: str) -> None:
        super().__init__()
        self.subject = subject

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._subject = self.subject  # type: ignore[attr-defined]


class Bookmark(Flowable):
    """Takes no room; marks its page in the PDF's outline (the viewer's bookmarks)."""

    def __init__(self, title: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.level = title, level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        add = getattr(self.canv, "add_bookmark", None)
        if add is not None:
            add(self.title, self.level)


_IGNORABLE = {0x200B, 0x200C, 0x200D, 0xFE0E, 0xFE0F}  # joiners and variation selectors: nothing to draw
_fallback: dict[str, str] = {}


def printable(text: str) -> str:
    """The text with every character the embedded font lacks (emoji, rare scripts) written as
    its name in brackets, so nothing prints as an empty box: "Team 🌟" → "Team [glowing star]"."""
    if text.isascii():  # the font has every printable ASCII character (control ones are cleaned on input)
        return text
    register_fonts()
    chars = _font_chars()
    if all(ord(ch) in chars or ch in "\n\t" for ch in text):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if code in chars or ch in "\n\t":
            out.append(ch)
        elif code in _IGNORABLE or unicodedata.category(ch) in ("Mn", "Cf"):
            continue
        else:
            found = _fallback.get(ch)
            if found is None:
                found = _fallback[ch] = f"[{unicodedata.name(ch, 'symbol').lower()}]"
            out.append(found)
    return "".join(out)


_chars: set[int] | None = None


def _font_chars() -> set[int]:
    global _chars
    if _chars is None:
        font = pdfmetrics.getFont(FONT)
        _chars = set(font.face.charToGlyph)  # type: ignore[attr-defined]
    return _chars


def state_words(state: str, when: date | None) -> str:
    """ "✖ overdue since 3 Mar 2026"."""
    return f"{STATE_MARK[state]} {wording.state_words(state, when)}"
