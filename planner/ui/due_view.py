"""What is due: everything overdue or expired, and what falls due or expires within N days,
grouped by worker or by module, with the modules that would satisfy each; and the
learning-needs analysis per framework level, as a table and a bar chart, exportable as CSV."""

from __future__ import annotations

from datetime import date
from itertools import zip_longest
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.status import State
from planner.core.wording import state_name
from planner.services.exports import write_csv
from planner.services.figures import ITEM_NOTE, summary_lines
from planner.services.planning import DueOverview
from planner.ui.background import BACKGROUND_FROM, LatestJob
from planner.ui.common import button, fit_columns, follow_rows, heading, hint, table_view
from planner.ui.controller import Controller
from planner.ui.flow import FlowLayout
from planner.ui.presentation import STATE_BACKGROUND, STATE_MARK, dark_text, state_brush, uk_date
from planner.ui.printing import export_file
from planner.ui.table_model import Column, RowsModel
from planner.ui.team_page import TeamPage

ORDER = {"overdue": 0, "expired": 1, "due": 2, "expiring": 3}


def _state(row: dict[str, Any]) -> State:
    return State(row["state"])


class DueModel(RowsModel[dict[str, Any]]):
    WHO, TEAM, STEP, STATE, DATE, MODULES = range(6)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Worker"), lambda r: f"{r['name']} ({r['staff_no']})"),
        Column(QT_TRANSLATE_NOOP("Column", "Team"), lambda r: r["team"]),
        Column(QT_TRANSLATE_NOOP("Column", "Needs"), lambda r: r["step"]),
        Column(
            QT_TRANSLATE_NOOP("Column", "State"),
            lambda r: f"{STATE_MARK[_state(r)]} {state_name(r['state'])}",
            sort=lambda r: ORDER[r["state"]],
            background=lambda r: state_brush(_state(r)),
            foreground=lambda r: dark_text(),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Date"),
            lambda r: uk_date(date.fromisoformat(r["date"])) if r["date"] else "",
            sort=lambda r: date.fromisoformat(r["date"]) if r["date"] else date.max,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Modules"),
            lambda r: ", ".join(m["code"] for m in r["modules"]),
            tooltip=lambda r: "\n".join(f"{m['code']} {m['title']}" for m in r["modules"]),
        ),
    )


class NeedsModel(RowsModel[dict[str, Any]]):
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Framework"), lambda r: r["framework"]),
        Column(QT_TRANSLATE_NOOP("Column", "Level"), lambda r: r["level"]),
        Column(
            QT_TRANSLATE_NOOP("Column", "Need it"), lambda r: str(r["need"]), sort=lambda r: r["need"], align_right=True
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Recorded"),
            lambda r: str(r["recorded"]),
            sort=lambda r: r["recorded"],
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Expiring"),
            lambda r: str(r["expiring"]),
            sort=lambda r: r["expiring"],
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Due"), lambda r: str(r["due"]), sort=lambda r: r["due"], align_right=True),
        Column(
            QT_TRANSLATE_NOOP("Column", "Expired"),
            lambda r: str(r["expired"]),
            sort=lambda r: r["expired"],
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Overdue"),
            lambda r: str(r["overdue"]),
            sort=lambda r: r["overdue"],
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "% recorded"),
            lambda r: f"{r['percent_recorded']:.0f}%",
            sort=lambda r: r["percent_recorded"],
            align_right=True,
        ),
    )


