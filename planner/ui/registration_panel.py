"""My registration: the worker's regulator cycle (SSSC, NMC, GTCS or none) and where they stand."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.core.cpl import SSSC_CAREER_PATHWAYS
from planner.core.model import Worker
from planner.core.regulators import RULES, CycleSummary, Registration
from planner.services.changes import Changed
from planner.ui.common import button
from planner.ui.printing import save_pdf
from planner.ui.controller import Controller
from planner.ui.presentation import DATE_FORMAT, from_qdate, hours, to_qdate, uk_date


class OptionalDate(QWidget):
    """A date that may be left unset: a check box and a date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_box = QCheckBox(label)
        self.set_box.setAccessibleName(label)
        self.edit = QDateEdit(to_qdate(date.today()))
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(label + " date")
        self.edit.setEnabled(False)
        self.set_box.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.set_box)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def set_value(self, value: date | None) -> None:
        self.set_box.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.set_box.isChecked() else None


def summary_html(summary: CycleSummary, worker: Worker) -> str:
    rule = summary.regulator
    lines = [f"<h3>{escape(rule.name)}</h3>"]
    period = f"{uk_date(summary.start)} to {uk_date(summary.end)}"
    if rule.anchor and not summary.anchor_set:
        lines.append(f"<p>Set your {escape(rule.anchor_label.lower())} date to follow your own cycle; "
                     f"until then this shows the calendar year ({period}).</p>")
    elif rule.anchor:
        lines.append(f"<p>{escape(rule.anchor_label)}: <b>{uk_date(summary.end)}</b>. This cycle: {period}.</p>")
    else:
        lines.append(f"<p>This year: {period}.</p>")
    lines.append(f"<p>{summary.entries} entries, {hours(summary.hours)} hours "
                 f"({hours(summary.participatory_hours)} participatory), {summary.reflections} with a written reflection.</p>")
    if summary.checks:
        lines.append("<ul>")
        for check in summary.checks:
            mark = "✔ met" if check.met else "✖ not yet"
            lines.append(f"<li><b>{mark}</b> — {escape(check.label)}: {escape(check.detail)}</li>")
        lines.append("</ul>")
    if summary.elements_covered or summary.elements_missing:
        lines.append("<p><b>Core learning elements covered:</b> "
                     + (escape(", ".join(summary.elements_covered)) or "none yet") + "</p>")
        if summary.elements_missing:
            lines.append("<p><b>Not yet covered:</b> " + escape(", ".join(summary.elements_missing)) + "</p>")
    if summary.signoff_on:
        lines.append(f"<p>{escape(rule.signoff_label)} due: <b>{uk_date(summary.signoff_on)}</b></p>")
    if summary.hours_by_year:
        lines.append("<p><b>Hours by year:</b> " + ", ".join(
            f"{year}: {hours(h)}" for year, h in sorted(summary.hours_by_year.items(), reverse=True)) + "</p>")
    return "".join(lines)


class RegistrationPanel(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.worker: Worker | None = None
        self.declaration = OptionalDate(self.tr("Annual CPL declaration"))
        self.pathway = QComboBox()
        self.pathway.setAccessibleName(self.tr("Career pathway"))
        self.pathway.addItem(self.tr("— not chosen —"), "")
        for p in SSSC_CAREER_PATHWAYS:
            self.pathway.addItem(p, p)
        self.funded_elc = QCheckBox(self.tr("I work in a funded early learning and childcare setting (12 hours a year)"))
        self.funded_elc.setAccessibleName(self.tr("Funded early learning and childcare setting"))
        self.revalidation = OptionalDate(self.tr("Revalidation"))
        self.signoff = OptionalDate(self.tr("Professional Update sign-off"))
        self.save_btn = button(self.tr("&Save registration details"), self.tr("Save registration details"))
        self.pack_btn = button(self.tr("SSSC &verification pack…"), self.tr("Print the SSSC CPL verification pack"))
        self.details = QGroupBox(self.tr("Registration details"))
        self.form = QFormLayout(self.details)
        self.form.addRow(self.declaration)
        self.form.addRow(self.tr("Career &pathway"), self.pathway)
        self.form.addRow(self.funded_elc)
        self.form.addRow(self.revalidation)
        self.form.addRow(self.signoff)
        self.form.addRow(self.save_btn)
        self.form.addRow(self.pack_btn)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Where you stand in your regulator's cycle"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addWidget(self.summary, 1)
        self.save_btn.clicked.connect(self.save)
        self.pack_btn.clicked.connect(self.print_pack)

    def show_worker(self, worker: Worker | None) -> None:
        self.worker = worker
        self.refresh()

    def refresh(self) -> None:
        if self.worker is None:
            self.summary.setText("")
            self.details.setEnabled(False)
            return
        self.details.setEnabled(True)
        reg = self.controller.learning.registration(self.worker.id)
        regulator = self.worker.regulator
        for widget, visible in ((self.declaration, regulator == "SSSC"), (self.pathway, regulator == "SSSC"),
                                (self.pack_btn, regulator == "SSSC"),
                                (self.funded_elc, regulator == "SSSC"), (self.revalidation, regulator == "NMC"),
                                (self.signoff, regulator == "GTCS")):
            self.form.setRowVisible(widget, visible)
        self.declaration.set_value(reg.declaration_on)
        self.pathway.setCurrentIndex(max(0, self.pathway.findData(reg.career_pathway)))
        self.funded_elc.setChecked(reg.funded_elc)
        self.revalidation.set_value(reg.revalidation_on)
        self.signoff.set_value(reg.signoff_on)
        self.details.setVisible(regulator in RULES and regulator != "none")
        summary = self.controller.learning.cycle(self.worker.id, self.controller.as_on)
        self.summary.setText(summary_html(summary, self.worker))

    def registration(self) -> Registration:
        return Registration(declaration_on=self.declaration.value(), career_pathway=self.pathway.currentData(),
                            funded_elc=self.funded_elc.isChecked(), revalidation_on=self.revalidation.value(),
                            signoff_on=self.signoff.value())

    def save(self) -> None:
        if self.worker is not None:
            self.controller.apply(self, self.controller.learning.save_registration, self.worker.id, self.registration())

    def print_pack(self) -> None:
        if self.worker is None:
            return
        year = self.controller.as_on.year
        staff_no = self.worker.staff_no
        save_pdf(self, self.tr("Save SSSC verification pack"), f"SSSC pack {year} {self.worker.name}",
                 lambda: self.controller.documents.sssc_pack(staff_no, year))

    def on_changed(self, changed: Changed) -> None:
        if changed & (Changed.RECORDS | Changed.PEOPLE):
            self.refresh()
