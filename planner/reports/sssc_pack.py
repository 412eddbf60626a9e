"""The SSSC CPL verification pack: a worker's learning for a year mapped to the SSSC core
learning elements, the mandatory learning marked, and space for the person verifying."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from planner.core.dates import uk
from planner.core.hours import hours_text, total
from planner.reports.base import GRID, STATE_FILL, Document, esc

CELL_CHARS = 400  # a row of the table must fit on a page: longer text is cut with "…"


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class PackEntry:
    occurred_on: date
    title: str
    kind: str
    hours: float
    provider: str
    participatory: bool
    elements: list[str]


@dataclass(frozen=True)
class SsscPackData:
    name: str
    staff_no: str
    registration: str
    register_part: str
    career_pathway: str
    start: date
    end: date
    as_on: date | None  # the year is still in progress: the pack shows it as on this date
    anchor_known: bool  # False: the worker's own date is not known, so this is the calendar year
    entries: list[PackEntry]
    elements: list[tuple[str, list[str]]]  # element name, titles of the entries covering it
    mandatory: list[tuple[str, bool, list[str]]]  # what, present, the learning that covers it
    elc_line: str = ""
    registration_note: str = ""  # a new worker not registered yet: where their application stands


class SsscPack(Document):
    title = "SSSC CPL verification pack"
    subject = "Continuous professional learning mapped to the SSSC core learning elements"

    def document_title(self, data: SsscPackData) -> str:
        return f"SSSC CPL verification pack: {data.name}"

    def story(self, data: SsscPackData) -> list[Flowable]:
        period = f"Learning from {uk(data.start)} to {uk(data.end)}"
        if data.as_on is not None:
            period += f" (a year in progress: as on {uk(data.as_on)})"
        if not data.anchor_known:
            period += " · the registration anniversary is not recorded, so this is the calendar year"
        s = self.heading_block(
            f"SSSC CPL verification pack: {data.name}",
            f"Staff number {esc(data.staff_no)}"
            + (f" · SSSC registration {esc(data.registration)}" if data.registration else "")
            + (f"<br/>Register part: {esc(data.register_part)}" if data.register_part else "")
            + f"<br/>{period}"
            + (f"<br/>Career pathway: {esc(data.career_pathway)}" if data.career_pathway else "")
            + (f"<br/><b>{esc(data.registration_note)}</b>" if data.registration_note else ""),
        )
        s.append(self.p("Mandatory learning", "h2"))
        rows = [["Learning the SSSC requires every year", "In this pack's year", "Covered by"]]
        fills = []
        for i, (label, present, titles) in enumerate(data.mandatory, start=1):
            rows.append([label, "✔ present" if present else "✖ not yet recorded", "; ".join(titles)])
            fills.append((1, i, STATE_FILL["recorded" if present else "overdue"]))
        s.append(self.table(rows, widths=[70 * mm, 34 * mm, 76 * mm], fills=fills, zebra=False))
        if data.elc_line:
            s.append(self.p(esc(data.elc_line)))
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
            rows = [["Date", "Learning", "Provider", "Type", "With others", "Hours", "Elements"]]
            rows += [
                [
                    uk(e.occurred_on),
                    shorten(e.title, CELL_CHARS),
                    shorten(e.provider, CELL_CHARS // 2),
                    e.kind,
                    "yes" if e.participatory else "no",
                    hours_text(e.hours),
                    ", ".join(e.elements),
                ]
                for e in data.entries
            ]
            total_hours = total([e.hours for e in data.entries])
            rows.append(
                [
                    "",
                    f"Total: {len(data.entries)} {'entry' if len(data.entries) == 1 else 'entries'}",
                    "",
                    "",
                    "",
                    hours_text(total_hours),
                    "",
                ]
            )
            s.append(self.table(rows, widths=[22 * mm, 40 * mm, 26 * mm, 21 * mm, 19 * mm, 14 * mm, 38 * mm]))
            s.append(Spacer(1, 2 * mm))
            s.append(self.p("Reflections stay with the worker and are not part of this pack.", "small"))
        else:
            s.append(self.p("No learning recorded in this period."))
        s.append(
            KeepTogether(
                [
                    self.p("Worker's declaration", "h2"),
                    self.p("I declare that this is a true record of the learning I have done in this period."),
                    Spacer(1, 2 * mm),
                    self._boxes([["Signature", ""], ["Date", ""]], [14 * mm, 10 * mm]),
                ]
            )
        )
        s.append(
            KeepTogether(
                [
                    self.p("Verification", "h2"),
                    Spacer(1, 2 * mm),
                    self._boxes(
                        [["Verified by (name)", ""], ["Role", ""], ["Signature", ""], ["Date", ""], ["Comments", ""]],
                        [10 * mm, 10 * mm, 14 * mm, 10 * mm, 30 * mm],
                    ),
                ]
            )
        )
        return s

    @staticmethod
    def _boxes(rows: list[list[str]], heights: list[float]) -> Table:
        boxes = Table(rows, colWidths=[45 * mm, 135 * mm], rowHeights=heights, hAlign="LEFT")
        boxes.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return boxes
