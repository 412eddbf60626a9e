""" "Just me": a worker sets up their own copy with their details, role(s) and regulator."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from planner.core.model import REGULATORS
from planner.ui.common import REGULATOR_LABELS, add_rows, hint
from planner.ui.presentation import DATE_FORMAT, from_qdate, to_qdate

REGULATOR_CHOICES = {**REGULATOR_LABELS, "none": "None (carer, volunteer, panel member, other)"}


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class JustMeDialog(QDialog):
    def __init__(self, roles: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Just me: about you"))
        self.name = QLineEdit()
        self.staff_no = QLineEdit()
        self.staff_no.setPlaceholderText(self.tr("optional"))
        self.regulator = QComboBox()  # nothing assumed: the person chooses each
        self.regulator.addItem(self.tr("— choose —"), None)
        for code in REGULATORS:
            self.regulator.addItem(REGULATOR_CHOICES[code], code)
        self.role = QComboBox()
        self.role.addItem(self.tr("— choose your role —"), None)
        self.second_role = QComboBox()
        self.second_role.addItem(self.tr("— no second role —"), None)
        for code, name in roles:
            self.role.addItem(name, code)
            self.second_role.addItem(name, code)
        self.started = _date_edit(date.today())
        self.second_started = _date_edit(date.today())
        self.anchor = _date_edit(date(date.today().year + 1, date.today().month, 1))
        self.anchor_set = QCheckBox(self.tr("I know my next declaration / revalidation / sign-off date"))
        self.anchor.setEnabled(False)
        self.anchor_set.toggled.connect(self.anchor.setEnabled)
        form = QFormLayout(self)
        form.addRow(hint(self.tr("Your details stay on this computer. You can change any of them later.")))
        add_rows(
            form,
            (
                (self.tr("Your &name"), self.name, self.tr("Your name")),
                (
                    self.tr("Staff or &registration reference"),
                    self.staff_no,
                    self.tr("Staff or registration reference"),
                ),
                (self.tr("&Regulator"), self.regulator, self.tr("Regulator")),
                (self.tr("Your r&ole"), self.role, self.tr("Your role")),
                (self.tr("Started the role &on"), self.started, self.tr("Date you started the role")),
                (self.tr("S&econd role"), self.second_role, self.tr("Second role")),
                (self.tr("Started the second role"), self.second_started, self.tr("Date you started the second role")),
                ("", self.anchor_set, self.tr("Next regulator date known")),
                (self.tr("That &date"), self.anchor, self.tr("Next declaration, revalidation or sign-off date")),
            ),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 420)

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "staff_no": self.staff_no.text().strip(),
            "regulator": self.regulator.currentData(),
        }

    def roles(self) -> list[tuple[str | None, date]]:
        out = [(self.role.currentData(), from_qdate(self.started.date()))]
        if self.second_role.currentData():
            out.append((self.second_role.currentData(), from_qdate(self.second_started.date())))
        return out

    def anchor_date(self) -> date | None:
        return from_qdate(self.anchor.date()) if self.anchor_set.isChecked() else None
