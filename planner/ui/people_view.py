"""People: teams on the left, their workers on the right; add, edit, give roles, open a pathway."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import Catalogue, Worker
from planner.services.changes import Changed
from planner.ui.common import button, confirm, fit_columns, heading, hint, on_keys, search_box, selected_row, table_view
from planner.ui.controller import Controller
from planner.ui.flow import flow_row
from planner.ui.person_dialogs import erase_person, export_person
from planner.ui.presentation import DATE_FORMAT, from_qdate, to_qdate
from planner.ui.table_model import Column, RowsModel
from planner.ui.worker_dialog import WorkerDialog

ALL_TEAMS = "__all__"


@dataclass(frozen=True)
class WorkerRow:
    worker: Worker
    team: str
    roles: str


class WorkersModel(RowsModel[WorkerRow]):
    STAFF_NO, NAME, TEAM, ROLES, REGULATOR, STATUS = range(6)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Staff no."), lambda r: r.worker.staff_no),
        Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda r: r.worker.name),
        Column(QT_TRANSLATE_NOOP("Column", "Team"), lambda r: r.team),
        Column(QT_TRANSLATE_NOOP("Column", "Roles"), lambda r: r.roles, tooltip=lambda r: r.roles),
        Column(
            QT_TRANSLATE_NOOP("Column", "Regulator"),
            lambda r: r.worker.regulator if r.worker.regulator != "none" else "none",
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda r: "left" if r.worker.retired else "current"),
    )


class LeaveDialog(QDialog):
    """When did they leave? Their current roles end then; their record is kept."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as left"))
        self.when = QDateEdit(to_qdate(date.today()))
        self.when.setDisplayFormat(DATE_FORMAT)
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Leaving date"))
        form = QFormLayout(self)
        form.addRow(
            hint(
                self.tr(
                    "%s leaves: their current roles end on the leaving date and they leave the team "
                    "screens. Their learning record is kept, and this can be undone."
                )
                % worker.name
            )
        )
        form.addRow(self.tr("&Leaving date"), self.when)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark as left"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def left_on(self) -> date:
        return from_qdate(self.when.date())


