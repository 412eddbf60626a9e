"""The team completion report: summary figures and a bar chart per framework, the matrix as a
table of state words (wide matrices split into column groups, each page repeating the headings
and the name column), then the overdue and due lists.

The matrix pages are drawn straight onto the canvas by a small flowable, one page at a time:
a platypus Table re-lays out the remaining rows at every page break, which is far too slow
for a whole organisation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from planner.core.dates import uk
from planner.reports.base import FONT, FONT_BOLD, GRID, HEAD_FILL, STATE_FILL, STATE_MARK, Document, esc

STATES = ("recorded", "expiring", "due", "expired", "overdue")


@dataclass(frozen=True)
class TeamReportData:
    scope: str  # the team's name, or "Whole organisation"
    on: date
    columns: list[tuple[str, str]]  # (group, label) per requirement column
    names: list[str]  # "Name (staff no.)" per worker
    cells: list[list[tuple[str, date | None] | None]]  # per worker, per column: (state, date) or blank
    framework_counts: list[tuple[str, dict[str, int]]]  # per framework: state counts over its cells
    due: list[tuple[str, str, str, date | None]]  # worker, needs, state, date (overdue and due soon)


class GridBlock(Flowable):
    """One page of a grid drawn straight onto the canvas: a heading row (one or two lines per
    column) and rows of plain text, each cell optionally filled with a state's colour. One
    text object per page keeps it quick for thousands of pages."""

    def __init__(self, widths: Sequence[float], headers: Sequence[tuple[str, str]],
                 rows: Sequence[Sequence[str]], fills: Sequence[Sequence[str | None]],
                 row_height: float, head_height: float) -> None:
        super().__init__()
        self.widths, self.headers, self.rows, self.fills = widths, headers, rows, fills
        self.row_height, self.head_height = row_height, head_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return sum(self.widths), self.head_height + self.row_height * len(self.rows)

    def draw(self) -> None:
        c = self.canv
        width = sum(self.widths)
        top = self.head_height + self.row_height * len(self.rows)
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        c.setLineWidth(0.3)
        c.setStrokeColor(GRID)
        c.setFillColor(HEAD_FILL)
        c.rect(0, top - self.head_height, width, self.head_height, stroke=0, fill=1)
        for r, fills in enumerate(self.fills):  # coloured cells first, text on top
            y = top - self.head_height - (r + 1) * self.row_height
            for i, state in enumerate(fills):
                if state:
                    c.setFillColor(STATE_FILL[state])
                    c.rect(xs[i], y, self.widths[i], self.row_height, stroke=0, fill=1)
        text = c.beginText()
        text.setFillColor(colors.black)
        text.setFont(FONT_BOLD, 6.8)
        for i, (line1, _line2) in enumerate(self.headers):
            text.setTextOrigin(xs[i] + 2, top - 9)
            text.textOut(_fit(line1, self.widths[i] - 4, FONT_BOLD, 6.8))
        text.setFont(FONT, 6.6)
        for i, (_line1, line2) in enumerate(self.headers):
            if line2:
                text.setTextOrigin(xs[i] + 2, top - 18)
                text.textOut(_fit(line2, self.widths[i] - 4, FONT, 6.6))
        for r, row in enumerate(self.rows):
            y = top - self.head_height - (r + 1) * self.row_height + 3
            for i, value in enumerate(row):
                if value:
                    text.setTextOrigin(xs[i] + 2, y)
                    text.textOut(value)
        c.drawText(text)
        c.setStrokeColor(GRID)
        path = c.beginPath()
        for r in range(len(self.rows) + 1):
            y = top - self.head_height - r * self.row_height
            path.moveTo(0, y)
            path.lineTo(width, y)
        path.moveTo(0, top)
        path.lineTo(width, top)
        for x in xs:
            path.moveTo(x, 0)
            path.lineTo(x, top)
        c.drawPath(path, stroke=1, fill=0)


def _short(when: date | None) -> str:
    return uk(when) if when else ""


def _cell(cell: tuple[str, date | None] | None) -> str:
    return "" if cell is None else _cell_text(cell[0], cell[1])


@lru_cache(maxsize=65536)
def _cell_text(state: str, when: date | None) -> str:
    return f"{STATE_MARK[state]} {state} {_short(when)}".rstrip()


def _fit(text: str, width: float, font: str, size: float) -> str:
    """The text, shortened with an ellipsis to fit the width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def framework_chart(counts: list[tuple[str, dict[str, int]]], width: float) -> Drawing:
    """Stacked bars per framework, each part labelled with its count, and a key."""
    label_w, bar_h, gap = 45 * mm, 12, 6
    height = 22 + len(counts) * (bar_h + gap)
    d = Drawing(width, height)
    x = 0.0
    for state in STATES:
        d.add(Rect(x, height - 10, 8, 8, fillColor=STATE_FILL[state], strokeColor=GRID, strokeWidth=0.4))
        d.add(String(x + 11, height - 9, f"{STATE_MARK[state]} {state}", fontName=FONT, fontSize=7.5))
        x += 70
    most = max((sum(c.values()) for _, c in counts), default=1) or 1
    bar_w = width - label_w - 10
    for i, (name, c) in enumerate(counts):
        y = height - 22 - (i + 1) * (bar_h + gap) + gap
        d.add(String(label_w - 4, y + 3, name, fontName=FONT, fontSize=8, textAnchor="end"))
        x = label_w
        for state in STATES:
            n = c.get(state, 0)
            if not n:
                continue
            w = bar_w * n / most
            d.add(Rect(x, y, w, bar_h, fillColor=STATE_FILL[state], strokeColor=GRID, strokeWidth=0.4))
            if w > 16:
                d.add(String(x + w / 2, y + 3, str(n), fontName=FONT, fontSize=7, textAnchor="middle"))
            x += w
    return d


