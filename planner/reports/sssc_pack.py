"""The SSSC CPL verification pack: a worker's learning for a year mapped to the SSSC core
learning elements, the mandatory learning marked, and space for the person verifying."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from planner.core.dates import uk
from planner.core.hours import hours_text
from planner.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from planner.reports.base import GRID, STATE_FILL, STATE_MARK, Document, esc, total_row, tr, tr_all

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


# -- the pack's words and rows, shared by the PDF and the accessible HTML -----------------
MANDATORY_HEAD = [
    QT_TRANSLATE_NOOP("documents", "Learning the SSSC requires every year"),
    QT_TRANSLATE_NOOP("documents", "In this pack's year"),
    QT_TRANSLATE_NOOP("documents", "Covered by"),
]
ELEMENTS_HEAD = [QT_TRANSLATE_NOOP("documents", "Element"), QT_TRANSLATE_NOOP("documents", "Covered by")]
ENTRIES_HEAD = [
    QT_TRANSLATE_NOOP("documents", "Date"),
    QT_TRANSLATE_NOOP("documents", "Learning"),
    QT_TRANSLATE_NOOP("documents", "Provider"),
    QT_TRANSLATE_NOOP("documents", "Type"),
    QT_TRANSLATE_NOOP("documents", "With others"),
    QT_TRANSLATE_NOOP("documents", "Hours"),
    QT_TRANSLATE_NOOP("documents", "Elements"),
]
NOT_IN_PACK = QT_TRANSLATE_NOOP("documents", "Reflections stay with the worker and are not part of this pack.")
NO_LEARNING = QT_TRANSLATE_NOOP("documents", "No learning recorded in this period.")
DECLARATION = QT_TRANSLATE_NOOP(
    "documents", "I declare that this is a true record of the learning I have done in this period."
)
DECLARATION_BOXES = [QT_TRANSLATE_NOOP("documents", "Signature"), QT_TRANSLATE_NOOP("documents", "Date")]
VERIFICATION_BOXES = [
    QT_TRANSLATE_NOOP("documents", "Verified by (name)"),
    QT_TRANSLATE_NOOP("documents", "Role"),
    QT_TRANSLATE_NOOP("documents", "Signature"),
    QT_TRANSLATE_NOOP("documents", "Date"),
    QT_TRANSLATE_NOOP("documents", "Comments"),
]


def subtitle_lines(data: SsscPackData) -> list[str]:
    """Who and which year, a line each; the registration note (when there is one) last."""
    period = fill(translate("documents", "Learning from %1 to %2"), uk(data.start), uk(data.end))
    if data.as_on is not None:
        period += fill(translate("documents", " (a year in progress: as on %1)"), uk(data.as_on))
    if not data.anchor_known:
        period += translate(
            "documents", " · the registration anniversary is not recorded, so this is the calendar year"
        )
    lines = [
        fill(translate("documents", "Staff number %1"), data.staff_no)
        + (fill(translate("documents", " · SSSC registration %1"), data.registration) if data.registration else "")
    ]
    if data.register_part:
        lines.append(fill(translate("documents", "Register part: %1"), data.register_part))
    lines.append(period)
    if data.career_pathway:
        lines.append(fill(translate("documents", "Career pathway: %1"), data.career_pathway))
    return lines


def mandatory_rows(data: SsscPackData) -> list[tuple[str, str, str, str]]:
    """(what, state, words, covered by) for each learning the SSSC requires."""
    return [
        (label, "recorded", "present", "; ".join(titles))
        if present
        else (
            label,
            "overdue",
            translate("documents", "not yet recorded"),
            translate("documents", "; ").join(titles),
        )
        for label, present, titles in data.mandatory
    ]


def element_rows(data: SsscPackData) -> list[tuple[str, str]]:
    """(element, covered by); an empty second part: nothing recorded yet."""
    return [(element, "; ".join(titles)) for element, titles in data.elements]


NOTHING_YET = QT_TRANSLATE_NOOP("documents", "nothing recorded yet")


def entry_rows(data: SsscPackData) -> tuple[list[list[str]], list[str]]:
    """The year's entries, and the total row beneath them."""
    rows = [
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
    return rows, total_row([e.hours for e in data.entries], len(ENTRIES_HEAD), 5)


class SsscPack(Document):
    title = QT_TRANSLATE_NOOP("documents", "SSSC CPL verification pack")
    subject = QT_TRANSLATE_NOOP(
        "documents", "Continuous professional learning mapped to the SSSC core learning elements"
    )

    def document_title(self, data: SsscPackData) -> str:
        return fill(translate("documents", "SSSC CPL verification pack: %1"), data.name)

    def story(self, data: SsscPackData) -> list[Flowable]:
        subtitle = "<br/>".join(esc(line) for line in subtitle_lines(data))
        if data.registration_note:
            subtitle += f"<br/><b>{esc(data.registration_note)}</b>"
        s = self.heading_block(fill(translate("documents", "SSSC CPL verification pack: %1"), data.name), subtitle)
        s.append(self.p(translate("documents", "Mandatory learning"), "h2"))
        rows = [tr_all(MANDATORY_HEAD)]
        fills = []
        for i, (label, state, words, covered) in enumerate(mandatory_rows(data), start=1):
            rows.append([label, f"{STATE_MARK[state]} {words}", covered])
            fills.append((1, i, STATE_FILL[state]))
        s.append(self.table(rows, widths=[70 * mm, 34 * mm, 76 * mm], fills=fills, zebra=False))
        if data.elc_line:
            s.append(self.p(esc(data.elc_line)))
        s.append(self.p(translate("documents", "Core learning elements"), "h2"))
        rows = [tr_all(ELEMENTS_HEAD)]
        fills = []
        for i, (element, covered) in enumerate(element_rows(data), start=1):
            rows.append([element, covered or f"{STATE_MARK['overdue']} {tr(NOTHING_YET)}"])
            if not covered:
                fills.append((1, i, STATE_FILL["due"]))
        s.append(self.table(rows, widths=[60 * mm, 120 * mm], fills=fills, zebra=False))
        s.append(self.p(translate("documents", "The year's learning"), "h2"))
        if data.entries:
            rows, totals = entry_rows(data)
            s.append(
                self.table(
                    [tr_all(ENTRIES_HEAD), *rows, totals],
                    widths=[22 * mm, 40 * mm, 26 * mm, 21 * mm, 19 * mm, 14 * mm, 38 * mm],
                )
            )
            s.append(Spacer(1, 2 * mm))
            s.append(self.p(tr(NOT_IN_PACK), "small"))
        else:
            s.append(self.p(tr(NO_LEARNING)))
        s.append(
            KeepTogether(
                [
                    self.p(translate("documents", "Worker's declaration"), "h2"),
                    self.p(tr(DECLARATION)),
                    Spacer(1, 2 * mm),
                    self._boxes([[b, ""] for b in tr_all(DECLARATION_BOXES)], [14 * mm, 10 * mm]),
                ]
            )
        )
        s.append(
            KeepTogether(
                [
                    self.p(translate("documents", "Verification"), "h2"),
                    Spacer(1, 2 * mm),
                    self._boxes(
                        [[b, ""] for b in tr_all(VERIFICATION_BOXES)], [10 * mm, 10 * mm, 14 * mm, 10 * mm, 30 * mm]
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
