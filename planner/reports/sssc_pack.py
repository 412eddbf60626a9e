"""The SSSC CPL verification pack: a worker's learning for a year mapped to the SSSC core
learning elements, the mandatory learning marked, and space for the person verifying."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from planner.core.dates import uk
from planner.reports.base import GRID, STATE_FILL, Document, esc


@dataclass(frozen=True)
class PackEntry:
    occurred_on: date
    title: str
    kind: str
    hours: float
    elements: list[str]


@dataclass(frozen=True)
class SsscPackData:
    name: str
    staff_no: str
    registration: str
    career_pathway: str
    start: date
    end: date
    entries: list[PackEntry]
    elements: list[tuple[str, list[str]]]  # element name, titles of the entries covering it
    mandatory: list[tuple[str, bool]]


class SsscPack(Document):
    title = "SSSC CPL verification pack"
    subject = "Continuous professional learning mapped to the SSSC core learning elements"

    def document_title(self, data: SsscPackData) -> str:
        return f"SSSC CPL verification pack: {data.name}"

    def story(self, data: SsscPackData) -> list[Flowable]:
        s = self.heading_block(
            f"SSSC CPL verification pack: {data.name}",
            f"Staff number {esc(data.staff_no)}" + (f" · SSSC registration {esc(data.registration)}" if data.registration else "")
            + f"<br/>Learning from {uk(data.start)} to {uk(data.end)}"
            + (f" · career pathway: {esc(data.career_pathway)}" if data.career_pathway else ""))
        s.append(self.p("Mandatory learning", "h2"))
        rows = [["Learning the SSSC requires every year", "Present this year"]]
        fills = []
        for i, (label, present) in enumerate(data.mandatory, start=1):
            rows.append([label, "✔ present" if present else "✖ not yet recorded"])
            fills.append((1, i, STATE_FILL["recorded" if present else "overdue"]))
        s.append(self.table(rows, widths=[110 * mm, 60 * mm], fills=fills, zebra=False))
        s.append(self.p("Core learning elements", "h2"))
        rows = [["Element", "Covered by"]]
        fills = []
        for i, (element, titles) in enumerate(data.elements, start=1):
            rows.append([element, "; ".join(titles) if titles else "✖ nothing recorded yet"])
            if not titles:
                fills.append((1, i, STATE_FILL["due"]))
        s.append(self.table(rows, widths=[60 * mm, 120 * mm], fills=fills, zebra=False))
        s.append(self.p("The year's learning", "h2"))
        if data.entries:
            rows = [["Date", "Learning", "Type", "Hours", "Elements"]]
            rows += [[uk(e.occurred_on), e.title, e.kind, f"{e.hours:.1f}", ", ".join(e.elements)] for e in data.entries]
            s.append(self.table(rows, widths=[24 * mm, 66 * mm, 24 * mm, 14 * mm, 52 * mm]))
            s.append(self.p(f"{len(data.entries)} entries, {sum(e.hours for e in data.entries):.1f} hours. "
                            "Reflections stay with the worker and are not part of this pack.", "small"))
        else:
            s.append(self.p("No learning recorded in this period."))
        s.append(self.p("Verification", "h2"))
        verifier = Table([["Verified by (name)", ""], ["Role", ""], ["Signature", ""], ["Date", ""],
                          ["Comments", ""]], colWidths=[45 * mm, 135 * mm],
                         rowHeights=[10 * mm, 10 * mm, 14 * mm, 10 * mm, 30 * mm], hAlign="LEFT")
        verifier.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9),
                                      ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(Spacer(1, 2 * mm))
        s.append(verifier)
        return s