class TeamReport(Document):
    title = "Team completion report"
    subject = "Team completion report: foundation learning by requirement"
    landscape = True
    margins = (14 * mm, 14 * mm, 14 * mm, 16 * mm)
    name_width = 52 * mm
    cell_width = 30 * mm
    row_height = 10.5
    head_height = 24

    def document_title(self, data: TeamReportData) -> str:
        return f"Team completion report: {data.scope}"

    def story(self, data: TeamReportData) -> list[Flowable]:
        width, height = self.pagesize
        left, right, top, bottom = self.margins
        frame_w, frame_h = width - left - right - 12, height - top - bottom - 12
        totals = {s: sum(c.get(s, 0) for _, c in data.framework_counts) for s in STATES}
        needed = sum(totals.values())
        held = totals["recorded"] + totals["expiring"]
        s: list[Flowable] = self.heading_block(
            f"Team completion report: {data.scope}",
            f"As on {uk(data.on)} · {len(data.names)} workers · {needed} requirement steps, {held} "
            f"recorded or expiring ({(100 * held / needed) if needed else 0:.0f}%)")
        rows = [["State", "Steps", "Share"]]
        rows += [[f"{STATE_MARK[st]} {st}", str(totals[st]), f"{(100 * totals[st] / needed) if needed else 0:.0f}%"]
                 for st in STATES]
        s.append(self.table(rows, widths=[40 * mm, 25 * mm, 25 * mm],
                            fills=[(0, i, STATE_FILL[st]) for i, st in enumerate(STATES, start=1)], zebra=False))
        s.append(Spacer(1, 5 * mm))
        s.append(self.p("By framework", "h2"))
        s.append(framework_chart(data.framework_counts, frame_w))
        # the matrix, in column groups, a page at a time
        fitted = [_fit(name, self.name_width - 4, FONT, 6.6) for name in data.names]  # once, not per group
        per_page_cols = max(1, int((frame_w - self.name_width) // self.cell_width))
        per_page_rows = max(1, int((frame_h - self.head_height - 20) // self.row_height))
        groups = [list(range(i, min(i + per_page_cols, len(data.columns))))
                  for i in range(0, len(data.columns), per_page_cols)]
        for g, cols in enumerate(groups, start=1):
            start, first = 0, True
            while start < len(data.names) or first:
                s.append(PageBreak())
                room = per_page_rows
                if first:
                    s.append(self.p(f"The matrix, part {g} of {len(groups)}: "
                                    + esc(", ".join(dict.fromkeys(data.columns[c][0] for c in cols))), "h3"))
                    room -= 2  # the part's heading takes two rows' height
                end = min(start + room, len(data.names))
                rows = [[fitted[r], *(_cell(data.cells[r][c]) for c in cols)] for r in range(start, end)]
                fills = [[None, *(data.cells[r][c][0] if data.cells[r][c] else None for c in cols)]
                         for r in range(start, end)]
                s.append(GridBlock([self.name_width] + [self.cell_width] * len(cols),
                                   [("Worker", "")] + [data.columns[c] for c in cols], rows, fills,
                                   self.row_height, self.head_height))
                start, first = end, False
        s.append(PageBreak())
        s.append(self.p("Overdue, expired and due soon", "h2"))
        if data.due:
            widths = [80 * mm, 115 * mm, 40 * mm, 32 * mm]
            per_page = max(1, int((frame_h - 14 - 30) // self.row_height))
            for start in range(0, len(data.due), per_page):
                if start:
                    s.append(PageBreak())
                part = data.due[start:start + per_page]
                rows = [[_fit(who, widths[0] - 4, FONT, 6.6), _fit(needs, widths[1] - 4, FONT, 6.6),
                         f"{STATE_MARK[state]} {state}", uk(when)] for who, needs, state, when in part]
                fills = [[None, None, state, None] for _who, _needs, state, _when in part]
                s.append(GridBlock(widths, [("Worker", ""), ("Needs", ""), ("State", ""), ("Date", "")], rows, fills,
                                   self.row_height, 14))
        else:
            s.append(self.p("Nothing is overdue or due soon."))
        return s
