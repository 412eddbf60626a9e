"""A worker's pathway: each requirement of their roles with its state, then the next steps
in order with the modules that would satisfy each. A completion can be recorded here."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.cpl import CplEntry, default_participatory
from planner.core.i18n import fill
from planner.core.model import Catalogue, Module, Worker
from planner.core.status import State
from planner.core.wording import state_name
from planner.services.changes import Changed
from planner.services.status_service import requirement_phrase
from planner.ui.common import (
    add_rows,
    ask_to_save,
    button,
    fit_columns,
    heading,
    hint,
    on_delete_key,
    selected_row,
    table_view,
)
from planner.ui.controller import Controller
from planner.ui.flow import FlowLayout
from planner.ui.learning_panel import LearningPanel
from planner.ui.pathway_models import CompletionsModel, RequirementsModel, ShownRequirement, StepsModel
from planner.ui.presentation import (
    DATE_FORMAT,
    from_qdate,
    to_qdate,
    uk_date,
)
from planner.ui.printing import save_document
from planner.ui.registration_panel import RegistrationPanel
from planner.ui.supervision_panel import SupervisionPanel
from planner.ui.undo import UndoableDeletes


class CompletionDialog(QDialog):
    """Record a completed module, or correct one: module, date, hours (the module's typical
    hours unless changed), provider and whether it was learning with others."""

    def __init__(
        self, modules: list[Module], preselect: str | None, parent: QWidget | None = None, entry: CplEntry | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a completion") if entry else self.tr("Record a completion"))
        self.modules = {m.id: m for m in modules}
        self.module = QComboBox()
        for m in modules:
            self.module.addItem(f"{m.code} {m.title}", m.id)
        self.when = QDateEdit(to_qdate(entry.occurred_on if entry else date.today()))
        self.when.setDisplayFormat(DATE_FORMAT)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDate(to_qdate(date.today()))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.25)
        self.hours.setSuffix(" h")
        self.provider = QLineEdit()
        self.participatory = QCheckBox(self.tr("Learning with others (participatory)"))
        form = QFormLayout(self)
        add_rows(
            form,
            (
                (self.tr("&Module"), self.module, self.tr("Module completed")),
                (self.tr("&Completed on"), self.when, self.tr("Date completed")),
                (self.tr("&Hours"), self.hours, self.tr("Hours")),
                (self.tr("&Provider"), self.provider, self.tr("Provider")),
                ("", self.participatory, self.tr("Participatory")),
            ),
        )
        form.addRow(
            hint(
                self.tr(
                    "Use the real date the learning was completed. It is part of the worker's "
                    "learning history, counted once for their regulator."
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.module.currentIndexChanged.connect(lambda _i: self._module_defaults())
        chosen = entry.module_id if entry else preselect
        if chosen:
            self.module.setCurrentIndex(max(0, self.module.findData(chosen)))
        self._module_defaults()
        if entry is not None:
            self.hours.setValue(entry.hours)
            self.provider.setText(entry.provider)
            self.participatory.setChecked(entry.participatory)

    def _module_defaults(self) -> None:
        m = self.modules.get(self.module.currentData())
        if m is not None:
            self.hours.setValue(m.hours or 0.0)
            self.provider.setText(m.provider)
            self.participatory.setChecked(default_participatory(m.delivery))

    def fields(self) -> dict[str, object]:
        return {
            "module_id": self.module.currentData(),
            "occurred_on": from_qdate(self.when.date()),
            "hours": round(self.hours.value(), 2),
            "provider": self.provider.text().strip(),
            "participatory": self.participatory.isChecked(),
        }


class PathwayView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalogue: Catalogue | None = None
        self.worker: Worker | None = None

        self.picker = QComboBox()
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setAccessibleName(self.tr("Worker"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(16)
        self.picker.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        picker_label = QLabel(self.tr("&Worker:"))
        picker_label.setBuddy(self.picker)
        self.as_on = QDateEdit(to_qdate(controller.as_on))
        self.as_on.setDisplayFormat(DATE_FORMAT)
        self.as_on.setCalendarPopup(True)
        self.as_on.setAccessibleName(self.tr("Status as on date"))
        as_on_label = QLabel(self.tr("&As on:"))
        as_on_label.setBuddy(self.as_on)
        self.record_btn = button(self.tr("Record &completion…"), self.tr("Record completion"))
        self.print_btn = button(self.tr("Print &record…"), self.tr("Print this worker's learning record"))
        self.certificates_btn = button(self.tr("Certificates…"), self.tr("Print this worker's certificates"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Worker summary"))

        self.req_model = RequirementsModel()
        self.req_view, _ = table_view(self.req_model, self.tr("Requirements and their states"))
        self.steps_model = StepsModel()
        self.steps_view, _ = table_view(self.steps_model, self.tr("Next steps in order"))

        personal = controller.personal
        self.details_btn = button(self.tr("My &details…"), self.tr("Change my name, regulator and roles"))
        top = FlowLayout()
        if personal:  # an organisation of one: no one else to pick
            top.addWidget(self.details_btn)
        else:
            self.details_btn.setVisible(False)
            top.add_pair(picker_label, self.picker, stretch=True)
        top.add_pair(as_on_label, self.as_on)
        top.addWidget(self.record_btn)
        top.addWidget(self.print_btn)
        top.addWidget(self.certificates_btn)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.addWidget(heading(self.tr("Requirements of their roles")))
        ul.addWidget(self.req_view)
        lower = QWidget()
        lw = QVBoxLayout(lower)
        lw.addWidget(heading(self.tr("Next steps, in order")))
        lw.addWidget(self.steps_view)
        self.done_model = CompletionsModel()
        self.done_view, _ = table_view(self.done_model, self.tr("Learning completed"))
        self.edit_done_btn = button(self.tr("Co&rrect…"), self.tr("Correct the selected completion"))
        self.delete_done_btn = button(
            self.tr("De&lete completion"), self.tr("Delete the selected completion"), tip="Delete"
        )
        self.undo_done_btn = button(self.tr("&Undo delete"), self.tr("Undo deleting a completion"), tip="Ctrl+Z")
        done = QWidget()
        dl = QVBoxLayout(done)
        done_bar = FlowLayout()
        done_heading = heading(self.tr("Learning completed"))
        done_heading.setWordWrap(False)
        for w in (done_heading, self.edit_done_btn, self.delete_done_btn, self.undo_done_btn):
            done_bar.addWidget(w)
        dl.addLayout(done_bar)
        dl.addWidget(self.done_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.addWidget(done)
        splitter.setSizes([320, 160, 220])  # the requirements first; next steps are usually few
        self.learning = LearningPanel(controller)
        self.supervision = SupervisionPanel(controller)
        self.registration = RegistrationPanel(controller)
        self.panels = (self.learning, self.supervision, self.registration)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Worker's record"))
        self.tabs.addTab(splitter, self.tr("&Pathway"))
        self.tabs.addTab(self.learning, self.tr("My &learning") if personal else self.tr("&Learning"))
        self.tabs.addTab(self.supervision, self.tr("&Supervision"))
        self.tabs.addTab(self.registration, self.tr("My re&gistration") if personal else self.tr("Re&gistration"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        if personal:
            picker_label.setVisible(False)
            self.picker.setVisible(False)
            self.record_btn.setVisible(False)
        self.details_btn.clicked.connect(self.edit_my_details)

        self.picker.activated.connect(lambda _i: self._picked())
        self.as_on.dateChanged.connect(lambda d: controller.set_as_on(from_qdate(d)))
        controller.as_on_changed.connect(self._as_on_changed)
        self.record_btn.clicked.connect(self.record_completion)
        self.edit_done_btn.clicked.connect(self.correct_completion)
        self.done_view.doubleClicked.connect(lambda _i: self.correct_completion())
        self.delete_done_btn.clicked.connect(self.delete_completion)
        self.undo_done_btn.clicked.connect(self.undo_delete)
        on_delete_key(self.done_view, self.delete_completion, self.undo_delete)
        self.done_view.selectionModel().selectionChanged.connect(lambda *_: self._done_buttons())
        self.deletes = UndoableDeletes(
            controller,
            self,
            self.undo_done_btn,
            controller.learning.delete_entry,
            controller.learning.undo_delete_entry,
        )
        self.print_btn.clicked.connect(self.print_record)
        self.certificates_btn.clicked.connect(self.print_certificates)
        controller.data_changed.connect(self._on_changed)
        self.reload_workers()

    def edit_my_details(self) -> None:
        """A "Just me" user changes their own details and roles (there is no People page)."""
        if self.worker is None:
            return
        from planner.ui.worker_dialog import WorkerDialog

        worker = self.controller.people.worker(self.worker.id)
        dialog = WorkerDialog(self.controller.catalogue.load(), [], worker, personal=True, parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(
                self, self.controller.people.save_worker, worker.id, dialog.fields(), dialog.roles()
            ):
                return

    def unsaved(self) -> str | None:
        return self.registration.unsaved()

    def save_unsaved(self) -> bool:
        return self.registration.save_unsaved()

    def discard_unsaved(self) -> None:
        self.registration.discard_unsaved()

    def _as_on_changed(self, on: date) -> None:
        if from_qdate(self.as_on.date()) != on:
            self.as_on.setDate(to_qdate(on))
        self.refresh()
        self.supervision.refresh()
        self.registration.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & (Changed.PEOPLE | Changed.CATALOGUE):
            self.reload_workers()
        elif changed & (Changed.RECORDS | Changed.SETTINGS):
            self.refresh()
        for panel in self.panels:
            panel.on_changed(changed)

    def reload_workers(self) -> None:
        current = self.worker.id if self.worker else None
        self.picker.blockSignals(True)
        self.picker.clear()
        for w in self.controller.people.workers():
            self.picker.addItem(f"{w.name} ({w.staff_no})", w.id)
        self.picker.blockSignals(False)
        if self.controller.personal_id and self.picker.findData(self.controller.personal_id) >= 0:
            self.show_worker(self.controller.personal_id)
        elif current and self.picker.findData(current) >= 0:
            self.show_worker(current)
        elif self.picker.count():
            self.show_worker(self.picker.itemData(0))
        else:
            self.worker = None
            self.refresh()
            for panel in self.panels:
                panel.show_worker(None)

    def _picked(self) -> None:
        worker_id = self.picker.currentData()
        if not worker_id or (self.worker is not None and worker_id == self.worker.id):
            return
        what = self.unsaved()
        if what:
            answer = ask_to_save(self, self.tr("Changes to %s are not saved.") % what)
            if answer == "cancel" or (answer == "save" and not self.save_unsaved()):
                assert self.worker is not None
                self.picker.setCurrentIndex(self.picker.findData(self.worker.id))  # stay with them
                return
        self.show_worker(worker_id)

    def show_worker(self, worker_id: str, requirement_key: str | None = None) -> None:
        if self.worker is None or self.worker.id != worker_id:
            self.deletes.clear()
        self.worker = self.controller.people.worker(worker_id)
        index = self.picker.findData(worker_id)
        if index >= 0:
            self.picker.setCurrentIndex(index)
        self.refresh()
        if requirement_key:
            self.select_requirement(requirement_key)
        for panel in self.panels:
            panel.show_worker(self.worker)

    def refresh(self) -> None:
        self.catalogue = self.controller.catalogue.load()
        self.record_btn.setEnabled(self.worker is not None)
        self.print_btn.setEnabled(self.worker is not None)
        self.certificates_btn.setEnabled(
            self.worker is not None and bool(self.controller.people.completions(self.worker.id))
        )
        if self.worker is None:
            self.summary.setText(
                self.tr("No workers yet: add people on the People page, then their pathway shows here.")
            )
            self.req_model.set_rows([])
            self.steps_model.set_rows([])
            self.done_model.set_rows([])
            return
        p = self.controller.status.pathway_for(self.worker, self.controller.as_on, self.catalogue)
        roles = ", ".join(
            fill(self.tr("%1 (from %2)"), self.catalogue.role(a.role_id).name, uk_date(a.started_on))
            for a in self.worker.roles
            if a.active_on(self.controller.as_on) and self.catalogue.has_role(a.role_id)
        ) or self.tr("no current role")
        counts = {s: sum(1 for r in p.requirements if r.state is s) for s in State}
        tally = ", ".join(f"{n} {state_name(s.value)}" for s, n in counts.items() if n)
        # (tr calls outside the f-string: lupdate does not read inside one)
        team = p.team or self.tr("no team")
        regulator = p.worker.regulator if p.worker.regulator != "none" else self.tr("none")
        labels = (self.tr("regulator"), self.tr("Roles"), self.tr("requirements"), self.tr("none"))
        self.summary.setText(
            f"<b>{p.worker.name}</b> · {p.worker.staff_no} · {team} · "
            f"{labels[0]}: {regulator}<br>{labels[1]}: {roles}<br>"
            f"{len(p.requirements)} {labels[2]}: {tally or labels[3]}"
        )
        self.req_model.set_rows(
            [
                ShownRequirement(
                    **{f.name: getattr(r, f.name) for f in fields(r)}, phrase=requirement_phrase(r, self.catalogue)
                )
                for r in p.requirements
            ]
        )
        self.steps_model.set_rows(list(enumerate(p.steps, start=1)))
        modules = {m.id: m for m in self.catalogue.modules}
        self.done_model.set_rows(
            [(e, modules.get(e.module_id or "")) for e in self.controller.learning.completions(self.worker.id)]
        )
        for view in (self.req_view, self.steps_view, self.done_view):
            fit_columns(view)
        self.steps_view.setColumnWidth(StepsModel.STEP, 260)
        self.done_view.setColumnWidth(CompletionsModel.MODULE, 320)
        self._done_buttons()

    def print_record(self) -> None:
        """The learning record as a PDF; reflections only if the worker ticks to include them."""
        if self.worker is None:
            return
        include = False
        if self.controller.personal:
            answer = QMessageBox.question(
                self,
                self.tr("Include reflections?"),
                self.tr("Include your reflections in the record? They are left out unless you choose to include them."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            include = answer == QMessageBox.StandardButton.Yes
        worker_id, on = self.worker.id, self.controller.as_on
        save_document(
            self,
            self.tr("Save learning record"),
            f"Learning record {self.worker.staff_no} {self.worker.name}",
            lambda html: self.controller.documents.learning_record(worker_id, on, include, html),
        )

    def print_certificates(self) -> None:
        if self.worker is None:
            return
        if not self.controller.people.completions(self.worker.id):
            QMessageBox.information(self, self.tr("Certificates"), self.tr("No completions recorded yet."))
            return
        worker_id = self.worker.id
        save_document(
            self,
            self.tr("Save certificates"),
            f"Certificates {self.worker.staff_no} {self.worker.name}",
            lambda html: self.controller.documents.certificates([worker_id], html=html),
        )

    def select_requirement(self, key: str) -> None:
        """Select the requirement a matrix cell stands for: a level, a module or supervision."""
        for row, req in enumerate(self.req_model.rows()):
            if (
                key in (req.key, req.kind)
                or any(s.level_id == key for s in req.steps)
                or key == f"module:{req.module_id}"
            ):
                self.req_view.selectRow(row)
                return

    def record_completion(self) -> None:
        if self.worker is None or self.catalogue is None:
            return
        preselect = None
        if self.steps_model.rowCount() and self.steps_model.row(0)[1].options:
            preselect = self.steps_model.row(0)[1].options[0].id
        modules = [m for m in self.catalogue.modules if not m.retired]
        dialog = CompletionDialog(modules, preselect, self)
        worker_id = self.worker.id
        learning = self.controller.learning
        while dialog.exec() == QDialog.DialogCode.Accepted:
            f = dialog.fields()
            if self.controller.apply(
                self,
                lambda f=f: learning.record_completion(  # type: ignore[misc]
                    worker_id,
                    str(f["module_id"]),
                    f["occurred_on"],
                    hours=f["hours"],  # type: ignore[arg-type]
                    provider=str(f["provider"]),
                    participatory=bool(f["participatory"]),
                ),
            ):
                return

    def _done_buttons(self) -> None:
        """Correct and Delete act on a selected completion; with none selected they are off."""
        chosen = bool(self.done_view.selectionModel().selectedRows())
        self.edit_done_btn.setEnabled(chosen)
        self.delete_done_btn.setEnabled(chosen)

    def selected_completion(self) -> CplEntry | None:
        row = selected_row(self.done_view)
        return row[0] if isinstance(row, tuple) else None

    def correct_completion(self) -> None:
        entry = self.selected_completion()
        if entry is None or self.catalogue is None:
            return
        modules = [m for m in self.catalogue.modules if not m.retired or m.id == entry.module_id]
        dialog = CompletionDialog(modules, None, self, entry)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(self, self.controller.learning.update_entry, entry.id, dialog.fields()):
                return

    def delete_completion(self) -> None:
        entry = self.selected_completion()
        if entry is not None:
            self.deletes.delete(
                entry.id,
                self.tr("Delete completion"),
                self.tr(
                    "Delete the completion of “%s” on %s? Its learning entry goes too, and the pathway counts it no "
                    "longer."
                )
                % (entry.title, uk_date(entry.occurred_on)),
            )

    def undo_delete(self) -> None:
        self.deletes.undo()
