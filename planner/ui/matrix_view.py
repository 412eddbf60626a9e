"""The team matrix: workers by requirements, each cell a state mark, colour and date.

Small selections are computed on the spot; a large organisation is computed on a worker
thread with a progress bar and a cancel button, so the window never freezes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.matrix import STATES
from planner.core.text import matches
from planner.core.wording import state_name
from planner.services.changes import Changed
from planner.services.matrix_export import write_csv, write_xlsx
from planner.services.matrix_service import MatrixData
from planner.ui.background import BACKGROUND_FROM, BackgroundTask
from planner.ui.bug_report import report
from planner.ui.common import button, follow_rows, search_box
from planner.ui.controller import Controller
from planner.ui.flow import FlowLayout
from planner.ui.matrix_model import MatrixModel
from planner.ui.presentation import DATE_FORMAT, STATE_MARK, from_qdate, to_qdate, uk_date
from planner.ui.printing import ask_document, ask_folder, export_file, run_job, saved

ALL = "__all__"
CHOSEN = "__chosen__"


class TeamsDialog(QDialog):
    """Tick the teams to show. The list is as wide as the longest name (up to most of the
    screen, wrapping beyond), with a filter and All / None for a long list."""

    def __init__(self, teams: list[str], chosen: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose teams"))
        self.filter = search_box(self.tr("Filter teams"), self.tr("Filter the teams"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Teams to show"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for name in teams:
            item = QListWidgetItem(name)
            item.setToolTip(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(name) for name in teams), default=200)
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = int(screen.width() * 0.8) if screen else 900
        self.list.setMinimumWidth(min(max(widest + 80, 280), limit))  # room for the tick box and scroll bar
        self.list.setMinimumHeight(min(len(teams), 12) * (metrics.height() + 8) + 8)
        self.all_btn = button(self.tr("&All"), self.tr("Tick every team shown"))
        self.none_btn = button(self.tr("N&one"), self.tr("Untick every team"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.all_btn, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.none_btn, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.all_btn.clicked.connect(lambda: self._tick(Qt.CheckState.Checked))
        self.none_btn.clicked.connect(lambda: self._tick(Qt.CheckState.Unchecked))
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not matches(text, item.text()))

    def _tick(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if state == Qt.CheckState.Unchecked or not item.isHidden():
                item.setCheckState(state)

    def chosen(self) -> set[str]:
        return {
            self.list.item(i).text()
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }


class MatrixView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.task: BackgroundTask | None = None
        self.last_build_ms = 0.0

        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Team shown in the matrix"))
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(18)  # long team names are elided, never widen the page
        self.filter = search_box(self.tr("Filter by name, staff number, team or role"), self.tr("Filter the matrix"))
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Show only workers with this state"))
        self.state.addItem(self.tr("Any state"), None)
        for code, st in enumerate(STATES):
            only = self.tr("only")
            self.state.addItem(f"{STATE_MARK[st]} {only} {state_name(st.value)}", code)
        self.export_btn = button(self.tr("&Export…"), self.tr("Export the matrix as CSV or XLSX"))
        self.report_btn = button(self.tr("Team &report…"), self.tr("Print the team completion report"))
        self.records_btn = button(self.tr("Records…"), self.tr("Print learning records for everyone shown"))
        self.certs_btn = button(self.tr("Certificates…"), self.tr("Print certificates for everyone shown"))
        self.name_order_btn = button(self.tr("&Name order"), self.tr("Sort the matrix by name again"))
        self.name_order_btn.setEnabled(False)
        self.as_on = QDateEdit(to_qdate(controller.as_on))
        self.as_on.setDisplayFormat(DATE_FORMAT)
        self.as_on.setCalendarPopup(True)
        self.as_on.setAccessibleName(self.tr("Matrix as on date"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Computing the matrix"))
        self.cancel_btn = button(self.tr("Cancel"), self.tr("Cancel computing the matrix"))
        self.info = QLabel()
        self.info.setAccessibleName(self.tr("Matrix summary"))
        key = "   ".join(f"{STATE_MARK[s]} {state_name(s.value)}" for s in STATES)
        self.key = QLabel(self.tr("Key: ") + key + self.tr("   (blank: not required)"))
        self.key.setAccessibleName(self.tr("Key to the marks"))

        self.model = MatrixModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Team matrix"))
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultSectionSize(112)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        top = FlowLayout()
        scope_label = QLabel(self.tr("&Show:"))
        scope_label.setBuddy(self.scope)
        top.add_pair(scope_label, self.scope)
        self.filter.setMinimumWidth(200)
        top.addWidget(self.filter)
        top.addWidget(self.state)
        as_on_label = QLabel(self.tr("&As on:"))
        as_on_label.setBuddy(self.as_on)
        top.add_pair(as_on_label, self.as_on)
        prints = FlowLayout()
        for b in (self.report_btn, self.records_btn, self.certs_btn, self.export_btn, self.name_order_btn):
            prints.addWidget(b)
        self.key.setWordWrap(True)
        self.info.setWordWrap(True)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_btn)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.key)
        layout.addLayout(prints)
        layout.addLayout(busy)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        self._busy(False)

        self.chosen_teams: set[str] = set()
        self.scope.currentIndexChanged.connect(
            lambda _i: self.choose_teams() if self.scope.currentData() == CHOSEN else self._stale()
        )
        self.filter.textChanged.connect(lambda text: self._filtered(text=text))
        self.state.currentIndexChanged.connect(lambda _i: self._filtered(state=self.state.currentData()))
        self.export_btn.clicked.connect(self.export)
        self.report_btn.clicked.connect(self.print_report)
        self.records_btn.clicked.connect(lambda: self.print_batch("records"))
        self.certs_btn.clicked.connect(lambda: self.print_batch("certificates"))
        self.cancel_btn.clicked.connect(self.cancel)
        self.name_order_btn.clicked.connect(self.name_order)
        follow_rows(self.model, (self.export_btn, self.report_btn, self.records_btn, self.certs_btn))
        self.view.horizontalHeader().sortIndicatorChanged.connect(
            lambda column, _order: self.name_order_btn.setEnabled(column >= 0)
        )
        self.view.doubleClicked.connect(self.open_cell)
        self.view.activated.connect(self.open_cell)
        controller.data_changed.connect(self._on_changed)
        controller.as_on_changed.connect(self._as_on_changed)
        self.as_on.dateChanged.connect(lambda d: controller.set_as_on(from_qdate(d)))
        self._fill_scope()
        self.dirty = True  # computed when first shown, not at start-up

    def name_order(self) -> None:
        """Back to the order by name, after sorting by a column."""
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.sort(-1)
        self.view.setFocus()

    def _as_on_changed(self, on: object) -> None:
        if isinstance(on, date) and from_qdate(self.as_on.date()) != on:
            self.as_on.blockSignals(True)
            self.as_on.setDate(to_qdate(on))
            self.as_on.blockSignals(False)
        self._stale()

    def _stale(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            self.refresh()

    def _fill_scope(self) -> None:
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Whole organisation"), ALL)
        self.scope.addItem(self.tr("Chosen teams…"), CHOSEN)
        for t in self.controller.people.teams():
            self.scope.addItem(t.name, t.name)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current if current else ALL)))
        self.scope.blockSignals(False)

    def _on_changed(self, changed: Changed) -> None:
        if changed & Changed.PEOPLE:
            self._fill_scope()
        if changed & (Changed.PEOPLE | Changed.RECORDS | Changed.CATALOGUE | Changed.SETTINGS | Changed.SESSIONS):
            self._stale()

    def team(self) -> str | None:
        value = self.scope.currentData()
        return None if value in (None, ALL, CHOSEN) else value

    def choose_teams(self, preset: set[str] | None = None) -> None:
        """Show a chosen set of teams: ask which (unless given), then filter the organisation."""
        if preset is None:
            dialog = TeamsDialog([t.name for t in self.controller.people.teams()], self.chosen_teams, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            preset = dialog.chosen()
        self.chosen_teams = preset
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(self.scope.findData(CHOSEN))
        self.scope.setItemText(self.scope.currentIndex(), self.tr("Chosen teams (%d)…") % len(preset))
        self.scope.blockSignals(False)
        self._stale()

    def refresh(self) -> None:
        """Recompute for the chosen team and "as on" date."""
        self.cancel()
        self.dirty = False
        on, team = self.controller.as_on, self.team()
        size = self.controller.people_count(team)
        if size < BACKGROUND_FROM:
            from time import perf_counter

            start = perf_counter()
            self._show(self.controller.matrix.build(on, team))
            self.last_build_ms = (perf_counter() - start) * 1000
            return
        self._busy(True)
        self.progress.setRange(0, size)
        self.progress.setValue(0)
        services = self.controller.services
        task = BackgroundTask(lambda progress: services.build_matrix_detached(on, team, progress), self)
        # A result from a task that was cancelled or replaced meanwhile is ignored.
        task.progressed.connect(lambda done, _total, t=task: self.progress.setValue(done) if t is self.task else None)
        task.finished.connect(lambda data, t=task: self._show(data) if t is self.task else None)
        task.failed.connect(lambda exc, t=task: self._failed(exc) if t is self.task else None)
        self.task = task
        task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
            self.task = None
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_btn.setVisible(busy)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._busy(False)
        report(self, exc, self.controller.services.folder, self.tr("Matrix"))

    def _show(self, data: MatrixData) -> None:
        self.task = None
        self._busy(False)
        self.model.set_matrix(data)
        self.model.set_filter(teams=set(self.chosen_teams) if self.scope.currentData() == CHOSEN else None)
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        for section, least in ((0, 80), (1, 180), (2, 76)):  # never narrower than its heading (a translation)
            words = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
            header.resizeSection(section, max(least, metrics.horizontalAdvance(words) + 24))
        self._update_info()

    def _filtered(self, text: str | None = None, state: int | None | str = "keep") -> None:
        self.model.set_filter(text, state)
        self._update_info()

    def _update_info(self) -> None:
        d = self.model.data_
        if d is None:
            self.info.setText("")
            return
        self.info.setText(
            self.tr(
                "%d of %d workers shown · as on %s · double-click a cell (or press Enter) to open that worker's pathway"
            )
            % (len(self.model.rows), len(d), uk_date(d.on))
        )

    def open_cell(self, index: QModelIndex) -> None:
        if index.isValid():
            self.controller.open_worker(self.model.worker_id(index.row()), self.model.column_key(index.column()))

    def print_report(self) -> None:
        scope = self.team() or self.tr("Whole organisation")
        path = ask_document(self, self.tr("Save team report"), f"Team report {scope}")
        if path is not None:
            self.last_job = run_job(
                self,
                self.tr("Writing the team report…"),
                self.controller.services.team_report_job(self.team(), path, self.controller.as_on),
                lambda result: saved(self, result),
            )

    def print_batch(self, kind: str) -> None:
        """Records or certificates for the workers shown: a folder with one file per worker, or
        one combined document (a PDF, or an accessible web page)."""
        ids = [self.model.worker_id(r) for r in range(self.model.rowCount())]
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Print %d workers") % len(ids),
            self.tr("One PDF per worker in a folder, or everything in one document (a PDF or an accessible web page)?"),
            parent=self,
        )
        folder_btn = box.addButton(self.tr("A &folder of files"), QMessageBox.ButtonRole.AcceptRole)
        one_btn = box.addButton(self.tr("&One document"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is folder_btn:
            target = ask_folder(self, self.tr("Choose a folder for the files"))
        elif box.clickedButton() is one_btn:
            target = ask_document(self, self.tr("Save as one document"), f"{kind} {self.scope.currentText()}")
        else:
            return
        if target is not None:
            self.last_job = run_job(
                self,
                self.tr("Writing %d documents…") % len(ids),
                self.controller.services.batch_job(kind, ids, target),
                lambda files, t=target: saved(self, t, len(files)),
            )

    def export(self) -> None:
        export_file(
            self,
            self.tr("Export matrix"),
            "team-matrix",
            {".xlsx": self.tr("Excel workbook"), ".csv": self.tr("CSV files")},
            self.write,
        )

    def write(self, path: Path) -> None:
        """The visible matrix (rows and columns as shown), as CSV or, for .xlsx, with colours and a key."""
        d = self.model.data_
        if d is None:
            return
        if path.suffix.lower() == ".xlsx":
            write_xlsx(d, self.model.rows, self.model.cols, path, self.scope.currentText())
        else:
            write_csv(d, self.model.rows, self.model.cols, path)
