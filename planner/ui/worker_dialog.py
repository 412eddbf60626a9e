"""Add or edit a worker: details, team, regulator, and the roles they hold with start dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import fill
from planner.core.model import REGULATORS, Catalogue, Team, Worker
from planner.core.regulators import SSSC_REGISTER_PARTS
from planner.ui.common import REGULATOR_LABELS, add_rows, button
from planner.ui.presentation import DATE_FORMAT, from_qdate, to_qdate

RoleLine = tuple[str | None, str | None, date, date | None]  # assignment id, role id, start, end


class RoleRow:
    """One role the worker holds: role, start date, optional end date, remove."""

    def __init__(
        self,
        dialog: WorkerDialog,
        catalogue: Catalogue,
        assignment_id: str | None,
        role_id: str | None,
        started: date,
        ended: date | None,
    ) -> None:
        self.assignment_id = assignment_id
        self.role = QComboBox()
        if not role_id:  # a new row: nothing chosen until the person chooses
            self.role.addItem(dialog.tr("— choose a role —"), None)
        for r in catalogue.roles:
            if not r.retired or r.id == role_id:
                self.role.addItem(r.name, r.id)
        if role_id:
            self.role.setCurrentIndex(max(0, self.role.findData(role_id)))
        self.role.currentIndexChanged.connect(lambda _i: dialog.role_chosen(self.role.currentData()))
        self.start = QDateEdit(to_qdate(started))
        self.start.setDisplayFormat(DATE_FORMAT)
        self.start.setCalendarPopup(True)
        self.has_end = QCheckBox(dialog.tr("ended"))
        self.end = QDateEdit(to_qdate(ended or date.today()))
        self.end.setDisplayFormat(DATE_FORMAT)
        self.end.setCalendarPopup(True)
        self.has_end.setChecked(ended is not None)
        self.end.setEnabled(ended is not None)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.remove = button(dialog.tr("Remove"), dialog.tr("Remove this role"))
        self.widgets: list[QWidget] = [self.role, self.start, self.has_end, self.end, self.remove]

    def name_for_access(self, n: int) -> None:
        def tr(text: str) -> str:
            return fill(text, n)

        translate = QCoreApplication.translate
        self.role.setAccessibleName(tr(translate("WorkerDialog", "Role %1")))
        self.start.setAccessibleName(tr(translate("WorkerDialog", "Role %1 start date")))
        self.has_end.setAccessibleName(tr(translate("WorkerDialog", "Role %1 has ended")))
        self.end.setAccessibleName(tr(translate("WorkerDialog", "Role %1 end date")))
        self.remove.setAccessibleName(tr(translate("WorkerDialog", "Remove role %1")))

    def value(self) -> RoleLine:
        end = from_qdate(self.end.date()) if self.has_end.isChecked() else None
        return (self.assignment_id, self.role.currentData(), from_qdate(self.start.date()), end)


class WorkerDialog(QDialog):
    def __init__(
        self,
        catalogue: Catalogue,
        teams: list[Team],
        worker: Worker | None = None,
        team_id: str | None = None,
        parent: QWidget | None = None,
        personal: bool = False,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(
            self.tr("My details") if personal else self.tr("Edit worker") if worker else self.tr("Add worker")
        )
        self.staff_no = QLineEdit(worker.staff_no if worker else "")
        self.name = QLineEdit(worker.name if worker else "")
        self.email = QLineEdit(worker.email if worker else "")
        self.team = QComboBox()
        self.team.addItem(self.tr("No team"), None)
        for t in teams:
            self.team.addItem(t.name, t.id)
        self.team.setCurrentIndex(max(0, self.team.findData(worker.team_id if worker else team_id)))
        self.regulator = QComboBox()
        if worker is None:  # chosen by the person (or from the first role chosen), never assumed
            self.regulator.addItem(self.tr("— choose —"), None)
        for reg in REGULATORS:
            self.regulator.addItem(QCoreApplication.translate("Regulator", REGULATOR_LABELS[reg]), reg)
        if worker is not None:
            self.regulator.setCurrentIndex(max(0, self.regulator.findData(worker.regulator)))
        self.register_part = QComboBox()  # the SSSC's parts to choose from, or any other text
        self.register_part.setEditable(True)
        self.register_part.addItem("")
        self.register_part.addItems(list(SSSC_REGISTER_PARTS))
        self.register_part.setCurrentText(worker.register_part if worker else "")
        self.register_part.setToolTip(
            self.tr("For the SSSC, the part of the Register: the social worker part adds two core learning elements.")
        )
        self.registration_no = QLineEdit(worker.registration_no if worker else "")
        form = QFormLayout()
        add_rows(
            form,
            (
                (self.tr("&Staff number"), self.staff_no, self.tr("Staff number")),
                (self.tr("&Name"), self.name, self.tr("Name")),
                (self.tr("&Email (optional)"), self.email, self.tr("Email")),
                (self.tr("&Team"), self.team, self.tr("Team")),
                (self.tr("&Regulator"), self.regulator, self.tr("Regulator")),
                (self.tr("Register &part"), self.register_part, self.tr("Register part")),
                (self.tr("Re&gistration number"), self.registration_no, self.tr("Registration number")),
            ),
        )
        if personal:  # a copy of one's own: no teams, and the reference is one's own choice
            form.setRowVisible(self.team, False)
            form.labelForField(self.staff_no).setText(self.tr("&Staff or registration reference"))

        self.roles_box = QGroupBox(self.tr("Roles held"))
        self.roles_grid = QGridLayout(self.roles_box)
        self.role_rows: list[RoleRow] = []
        self._headers = [QLabel() for _ in range(5)]
        self.roles_grid.setColumnStretch(0, 1)
        self.add_role_btn = button(self.tr("Add &role"), self.tr("Add a role"))
        self.add_role_btn.clicked.connect(lambda: self._add_role_row(None, None, date.today(), None))
        for a in worker.roles if worker else ():
            self._add_role_row(a.id, a.role_id, a.started_on, a.ended_on)
        if not self.role_rows:
            self._add_role_row(None, None, date.today(), None)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.roles_box)
        layout.addWidget(self.add_role_btn)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def role_chosen(self, role_id: str | None) -> None:
        """A role registered with a regulator fills the regulator in, while none is chosen yet."""
        role = next((r for r in self.catalogue.roles if r.id == role_id), None)
        if role is not None and role.regulator and self.regulator.currentData() is None:
            self.regulator.setCurrentIndex(self.regulator.findData(role.regulator))

    def _add_role_row(self, assignment_id: str | None, role_id: str | None, started: date, ended: date | None) -> None:
        row = RoleRow(self, self.catalogue, assignment_id, role_id, started, ended)
        row.remove.clicked.connect(lambda: self._remove_role_row(row))
        self.role_rows.append(row)
        self._relayout()
        row.role.setFocus()

    def _remove_role_row(self, row: RoleRow) -> None:
        self.role_rows.remove(row)
        for w in row.widgets:
            w.deleteLater()
        self._relayout()

    def _relayout(self) -> None:
        while self.roles_grid.count():
            self.roles_grid.takeAt(0)
        headers = (self.tr("Role"), self.tr("Started"), "", self.tr("Ended"), "")
        for col, text in enumerate(headers):
            if not self._headers[col].text():
                self._headers[col].setText(text)
            self.roles_grid.addWidget(self._headers[col], 0, col)
        for n, row in enumerate(self.role_rows, start=1):
            row.name_for_access(n)
            for col, w in enumerate(row.widgets):
                self.roles_grid.addWidget(w, n, col)
        for r in range(self.roles_grid.rowCount()):
            self.roles_grid.setRowStretch(r, 0)
        self.roles_grid.setRowStretch(len(self.role_rows) + 1, 1)  # rows stay at the top

    def fields(self) -> dict[str, Any]:
        return {
            "staff_no": self.staff_no.text().strip(),
            "name": self.name.text().strip(),
            "email": self.email.text().strip(),
            "team_id": self.team.currentData(),
            "regulator": self.regulator.currentData(),
            "register_part": self.register_part.currentText().strip(),
            "registration_no": self.registration_no.text().strip(),
        }

    def roles(self) -> list[RoleLine]:
        """Every row, a row with no role chosen too (saving refuses it, naming the row)."""
        return [r.value() for r in self.role_rows]