class NeedsChart(QWidget):
    """One stacked bar per framework level: recorded, expiring, due, expired, overdue, with
    the counts written on the bar and a key, so it reads without colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Bar chart of learning needs"))

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = [r for r in rows if r["need"] and r["rank"]]
        self.setAccessibleDescription(
            "; ".join(
                f"{r['framework']} – {r['level']}: {r['recorded'] + r['expiring']} of {r['need']} recorded"
                for r in self.rows
            )
        )
        self.setMinimumHeight(60 + 22 * len(self.rows))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        if not self.rows:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nobody needs any learning here yet."))
            return
        label_w, bar_h = 260, 18
        most = max(r["need"] for r in self.rows)
        width = max(50, self.width() - label_w - 20)
        metrics = p.fontMetrics()
        x, y = 8.0, 4.0
        for state in State:  # the key, wrapping onto more lines when narrow
            text = f"{STATE_MARK[state]} {state_name(state.value)}"
            item_w = 16 + metrics.horizontalAdvance(text) + 14
            if x + item_w > self.width() and x > 8:
                x, y = 8.0, y + 18
            p.fillRect(QRectF(x, y, 12, 12), QColor(STATE_BACKGROUND[state]))
            p.setPen(QColor("#1a1a1a"))
            p.drawRect(QRectF(x, y, 12, 12))
            p.drawText(int(x + 16), int(y + 11), text)
            x += item_w
        top = int(y) + 22
        for i, r in enumerate(self.rows):
            y = top + i * (bar_h + 4)
            p.setPen(QColor("#1a1a1a"))
            p.drawText(
                QRectF(0, y, label_w - 8, bar_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{r['framework']} – {r['level']}",
            )
            x = float(label_w)
            for state in State:
                n = r[state.value]
                if not n:
                    continue
                w = width * n / most
                p.fillRect(QRectF(x, y, w, bar_h), QColor(STATE_BACKGROUND[state]))
                p.drawRect(QRectF(x, y, w, bar_h))
                if w > 22:
                    p.drawText(QRectF(x, y, w, bar_h), Qt.AlignmentFlag.AlignCenter, str(n))
                x += w
        p.end()


class DueView(TeamPage):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.job = LatestJob(self, self.tr("What is due"))
        self.rows: list[dict[str, Any]] = []
        self.declarations: list[dict[str, Any]] = []
        self.days = QSpinBox()
        self.days.setRange(0, 730)
        self.days.setValue(60)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Look ahead this many days"))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group by"))
        self.group.addItem(self.tr("by worker"), "worker")
        self.group.addItem(self.tr("by module"), "module")
        self.only = QComboBox()
        self.only.setAccessibleName(self.tr("Show only"))
        self.only.addItem(self.tr("everything"), None)
        for st in ("overdue", "expired", "due", "expiring"):
            self.only.addItem(f"{STATE_MARK[State(st)]} {state_name(st)}", st)
        self.only.addItem(self.tr("supervision overdue"), "supervision")
        self.only.addItem(self.tr("SSSC declarations missing learning"), "declarations")
        self.model = DueModel()
        self.view, self.proxy = table_view(self.model, self.tr("What is due"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Due summary"))
        self.needs_model = NeedsModel()
        self.needs_view, _ = table_view(self.needs_model, self.tr("Learning-needs analysis"))
        self.chart = NeedsChart()
        self.export_due_btn = button(self.tr("Export due list (CSV)…"), self.tr("Export the due list as CSV"))
        self.export_needs_btn = button(self.tr("Export needs (CSV)…"), self.tr("Export the needs analysis as CSV"))

        top = FlowLayout()
        for label, widget in (
            (self.tr("&Team:"), self.scope),
            (self.tr("&Within:"), self.days),
            (self.tr("&Group:"), self.group),
            (self.tr("&Only:"), self.only),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            top.add_pair(lab, widget)
        self.only.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.only.setMinimumContentsLength(14)
        top.addWidget(self.export_due_btn)
        top.addWidget(self.export_needs_btn)
        exports = QVBoxLayout()
        exports.addWidget(
            hint(
                self.tr(
                    "Overdue and expired learning, then what falls due or expires within the chosen "
                    "number of days. Double-click a row to open that worker's pathway."
                )
            )
        )
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.addWidget(self.summary)
        ul.addWidget(self.view)
        lower = QWidget()
        lw = QVBoxLayout(lower)
        lw.addWidget(
            heading(
                self.tr(
                    "Learning-needs analysis (every level a worker needs, including the four "
                    "child protection workforce groups)"
                )
            )
        )
        self.chart_area = QScrollArea()  # a bar for every level: it scrolls rather than growing the page
        self.chart_area.setAccessibleName(self.tr("Chart of learning needs"))
        self.chart_area.setWidget(self.chart)
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setMinimumHeight(120)
        self.needs_tabs = QTabWidget()  # each the full width: the table's numbers, the chart's shape
        self.needs_tabs.setAccessibleName(self.tr("Learning-needs analysis"))
        self.needs_tabs.addTab(self.needs_view, self.tr("Ta&ble"))
        self.needs_tabs.addTab(self.chart_area, self.tr("C&hart"))
        lw.addWidget(self.needs_tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)  # the due list is what a manager came for
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(exports)
        layout.addWidget(splitter, 1)

        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.group.currentIndexChanged.connect(lambda _i: self._group())
        self.only.currentIndexChanged.connect(lambda _i: self._group())
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.export_due_btn.clicked.connect(lambda: self._export("due"))
        follow_rows(self.model, (self.export_due_btn,))
        follow_rows(self.needs_model, (self.export_needs_btn,))
        self.export_needs_btn.clicked.connect(lambda: self._export("needs"))

    def show_list(self, only: str | None, team: str | None) -> None:
        """Open on one kind of item for one team (from a Home figure)."""
        self.only.setCurrentIndex(max(0, self.only.findData(only)))
        self.scope.setCurrentIndex(max(0, self.scope.findData(team)))
        self.refresh()

    def refresh(self) -> None:
        """Small organisations are counted on the spot; large ones on a worker thread, so the
        window never waits (a change of team or window while counting starts again)."""
        self.dirty = False
        on, team, days = self.controller.as_on, self.scope.currentData(), self.days.value()
        self.job.cancel()
        if self.controller.people_count(team) < BACKGROUND_FROM:
            self._show(self.controller.planning.overview(on, days, team), on)
            return
        self.summary.setText(self.tr("Counting what is due as on %s…") % uk_date(on))
        services = self.controller.services
        self.job.start(
            lambda: services.detached(lambda s: s.planning.overview(on, days, team)),
            lambda overview: self._show(overview, on),
        )

    def _show(self, overview: DueOverview, on: date) -> None:
        self.rows, figures = overview.rows, overview.figures
        self.declarations = [
            {
                "staff_no": d["staff_no"],
                "name": d["name"],
                "team": d["team"],
                "step": self.tr("SSSC declaration: missing %s") % ", ".join(d["missing"]),
                "state": "due",
                "date": d["declaration_on"],
                "modules": list({m["code"]: m for ms in d["modules"].values() for m in ms}.values()),
            }
            for d in overview.declarations
        ]
        self._group()
        warn = self.controller.settings.warning_days
        lines = summary_lines(figures, warn, len(self.declarations))
        marks = [STATE_MARK[State(k)] for k in figures.by_state]
        self.summary.setText(
            self.tr("As on %s: ") % uk_date(on)
            + "; ".join(f"{m} {line}" if m else line for m, line in zip_longest(marks, lines, fillvalue=""))
            + "."
        )
        self.summary.setToolTip(ITEM_NOTE)
        needs = overview.needs
        self.needs_model.set_rows([r for r in needs if r["need"]])
        self.chart.set_rows(needs)
        fit_columns(self.needs_view)
        self.needs_view.setColumnWidth(1, min(220, self.needs_view.columnWidth(1)))

    def _group(self) -> None:
        by_module = self.group.currentData() == "module"
        only = self.only.currentData()
        shown = self.rows
        if only == "declarations":
            shown = self.declarations
        elif only == "supervision":
            shown = [r for r in shown if r["step"].startswith("Reflective supervision") and r["state"] == "overdue"]
        elif only:
            shown = [r for r in shown if r["state"] == only]
        rows = sorted(
            shown,
            key=(lambda r: (r["step"], ORDER[r["state"]], r["date"] or ""))
            if by_module
            else (lambda r: (r["name"].casefold(), ORDER[r["state"]], r["date"] or "")),
        )
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.view.setColumnWidth(DueModel.TEAM, 200)

    def _open(self, index: Any) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        worker = next((w for w in self.controller.people.workers() if w.staff_no == row["staff_no"]), None)
        if worker is not None:
            self.controller.open_worker(worker.id)

    def _export(self, which: str) -> None:
        title = self.tr("Export the due list") if which == "due" else self.tr("Export the needs analysis")
        export_file(
            self,
            title,
            f"{which}-{self.controller.as_on.isoformat()}",
            {".csv": self.tr("CSV files")},
            lambda path: self.write_csv(which, path),
        )

    def write_csv(self, which: str, path: Path) -> None:
        if which == "due":
            write_csv(
                path,
                ["Staff no.", "Name", "Team", "Needs", "State", "Date", "Modules"],
                (
                    [
                        r["staff_no"],
                        r["name"],
                        r["team"],
                        r["step"],
                        r["state"],
                        r["date"] or "",
                        " ".join(m["code"] for m in r["modules"]),
                    ]
                    for r in self.model.rows()
                ),
            )
        else:
            fields = [
                "framework",
                "level",
                "need",
                "recorded",
                "expiring",
                "due",
                "expired",
                "overdue",
                "percent_recorded",
            ]
            write_csv(path, fields, ([r[k] for k in fields] for r in self.needs_model.rows()))
