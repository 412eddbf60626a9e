"""The team completion report: the planning figures and the items in each state, a bar chart per
framework with the same counts as a table (so it reads in greyscale), the matrix as a table of
state words (wide matrices split into column groups, each page repeating the headings, the
names and staff numbers, and for a whole organisation the team), then the list of what is
overdue, expired or due soon. Every part is a bookmark in the PDF.

The grid pages are drawn straight onto the canvas by a small flowable, one page at a time: a
platypus Table re-lays out the remaining rows at every page break, which is far too slow for a
whole organisation. Long names wrap onto more lines instead of being cut."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from planner.core.dates import uk
from planner.core.i18n import QT_TRANSLATE_NOOP, cached, fill, translate
from planner.core.wording import STATES, plural, state_label
from planner.reports.base import (
    FONT,
    FONT_BOLD,
    GRID,
    HEAD_FILL,
    STATE_FILL,
    STATE_MARK,
    Bookmark,
    Document,
    esc,
    printable,
    tr,
    tr_all,
)

LINE = 8.0  # points per line of grid text
PAD = 3.0
CELL_SIZE = 5.9  # state cells: "✔ recorded 24 Nov 2023" with room to spare


@dataclass(frozen=True)
class TeamReportData:
    scope: str  # the team's name, or "Whole organisation"
    on: date
    columns: list[tuple[str, str]]  # (group, label) per requirement column
    workers: list[tuple[str, str, str]]  # (name, staff no., team) per row
    cells: list[list[tuple[str, date | None] | None]]  # per worker, per column: (state, date) or blank
    framework_counts: list[tuple[str, dict[str, int]]]  # per framework: state counts over its cells
    totals: dict[str, int]  # items in each state (reflective supervision apart)
    figures: list[str]  # the planning figures in words
    due: list[tuple[str, str, str, str, str, date | None]]  # name, staff no., team, needs, state, date
    show_team: bool = False  # a whole organisation: a team column beside the names
    notes: list[str] = field(default_factory=list)


class GridBlock(Flowable):
    """One page of a grid drawn straight onto the canvas: a heading row (one or two lines per
    column) and rows whose cells hold one or more lines, each cell optionally filled with a
    state's colour. One text object per page keeps it quick for thousands of pages."""

    def __init__(
        self,
        widths: Sequence[float],
        headers: Sequence[tuple[str, str]],
        rows: Sequence[Sequence[Sequence[str]]],
        fills: Sequence[Sequence[str | None]],
        head_height: float,
        fixed: int | None = None,
    ) -> None:
        super().__init__()
        self.widths, self.headers, self.rows, self.fills = widths, headers, rows, fills
        self.fixed = len(widths) if fixed is None else fixed  # columns before the state cells
        self.head_height = head_height
        self.heights = [row_height(row) for row in rows]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return sum(self.widths), self.head_height + sum(self.heights)

    def draw(self) -> None:
        c = self.canv
        width = sum(self.widths)
        top = self.head_height + sum(self.heights)
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        tops = [top - self.head_height]
        for h in self.heights:
            tops.append(tops[-1] - h)
        c.setLineWidth(0.3)
        c.setFillColor(HEAD_FILL)
        c.rect(0, top - self.head_height, width, self.head_height, stroke=0, fill=1)
        for r, fills in enumerate(self.fills):  # coloured cells first, text on top
            for i, state in enumerate(fills):
                if state:
                    c.setFillColor(STATE_FILL[state])
                    c.rect(xs[i], tops[r + 1], self.widths[i], self.heights[r], stroke=0, fill=1)
        text = c.beginText()
        text.setFillColor(colors.black)
        text.setFont(FONT_BOLD, 6.8)
        for i, (line1, _line2) in enumerate(self.headers):
            text.setTextOrigin(xs[i] + 2, top - 9)
            text.textOut(fit(line1, self.widths[i] - 4, FONT_BOLD, 6.8))
        text.setFont(FONT, 6.6)
        for i, (_line1, line2) in enumerate(self.headers):
            if line2:
                text.setTextOrigin(xs[i] + 2, top - 18)
                text.textOut(fit(line2, self.widths[i] - 4, FONT, 6.6))
        for columns, size in ((range(self.fixed), 6.6), (range(self.fixed, len(self.widths)), CELL_SIZE)):
            text.setFont(FONT, size)  # once per page and size: setting it per cell doubles the work
            for r, row in enumerate(self.rows):
                for i in columns:
                    for k, line in enumerate(row[i]):
                        text.setTextOrigin(xs[i] + 2, tops[r] - PAD - (k + 1) * LINE + 2)
                        text.textOut(line)
        c.drawText(text)
        c.setStrokeColor(GRID)
        path = c.beginPath()
        for y in [top, *tops]:
            path.moveTo(0, y)
            path.lineTo(width, y)
        for x in xs:
            path.moveTo(x, 0)
            path.lineTo(x, top)
        c.drawPath(path, stroke=1, fill=0)


