"""Reflective supervision: a worker's sessions and whether they keep to their role's target."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.cpl import WHAT_MATTERS_PROMPTS
from planner.core.i18n import fill
from planner.core.model import Worker
from planner.core.status import State
from planner.core.supervision import SUPERVISION_KINDS, SupervisionSession
from planner.core.wording import state_words
from planner.services.changes import Changed
from planner.ui.common import button, fit_columns, follow_selection, hint, on_delete_key, selected_row, table_view
from planner.ui.controller import Controller
from planner.ui.flow import flow_row
from planner.ui.presentation import DATE_FORMAT, from_qdate, state_text, to_qdate, uk_date
from planner.ui.table_model import Column, RowsModel
from planner.ui.undo import UndoableDeletes


class SupervisionModel(RowsModel[SupervisionSession]):
    DATE, KIND, MINUTES, SUPERVISOR, TOPICS = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda s: uk_date(s.occurred_on), sort=lambda s: s.occurred_on),
        Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda s: s.kind),
        Column(
            QT_TRANSLATE_NOOP("Column", "Minutes"), lambda s: str(s.minutes), sort=lambda s: s.minutes, align_right=True
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Supervisor"), lambda s: s.supervisor),
        Column(QT_TRANSLATE_NOOP("Column", "Topics"), lambda s: s.topics, tooltip=lambda s: s.topics),
    )


class SessionDialog(QDialog):
    def __init__(
        self, personal: bool, session: SupervisionSession | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit supervision") if session else self.tr("Record supervision"))
        self.personal = personal
        self.when = QDateEdit(to_qdate(session.occurred_on if session else date.today()))
        self.when.setDisplayFormat(DATE_FORMAT)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDate(to_qdate(date.today()))
        self.kind = QComboBox()
        self.kind.addItems(list(SUPERVISION_KINDS))
        if session:
            self.kind.setCurrentText(session.kind)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setValue(session.minutes if session else 60)
        self.supervisor = QLineEdit(session.supervisor if session else "")
        self.topics = QLineEdit(session.topics if session else "")
        self.notes = QPlainTextEdit(session.private_notes if session else "")
        self.notes.setTabChangesFocus(True)
        self.prompt = QComboBox()
        self.prompt.addItem(self.tr("— no prompt —"), "")
        for code, text in WHAT_MATTERS_PROMPTS:
            self.prompt.addItem(text, code)
        if session and session.prompt:
            self.prompt.setCurrentIndex(max(0, self.prompt.findData(session.prompt)))
        self.response = QPlainTextEdit(session.prompt_response if session else "")
        self.response.setTabChangesFocus(True)
        form = QFormLayout(self)
        rows = [
            (self.tr("&Date"), self.when, self.tr("Date of the session")),
            (self.tr("&Kind"), self.kind, self.tr("Kind of supervision")),
            (self.tr("&Length"), self.minutes, self.tr("Length in minutes")),
            (self.tr("&Supervisor"), self.supervisor, self.tr("Supervisor")),
            (self.tr("&Topics"), self.topics, self.tr("Topics")),
        ]
        if personal:
            rows += [
                (self.tr("Private &notes"), self.notes, self.tr("Private notes")),
                (self.tr("P&rompt"), self.prompt, self.tr("What matters to children prompt")),
                (self.tr("My &answer"), self.response, self.tr("Answer to the prompt")),
            ]
        for label, widget, access in rows:
            widget.setAccessibleName(access)
            form.addRow(label, widget)
        if not personal:
            form.addRow(hint(self.tr("Private notes are kept in the worker's own copy of Pathway Planner.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 480 if personal else 280)

    def fields(self) -> dict[str, object]:
        data: dict[str, object] = {
            "occurred_on": from_qdate(self.when.date()),
            "kind": self.kind.currentText(),
            "minutes": self.minutes.value(),
            "supervisor": self.supervisor.text().strip(),
            "topics": self.topics.text().strip(),
        }
        if self.personal:
            data.update(
                private_notes=self.notes.toPlainText(),
                prompt=self.prompt.currentData(),
                prompt_response=self.response.toPlainText(),
            )
        return data


class SupervisionPanel(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.worker: Worker | None = None
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Supervision status"))
        self.status.setWordWrap(True)
        self.model = SupervisionModel()
        self.view, _ = table_view(self.model, self.tr("Supervision sessions"))
        self.add_btn = button(self.tr("Record super&vision…"), self.tr("Record supervision"))
        self.edit_btn = button(self.tr("&Edit…"), self.tr("Edit supervision session"))
        self.delete_btn = button(self.tr("&Delete"), self.tr("Delete supervision session"))
        self.undo_btn = button(self.tr("&Undo delete"), self.tr("Undo delete supervision"))
        actions = flow_row(self.add_btn, self.edit_btn, self.delete_btn, self.undo_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        self.add_btn.clicked.connect(self.add_session)
        self.edit_btn.clicked.connect(self.edit_session)
        self.view.doubleClicked.connect(lambda _i: self.edit_session())
        self.delete_btn.clicked.connect(self.delete_session)
        self.undo_btn.clicked.connect(self.undo_delete)
        self.deletes = UndoableDeletes(
            controller, self, self.undo_btn, controller.learning.delete_session, controller.learning.undo_delete_session
        )
        on_delete_key(self.view, self.delete_session, self.undo_delete)
        follow_selection(self.view, (self.edit_btn, self.delete_btn))

    def show_worker(self, worker: Worker | None) -> None:
        if worker is None or self.worker is None or worker.id != self.worker.id:
            self.deletes.clear()
        self.worker = worker
        self.refresh()

    def refresh(self) -> None:
        self.add_btn.setEnabled(self.worker is not None)
        if self.worker is None:
            self.model.set_rows([])
            self.status.setText("")
            return
        sessions = self.controller.learning.sessions(self.worker.id, with_notes=self.controller.personal)
        self.model.set_rows(sessions)
        fit_columns(self.view)
        p = self.controller.status.pathway_for(self.worker, self.controller.as_on)
        req = next((r for r in p.requirements if r.kind == "supervision"), None)
        if req is None:
            self.status.setText(
                self.tr(
                    "None of this worker's current roles sets a target for reflective "
                    "supervision. Sessions can still be recorded."
                )
            )
            return
        last = uk_date(req.completed_on) if req.completed_on else self.tr("none yet")
        when = (
            state_words("overdue", req.due_date)
            if req.state is State.OVERDUE
            else fill(self.tr("next by %1"), uk_date(req.due_date))
        )
        last_session = self.tr("last session")
        self.status.setText(f"<b>{req.label}</b>: {state_text(req.state)} · {last_session}: {last} · {when}")

    def selected_session(self) -> SupervisionSession | None:
        row = selected_row(self.view)
        return row if isinstance(row, SupervisionSession) else None

    def add_session(self) -> None:
        if self.worker is None:
            return
        dialog = SessionDialog(self.controller.personal, parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(self, self.controller.learning.add_session, self.worker.id, dialog.fields()):
                return

    def edit_session(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        dialog = SessionDialog(self.controller.personal, session, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(self, self.controller.learning.update_session, session.id, dialog.fields()):
                return

    def delete_session(self) -> None:
        session = self.selected_session()
        if session is not None:
            self.deletes.delete(
                session.id,
                self.tr("Delete supervision"),
                self.tr("Delete the session on %s?") % uk_date(session.occurred_on),
            )

    def undo_delete(self) -> None:
        self.deletes.undo()

    def on_changed(self, changed: Changed) -> None:
        if changed & (Changed.RECORDS | Changed.PEOPLE | Changed.CATALOGUE):
            self.refresh()