class PeopleView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalogue: Catalogue | None = None

        self.teams = QListWidget()
        self.teams.setAccessibleName(self.tr("Teams"))
        self.add_team_btn = button(self.tr("Add team…"), self.tr("Add team"))
        self.rename_team_btn = button(self.tr("Rename…"), self.tr("Rename team"))
        self.delete_team_btn = button(self.tr("Delete…"), self.tr("Delete team"))

        self.model = WorkersModel()
        self.view, self.proxy = table_view(self.model, self.tr("Workers"))
        self.filter = search_box(self.tr("Filter by name, staff number or role"), self.tr("Filter workers"))
        self.show_left = QCheckBox(self.tr("Show people who have left"))
        self.show_left.setAccessibleName(self.tr("Show people who have left"))
        self.add_btn = button(self.tr("&Add worker…"), self.tr("Add worker"))
        self.edit_btn = button(self.tr("&Edit…"), self.tr("Edit worker"))
        self.pathway_btn = button(self.tr("Open &pathway"), self.tr("Open pathway"))
        self.retire_btn = button(self.tr("Mark as &left…"), self.tr("Mark as left or current"))
        self.undo_btn = button(self.tr("&Undo"), self.tr("Undo marking as left"), tip="Ctrl+Z")
        self.undo_btn.setEnabled(False)
        self.left: list[str] = []  # workers marked as left here, newest last (undo, until the app closes)
        self.delete_btn = button(self.tr("&Delete…"), self.tr("Delete worker"))
        self.export_person_btn = button(self.tr("E&xport person…"), self.tr("Export everything about this person"))
        self.erase_person_btn = button(self.tr("Erase person…"), self.tr("Erase this person"))
        self.empty = QLabel(self.tr("No workers here yet. Add one with “Add worker…”."))
        self.empty.setAccessibleName(self.tr("No workers"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(heading(self.tr("Teams")))
        ll.addWidget(self.teams, 1)
        ll.addLayout(flow_row(self.add_team_btn, self.rename_team_btn, self.delete_team_btn))
        right = QWidget()
        rl = QVBoxLayout(right)
        self.filter.setMinimumWidth(160)
        rl.addLayout(flow_row(self.filter, self.show_left))
        rl.addLayout(
            flow_row(
                self.add_btn,
                self.edit_btn,
                self.pathway_btn,
                self.retire_btn,
                self.undo_btn,
                self.delete_btn,
                self.export_person_btn,
                self.erase_person_btn,
            )
        )
        rl.addWidget(self.empty)
        rl.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([200, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.teams.currentItemChanged.connect(lambda *_: self.refresh_workers())
        self.teams.currentItemChanged.connect(lambda *_: self._enable_team())
        self.filter.textChanged.connect(self.proxy.set_text)
        self.show_left.toggled.connect(lambda _c: self.refresh_workers())
        self.add_btn.clicked.connect(self.add_worker)
        self.edit_btn.clicked.connect(self.edit_worker)
        self.view.doubleClicked.connect(lambda _i: self.open_pathway())
        self.view.activated.connect(lambda _i: self.open_pathway())
        self.pathway_btn.clicked.connect(self.open_pathway)
        self.retire_btn.clicked.connect(self.toggle_left)
        self.undo_btn.clicked.connect(self.undo_left)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # this page's own Ctrl+Z
        undo.activated.connect(self.undo_left)
        on_keys(self.view, {(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier): self.undo_left})
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.proxy.modelReset.connect(self._enable)
        self.delete_btn.clicked.connect(self.delete_worker)
        self.export_person_btn.clicked.connect(self.export_person)
        self.erase_person_btn.clicked.connect(self.erase_person)
        self.add_team_btn.clicked.connect(self.add_team)
        self.rename_team_btn.clicked.connect(self.rename_team)
        self.delete_team_btn.clicked.connect(self.delete_team)
        controller.data_changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & (Changed.PEOPLE | Changed.CATALOGUE):
            self.refresh()

    def current_team_id(self) -> str | None:
        item = self.teams.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else ALL_TEAMS
        return None if value == ALL_TEAMS else value

    def refresh(self) -> None:
        self.catalogue = self.controller.catalogue.load()
        current = self.current_team_id() or ALL_TEAMS
        self.teams.blockSignals(True)
        self.teams.clear()
        all_item = QListWidgetItem(self.tr("All teams"))
        all_item.setData(Qt.ItemDataRole.UserRole, ALL_TEAMS)
        self.teams.addItem(all_item)
        for team in self.controller.people.teams():
            item = QListWidgetItem(team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            self.teams.addItem(item)
        for i in range(self.teams.count()):
            if self.teams.item(i).data(Qt.ItemDataRole.UserRole) == current:
                self.teams.setCurrentRow(i)
        if self.teams.currentRow() < 0:
            self.teams.setCurrentRow(0)
        self.teams.blockSignals(False)
        self._enable_team()
        self.refresh_workers()

    def refresh_workers(self) -> None:
        assert self.catalogue is not None
        team_names = {t.id: t.name for t in self.controller.people.teams(include_retired=True)}
        workers = self.controller.people.workers(self.current_team_id(), include_retired=self.show_left.isChecked())
        rows = [
            WorkerRow(
                w,
                team_names.get(w.team_id or "", ""),
                ", ".join(
                    self.catalogue.role(a.role_id).name
                    for a in w.roles
                    if self.catalogue.has_role(a.role_id) and a.ended_on is None
                ),
            )
            for w in workers
        ]
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._enable()
        fit_columns(self.view)
        self.view.setColumnWidth(WorkersModel.ROLES, 280)
        self.view.setColumnWidth(WorkersModel.TEAM, 240)

    def _enable_team(self) -> None:
        """Renaming or deleting needs a team chosen (not "All teams")."""
        for b in (self.rename_team_btn, self.delete_team_btn):
            b.setEnabled(self.current_team_id() is not None)

    def _enable(self) -> None:
        """Actions on a worker need one selected; the leave button says which way it goes."""
        has = self.view.selectionModel().hasSelection()
        worker = self.selected_worker() if has else None
        for b in (self.edit_btn, self.pathway_btn, self.retire_btn, self.delete_btn, self.export_person_btn):
            b.setEnabled(worker is not None)
        self.erase_person_btn.setEnabled(worker is not None and worker.id != self.controller.personal_id)
        self.retire_btn.setText(
            self.tr("Mark as &current…") if worker and worker.retired else self.tr("Mark as &left…")
        )

    def selected_worker(self) -> Worker | None:
        row = selected_row(self.view)
        return row.worker if isinstance(row, WorkerRow) else None

    def select_worker(self, worker_id: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).worker.id == worker_id:
                self.view.selectRow(r)
                return

    def _edit(self, worker: Worker | None) -> None:
        assert self.catalogue is not None
        dialog = WorkerDialog(self.catalogue, self.controller.people.teams(), worker, self.current_team_id(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(
                self, self.controller.people.save_worker, worker.id if worker else None, dialog.fields(), dialog.roles()
            ):
                return

    def add_worker(self) -> None:
        self._edit(None)

    def edit_worker(self) -> None:
        worker = self.selected_worker()
        if worker:
            self._edit(self.controller.people.worker(worker.id))

    def open_pathway(self) -> None:
        worker = self.selected_worker()
        if worker:
            self.controller.open_worker(worker.id)

    def toggle_left(self) -> None:
        """Mark the selected worker as left (asking the date; undoable), or as current again."""
        worker = self.selected_worker()
        if worker is None:
            return
        if worker.retired:
            if confirm(
                self,
                self.tr("Mark as current"),
                self.tr("Mark %s as current again? The roles that ended when they left are reopened.") % worker.name,
                self.tr("Mark as current"),
            ):
                self.controller.apply(self, self.controller.people.undo_left, worker.id)
            return
        dialog = LeaveDialog(worker, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(self, self.controller.people.mark_left, worker.id, dialog.left_on()):
                self.left.append(worker.id)
                self.undo_btn.setEnabled(True)
                return

    def undo_left(self) -> None:
        if self.left and self.controller.apply(self, self.controller.people.undo_left, self.left[-1]):
            self.left.pop()
        self.undo_btn.setEnabled(bool(self.left))

    def delete_worker(self) -> None:
        worker = self.selected_worker()
        if worker is None:
            return
        self.controller.delete(
            self,
            bool(self.controller.people.completions(worker.id)),
            self.tr("Delete %s (%s)? They have no recorded learning. This cannot be undone.")
            % (worker.name, worker.staff_no),
            self.controller.people.delete_worker,
            worker.id,
        )

    def export_person(self) -> None:
        worker = self.selected_worker()
        if worker is not None:
            export_person(self, self.controller, worker)

    def erase_person(self) -> None:
        worker = self.selected_worker()
        if worker is not None:
            erase_person(self, self.controller, worker)

    def add_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add team"), self.tr("Team name:"))
        if ok:
            self.controller.apply(self, self.controller.people.add_team, name)

    def rename_team(self) -> None:
        team_id = self.current_team_id()
        item = self.teams.currentItem()
        if team_id is None or item is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename team"), self.tr("New name:"), text=item.text())
        if ok:
            self.controller.apply(self, self.controller.people.rename_team, team_id, name)

    def delete_team(self) -> None:
        team_id = self.current_team_id()
        item = self.teams.currentItem()
        if team_id is None or item is None:
            return
        self.controller.delete(
            self,
            bool(self.controller.people.workers(team_id, include_retired=True)),
            self.tr("Delete the team %s?") % item.text(),
            self.controller.people.delete_team,
            team_id,
        )