def row_height(row: Sequence[Sequence[str]]) -> float:
    return max((len(lines) for lines in row), default=1) * LINE + PAD


def _cell(cell: tuple[str, date | None] | None) -> tuple[str, ...]:
    return () if cell is None else (_cell_text(cell[0], cell[1]),)


@cached(maxsize=65536)
def _cell_text(state: str, when: date | None) -> str:
    return f"{state_label(state)} {uk(when) if when else ''}".rstrip()


def fit(text: str, width: float, font: str, size: float) -> str:
    """The text, shortened with an ellipsis to fit the width (headings only: never names)."""
    text = printable(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


@lru_cache(maxsize=65536)
def lines(text: str, width: float, font: str = FONT, size: float = 6.6, most: int = 4) -> tuple[str, ...]:
    """The text broken into lines that fit the width (at spaces, or inside a word too long for
    one line); only past ``most`` lines is the last one shortened."""
    text = printable(text)
    if stringWidth(text, font, size) <= width:
        return (text,)
    out: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width:
            current = trial
            continue
        if current:
            out.append(current)
        while stringWidth(word, font, size) > width:  # a single long word: break it
            cut = len(word)
            while cut > 1 and stringWidth(word[:cut], font, size) > width:
                cut -= 1
            out.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        out.append(current)
    if len(out) > most:
        out = out[:most]
        out[-1] = fit(out[-1] + "…", width, font, size)
    return tuple(out)


def framework_chart(counts: list[tuple[str, dict[str, int]]], width: float) -> Drawing:
    """Stacked bars per framework, each part labelled with its mark and count, and a key."""
    label_w, bar_h, gap = 45 * mm, 12, 6
    height = 22 + len(counts) * (bar_h + gap)
    d = Drawing(width, height)
    x = 0.0
    for state in STATES:
        d.add(Rect(x, height - 10, 8, 8, fillColor=STATE_FILL[state], strokeColor=GRID, strokeWidth=0.4))
        d.add(String(x + 11, height - 9, state_label(state), fontName=FONT, fontSize=7.5))
        x += 70
    most = max((sum(c.values()) for _, c in counts), default=1) or 1
    bar_w = width - label_w - 10
    for i, (name, c) in enumerate(counts):
        y = height - 22 - (i + 1) * (bar_h + gap) + gap
        d.add(String(label_w - 4, y + 3, printable(name), fontName=FONT, fontSize=8, textAnchor="end"))
        x = label_w
        for state in STATES:
            n = c.get(state, 0)
            if not n:
                continue
            w = bar_w * n / most
            d.add(Rect(x, y, w, bar_h, fillColor=STATE_FILL[state], strokeColor=GRID, strokeWidth=0.4))
            label = f"{STATE_MARK[state]} {n}"
            if stringWidth(label, FONT, 7) + 4 < w:  # the mark too, so the bar reads without colour
                d.add(String(x + w / 2, y + 3, label, fontName=FONT, fontSize=7, textAnchor="middle"))
            elif stringWidth(str(n), FONT, 7) + 2 < w:
                d.add(String(x + w / 2, y + 3, str(n), fontName=FONT, fontSize=7, textAnchor="middle"))
            x += w
    return d


# -- the report's words and rows, shared by the PDF and the accessible HTML ---------------
SUMMARY_HEAD = [
    QT_TRANSLATE_NOOP("documents", "State"),
    QT_TRANSLATE_NOOP("documents", "Items"),
    QT_TRANSLATE_NOOP("documents", "Share"),
]
DUE_TITLE = QT_TRANSLATE_NOOP("documents", "Overdue, expired and due soon")
NOTHING_DUE = QT_TRANSLATE_NOOP("documents", "Nothing is overdue or due soon.")


def headline(data: TeamReportData) -> str:
    needed = sum(data.totals.values())
    held = data.totals["recorded"] + data.totals["expiring"]
    return fill(
        translate(
            "documents",
            "As on %1 · %2 · %3 asked of them (framework levels, modules and registration deadlines), "
            "%4 recorded or expiring (%5%)",
        ),
        uk(data.on),
        plural(len(data.workers), "worker"),
        plural(needed, "item"),
        held,
        format((100 * held / needed) if needed else 0, ".0f"),
    )


def summary_rows(data: TeamReportData) -> list[tuple[str, str, str]]:
    """(state, items, share) for each state."""
    needed = sum(data.totals.values())
    return [(st, str(data.totals[st]), f"{(100 * data.totals[st] / needed) if needed else 0:.0f}%") for st in STATES]


def counts_head() -> list[str]:
    return [
        translate("documents", "Framework"),
        *(state_label(st) for st in STATES),
        translate("documents", "Total"),
    ]


def counts_rows(data: TeamReportData) -> list[list[str]]:
    return [[name, *(str(c.get(st, 0)) for st in STATES), str(sum(c.values()))] for name, c in data.framework_counts]


def part_title(data: TeamReportData, groups: list[list[int]], g: int) -> str:
    """ "The matrix, part 2 of 5: Child protection, Children's rights"."""
    return fill(translate("documents", "The matrix, part %1 of %2: "), g, len(groups)) + ", ".join(
        dict.fromkeys(data.columns[c][0] for c in groups[g - 1])
    )


def due_head(data: TeamReportData) -> list[str]:
    return [
        translate("documents", "Worker"),
        translate("documents", "Staff no."),
        *([translate("documents", "Team")] if data.show_team else []),
        translate("documents", "Needs"),
        translate("documents", "State"),
        translate("documents", "Date"),
    ]


class TeamReport(Document):
    title = QT_TRANSLATE_NOOP("documents", "Team completion report")
    subject = QT_TRANSLATE_NOOP("documents", "Team completion report: foundation learning by requirement")
    landscape = True
    margins = (14 * mm, 14 * mm, 14 * mm, 16 * mm)
    name_width = 42 * mm
    staff_width = 16 * mm
    team_width = 32 * mm
    cell_width = 28.5 * mm  # "✔ recorded 24 Nov 2023" at 5.9 points, six columns a page
    head_height = 24

    def document_title(self, data: TeamReportData) -> str:
        return fill(translate("documents", "Team completion report: %1"), data.scope)

    def story(self, data: TeamReportData) -> list[Flowable]:
        width, height = self.pagesize
        left, right, top, bottom = self.margins
        frame_w, frame_h = width - left - right - 12, height - top - bottom - 12
        s: list[Flowable] = [Bookmark(translate("documents", "Summary"))]
        s += self.heading_block(fill(translate("documents", "Team completion report: %1"), data.scope), headline(data))
        rows = [tr_all(SUMMARY_HEAD), *([state_label(st), n, share] for st, n, share in summary_rows(data))]
        s.append(
            self.table(
                rows,
                widths=[40 * mm, 25 * mm, 25 * mm],
                fills=[(0, i, STATE_FILL[st]) for i, st in enumerate(STATES, start=1)],
                zebra=False,
            )
        )
        for line in data.figures + data.notes:
            s.append(self.p(esc(line)))
        s.append(Spacer(1, 4 * mm))
        s.append(
            KeepTogether(
                [
                    *self.section(translate("documents", "By framework")),
                    framework_chart(data.framework_counts, frame_w),
                    Spacer(1, 3 * mm),
                    self.table([counts_head(), *counts_rows(data)], widths=[55 * mm] + [24 * mm] * 6),
                ]
            )
        )
        s += self._matrix(data, frame_w, frame_h)
        s += self._due_list(data, frame_h)
        return s

    def column_groups(self, data: TeamReportData) -> list[list[int]]:
        """The matrix's columns in the groups that fit a landscape page beside the names (the web
        page prints the same parts)."""
        width, _height = self.pagesize
        left, right, _top, _bottom = self.margins
        fixed_w, _fixed_h = self._fixed(data)
        per_page = max(1, int((width - left - right - 12 - sum(fixed_w)) // self.cell_width))
        return [list(range(i, min(i + per_page, len(data.columns)))) for i in range(0, len(data.columns), per_page)]

    def _fixed(self, data: TeamReportData) -> tuple[list[float], list[tuple[str, str]]]:
        widths = [self.name_width, self.staff_width] + ([self.team_width] if data.show_team else [])
        headers = [
            (translate("documents", "Worker"), ""),
            (translate("documents", "Staff no."), ""),
        ] + ([(translate("documents", "Team"), "")] if data.show_team else [])
        return widths, headers

    def _person(self, data: TeamReportData, r: int, team_shown: bool) -> list[tuple[str, ...]]:
        """Name and staff number; the team too when it starts a team's rows (rows are in team order)."""
        name, staff, team = data.workers[r]
        out = [lines(name, self.name_width - 4), lines(staff, self.staff_width - 4)]
        if data.show_team:
            out.append(lines(team, self.team_width - 4) if team_shown else ())
        return out

    def _matrix(self, data: TeamReportData, frame_w: float, frame_h: float) -> list[Flowable]:
        """The matrix in column groups, a page at a time; rows grow with wrapped names."""
        fixed_w, fixed_h = self._fixed(data)
        teams = [t for _n, _s, t in data.workers]
        people = [self._person(data, r, r == 0 or teams[r] != teams[r - 1]) for r in range(len(data.workers))]
        groups = self.column_groups(data)
        out: list[Flowable] = []
        for g, cols in enumerate(groups, start=1):
            start, first = 0, True
            while start < len(people) or first:
                out.append(PageBreak())
                room = frame_h - self.head_height - 10
                if first:
                    title = part_title(data, groups, g)
                    out.append(Bookmark(title, 0))
                    out.append(self.p(esc(title), "h3"))
                    room -= 22  # the part's heading
                if data.show_team and start < len(people):  # a page starts by saying whose team it is
                    people[start] = self._person(data, start, True)
                end = start
                while end < len(people):
                    h = row_height(people[end])
                    if room - h < 0 and end > start:
                        break
                    room -= h
                    end += 1
                rows = [[*people[r], *(_cell(data.cells[r][c]) for c in cols)] for r in range(start, end)]
                fills = [
                    [*([None] * len(fixed_w)), *(data.cells[r][c][0] if data.cells[r][c] else None for c in cols)]
                    for r in range(start, end)
                ]
                out.append(
                    GridBlock(
                        fixed_w + [self.cell_width] * len(cols),
                        fixed_h + [data.columns[c] for c in cols],
                        rows,
                        fills,
                        self.head_height,
                        fixed=len(fixed_w),
                    )
                )
                start, first = end, False
        return out

    def _due_list(self, data: TeamReportData, frame_h: float) -> list[Flowable]:
        out: list[Flowable] = [PageBreak(), Bookmark(tr(DUE_TITLE)), self.p(tr(DUE_TITLE), "h2")]
        if not data.due:
            out.append(self.p(tr(NOTHING_DUE)))
            return out
        widths = (
            [50 * mm, 17 * mm]
            + ([40 * mm] if data.show_team else [])
            + [(120 if data.show_team else 160) * mm, 20 * mm, 22 * mm]
        )
        headers = [(name, "") for name in due_head(data)]
        rows_all = []
        for name, staff, team, needs, state, when in data.due:
            row = [lines(name, widths[0] - 4), lines(staff, widths[1] - 4)]
            if data.show_team:
                row.append(lines(team, widths[2] - 4))
            row += [lines(needs, widths[-3] - 4), (state_label(state),), (uk(when),)]
            rows_all.append((row, state))
        start, room0 = 0, frame_h - 14 - 40
        while start < len(rows_all):
            if start:
                out.append(PageBreak())
            room, end = room0, start
            while end < len(rows_all):
                h = row_height(rows_all[end][0])
                if room - h < 0 and end > start:
                    break
                room -= h
                end += 1
            part = rows_all[start:end]
            fills = [[None] * (len(widths) - 2) + [state, None] for _row, state in part]
            out.append(GridBlock(widths, headers, [row for row, _s in part], fills, 14))
            start = end
        return out
