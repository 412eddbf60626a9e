"""Registration: the worker's regulator cycle (SSSC, NMC, GTCS or none) and where they stand in
the cycle that contains the "as on" date, with the learning that meets each check. The details
each regulator needs are edited here; the NMC's revalidation checklist can be confirmed by a
line manager."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.dates import uk
from planner.core.hours import hours_text
from planner.core.i18n import counted, fill
from planner.core.model import Worker
from planner.core.regulators import SSSC_CAREER_PATHWAYS, CycleSummary, Registration, Revalidation
from planner.services.changes import Changed
from planner.services.regulation import mark, period_text
from planner.ui.common import button, hint
from planner.ui.controller import Controller
from planner.ui.flow import FlowLayout
from planner.ui.presentation import DATE_FORMAT, from_qdate, to_qdate, uk_date
from planner.ui.printing import save_document


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
        layout = FlowLayout(self)  # the date goes under its label when the panel is narrow
        layout.addWidget(self.set_box)
        layout.addWidget(self.edit)

    def set_value(self, value: date | None) -> None:
        self.set_box.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.set_box.isChecked() else None


def summary_html(summary: CycleSummary) -> str:
    """The cycle in words: each check with a word and a symbol (never colour alone) and the
    learning that meets it."""
    rule = summary.regulator
    period = period_text(summary)
    name = QCoreApplication.translate("regulators", rule.name)
    parts = [f"<h3>{escape(name)}</h3>", f"<p><b>{escape(period[:1].upper() + period[1:])}</b></p>"]
    parts += [f"<p>{escape(note)}</p>" for note in summary.notes]
    if not summary.needs_date:
        n = len(summary.entries)
        entries = counted(n, "entry", "entries", QCoreApplication.translate("Counted", "%n entry(s)", None, n))
        text = QCoreApplication.translate(
            "Registration", "%1 of learning, %2 hours (%3 participatory), %4 with a written reflection."
        )
        parts.append(
            "<p>"
            + escape(
                fill(
                    text,
                    entries,
                    hours_text(summary.hours),
                    hours_text(summary.participatory_hours),
                    summary.reflections,
                )
            )
            + "</p>"
        )
    if summary.checks:
        parts.append("<ul>")
        for check in summary.checks:
            evidence = "".join(
                f"<li>{uk_date(e.occurred_on)} · {escape(e.title)} ({hours_text(e.hours)} h)</li>"
                for e in check.evidence[-5:]
            )
            more = len(check.evidence) - 5
            if more > 0:
                evidence += (
                    "<li>" + escape(fill(QCoreApplication.translate("Registration", "and %1 more"), more)) + "</li>"
                )
            parts.append(
                f"<li><b>{mark(check.met)}</b> — {escape(check.label)}: {escape(check.detail)}"
                + (f"<ul>{evidence}</ul>" if evidence and check.code not in ("cpd-hours", "learning-record") else "")
                + "</li>"
            )
        parts.append("</ul>")
    if summary.elements_covered or summary.elements_missing:
        covered = escape(", ".join(summary.elements_covered)) or escape(
            QCoreApplication.translate("Registration", "none yet")
        )
        parts.append(
            f"<p><b>{escape(QCoreApplication.translate('Registration', 'Core learning elements covered:'))}</b> {covered}</p>"
        )
        if summary.elements_missing:
            missing = escape(", ".join(summary.elements_missing))
            parts.append(
                f"<p><b>{escape(QCoreApplication.translate('Registration', 'Not yet covered:'))}</b> {missing}</p>"
            )
    if summary.signoff_exempt:
        note = QCoreApplication.translate(
            "Registration", "Professional Update sign-off: not needed (Fully Registered (Associate))."
        )
        parts.append(f"<p>{escape(note)}</p>")
    elif summary.signoff_due:
        due = QCoreApplication.translate("Registration", "Professional Update sign-off due by %1")
        parts.append("<p>" + escape(due).replace("%1", f"<b>{uk_date(summary.signoff_due)}</b>") + "</p>")
    if summary.hours_by_year:
        years = ", ".join(f"{year}: {hours_text(h)}" for year, h in sorted(summary.hours_by_year.items(), reverse=True))
        parts.append(
            f"<p><b>{escape(QCoreApplication.translate('Registration', 'Hours by calendar year:'))}</b> {years}</p>"
        )
    return "".join(parts)


class RevalidationBox(QGroupBox):
    """The NMC revalidation checklist for one cycle, which a line manager can confirm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cycle_end: date | None = None
        self.practice_hours = QDoubleSpinBox()
        self.practice_hours.setRange(0, 10000)
        self.practice_hours.setDecimals(2)
        self.practice_hours.setSingleStep(7.5)
        self.practice_hours.setSuffix(" h")
        # long choices on two lines: the panel stays narrow enough for a laptop with a large font
        self.dual = QCheckBox(self.tr("Registered as both nurse and\nmidwife (900 hours)"))
        self.feedback = QSpinBox()
        self.feedback.setRange(0, 99)
        self.discussion = OptionalDate(self.tr("Reflective discussion held"))
        self.discussion_with = QLineEdit()
        self.health = QCheckBox(self.tr("Health and character\ndeclaration made"))
        self.indemnity = QCheckBox(self.tr("Professional indemnity\narrangement in place"))
        self.confirmer = QLineEdit()
        self.confirmed = OptionalDate(self.tr("Confirmed"))
        self.save_btn = button(self.tr("Save c&hecklist"), self.tr("Save the revalidation checklist"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.cycle_note = hint("")
        form.addRow(self.cycle_note)
        for label, widget, name in (
            (self.tr("Practice hours"), self.practice_hours, self.tr("Practice hours in the cycle")),
            ("", self.dual, self.tr("Registered as both nurse and midwife")),
            (self.tr("Feedback"), self.feedback, self.tr("Pieces of practice-related feedback")),
            ("", self.discussion, ""),
            (self.tr("Discussed with"), self.discussion_with, self.tr("Reflective discussion with (name)")),
            ("", self.health, self.tr("Health and character declaration made")),
            ("", self.indemnity, self.tr("Professional indemnity in place")),
            (self.tr("Confirmer"), self.confirmer, self.tr("Confirmer's name (often the line manager)")),
            ("", self.confirmed, ""),
        ):
            if name:
                widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(
            hint(
                self.tr(
                    "Written reflective accounts are counted from learning entries marked as such on the Learning tab."
                )
            )
        )
        form.addRow(self.save_btn)

    def set_value(self, rv: Revalidation) -> None:
        self.cycle_end = rv.cycle_end
        self.setTitle(self.tr("NMC revalidation checklist"))
        self.cycle_note.setText(self.tr("For the cycle ending %s.") % uk(rv.cycle_end))
        self.practice_hours.setValue(rv.practice_hours)
        self.dual.setChecked(rv.dual_registration)
        self.feedback.setValue(rv.feedback)
        self.discussion.set_value(rv.discussion_on)
        self.discussion_with.setText(rv.discussion_with)
        self.health.setChecked(rv.health_character)
        self.indemnity.setChecked(rv.indemnity)
        self.confirmer.setText(rv.confirmer)
        self.confirmed.set_value(rv.confirmed_on)

    def value(self) -> Revalidation:
        assert self.cycle_end is not None
        return Revalidation(
            self.cycle_end,
            practice_hours=self.practice_hours.value(),
            dual_registration=self.dual.isChecked(),
            feedback=self.feedback.value(),
            discussion_on=self.discussion.value(),
            discussion_with=self.discussion_with.text().strip(),
            confirmer=self.confirmer.text().strip(),
            confirmed_on=self.confirmed.value(),
            health_character=self.health.isChecked(),
            indemnity=self.indemnity.isChecked(),
        )


class RegistrationPanel(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.worker: Worker | None = None
        self.cycle: CycleSummary | None = None
        # SSSC
        self.register_part = QLabel()
        self.register_part.setWordWrap(True)
        self.applied = OptionalDate(self.tr("Applied to register"))
        self.registered = OptionalDate(self.tr("Registered"))
        self.declaration = OptionalDate(self.tr("Registration anniversary"))
        self.pathway = QComboBox()
        self.pathway.setAccessibleName(self.tr("Career pathway"))
        self.pathway.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pathway.setMinimumContentsLength(16)
        self.pathway.addItem(self.tr("— not chosen —"), "")
        for p in SSSC_CAREER_PATHWAYS:
            self.pathway.addItem(p, p)
        self.funded_elc = QCheckBox()
        self.funded_elc.setAccessibleName(self.tr("Works in a funded early learning and childcare setting"))
        # NMC
        self.revalidation = OptionalDate(self.tr("Revalidation (renewal) date"))
        # GTCS
        self.signoff = QSpinBox()
        self.signoff.setRange(2000, 2100)
        self.signoff.setSpecialValueText(self.tr("not set"))
        self.signoff.setAccessibleName(self.tr("Professional Update sign-off year"))
        self.associate = QCheckBox(self.tr("Registration status is Fully\nRegistered (Associate)"))
        self.associate.setToolTip(self.tr("Associate registrants are exempt from Professional Update sign-off."))
        self.snct = QCheckBox(self.tr("On SNCT terms: 35 hours of\nCPD a year (contractual)"))
        self.details_updated = OptionalDate(self.tr("MyGTCS details updated"))
        self.prd = OptionalDate(self.tr("Professional review and development (PRD)"))
        self.save_btn = button(self.tr("&Save registration details"), self.tr("Save registration details"))
        self.pack_btn = button(self.tr("SSSC &verification pack…"), self.tr("Print the SSSC CPL verification pack"))

        self.details = QGroupBox(self.tr("Registration details"))
        self.form = QFormLayout(self.details)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("Register part"), self.register_part)
        self.form.addRow(self.applied)
        self.form.addRow(self.registered)
        self.form.addRow(self.declaration)
        self.declaration_hint = hint(
            self.tr("The date the annual declaration falls due; left unset, the date registered is used.")
        )
        self.form.addRow(self.declaration_hint)
        self.form.addRow(self.tr("Career &pathway"), self.pathway)
        self.form.addRow(self.funded_elc)
        self.form.addRow(self.revalidation)
        self.form.addRow(self.tr("Sign-off &year"), self.signoff)
        self.form.addRow(self.associate)
        self.form.addRow(self.snct)
        self.form.addRow(self.details_updated)
        self.form.addRow(self.prd)
        self.form.addRow(self.save_btn)
        self.form.addRow(self.pack_btn)
        self.checklist = RevalidationBox()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Where this worker stands in their regulator's cycle"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.details)
        ll.addWidget(self.checklist)
        ll.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.scrolls = []
        for widget, name in ((left, self.tr("Registration details")), (self.summary, self.tr("Regulator cycle"))):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
            scroll.setWidget(widget)
            scroll.setAccessibleName(name)
            scroll.setMinimumWidth(240)
            splitter.addWidget(scroll)
            self.scrolls.append(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 280])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.save_btn.clicked.connect(self.save)
        self.pack_btn.clicked.connect(self.print_pack)
        self.checklist.save_btn.clicked.connect(self.save_checklist)

    def show_worker(self, worker: Worker | None) -> None:
        self.worker = worker
        self.refresh()

    def refresh(self) -> None:
        if self.worker is None:
            self.summary.setText("")
            self.details.setEnabled(False)
            self.checklist.setVisible(False)
            return
        self.worker = self.controller.people.worker(self.worker.id)
        self.details.setEnabled(True)
        learning = self.controller.learning
        reg = learning.registration(self.worker.id)
        regulator = self.worker.regulator
        sssc, nmc, gtcs = regulator == "SSSC", regulator == "NMC", regulator == "GTCS"
        for widget, visible in (
            (self.register_part, sssc),
            (self.applied, sssc),
            (self.registered, sssc),
            (self.declaration, sssc),
            (self.declaration_hint, sssc),
            (self.pathway, sssc),
            (self.pack_btn, sssc),
            (self.funded_elc, sssc),
            (self.revalidation, nmc),
            (self.signoff, gtcs),
            (self.associate, gtcs),
            (self.snct, gtcs),
            (self.details_updated, gtcs),
            (self.prd, gtcs),
        ):
            self.form.setRowVisible(widget, visible)
        self.register_part.setText(self.worker.register_part or self.tr("not recorded"))
        self.register_part.setToolTip(self.tr("Change it in the worker's details on People."))
        elc = learning.regulator_settings().elc_hours
        self.funded_elc.setText(
            self.tr("Funded early learning and\nchildcare setting: %s hours a year") % hours_text(elc)
        )
        self.funded_elc.setToolTip(
            self.tr("An organisation setting (File ▸ Settings). Source: %s") % learning.elc_source()
        )
        self.applied.set_value(reg.applied_on)
        self.registered.set_value(reg.registered_on)
        self.declaration.set_value(reg.declaration_on)
        self.pathway.setCurrentIndex(max(0, self.pathway.findData(reg.career_pathway)))
        self.funded_elc.setChecked(reg.funded_elc)
        self.revalidation.set_value(reg.revalidation_on)
        self.signoff.setValue(reg.signoff_on.year if reg.signoff_on else self.signoff.minimum())
        self.associate.setChecked(reg.associate)
        self.snct.setChecked(reg.snct)
        self.details_updated.set_value(reg.details_updated_on)
        self.prd.set_value(reg.prd_on)
        self.details.setVisible(regulator != "none")
        self.scrolls[0].setVisible(regulator != "none")  # nothing to fill in without a regulator
        self.cycle = learning.cycle(self.worker.id, self.controller.as_on)
        self.checklist.setVisible(nmc and self.cycle.revalidation is not None)
        if self.cycle.revalidation is not None:
            self.checklist.set_value(self.cycle.revalidation)
        self.summary.setText(summary_html(self.cycle))
        self._start = (self.registration(), self.checklist.value() if self.checklist.cycle_end else None)

    def unsaved(self) -> str | None:
        """What would be lost by leaving now: registration details or a checklist not saved."""
        if self.worker is None or self.worker.regulator == "none" or not hasattr(self, "_start"):
            return None
        now = (self.registration(), self.checklist.value() if self.checklist.cycle_end else None)
        return self.tr("the registration details of %s") % self.worker.name if now != self._start else None

    def save_unsaved(self) -> bool:
        assert self.worker is not None
        ok = self.controller.apply(
            self, self.controller.learning.save_registration, self.worker.id, self.registration()
        )
        if ok and self.checklist.cycle_end is not None and self.checklist.isVisible():
            ok = self.controller.apply(
                self, self.controller.learning.save_revalidation, self.worker.id, self.checklist.value()
            )
        return ok

    def discard_unsaved(self) -> None:
        self.refresh()

    def registration(self) -> Registration:
        year = self.signoff.value()
        return Registration(
            declaration_on=self.declaration.value(),
            career_pathway=self.pathway.currentData(),
            funded_elc=self.funded_elc.isChecked(),
            revalidation_on=self.revalidation.value(),
            signoff_on=date(year, 7, 1) if year != self.signoff.minimum() else None,
            applied_on=self.applied.value(),
            registered_on=self.registered.value(),
            snct=self.snct.isChecked(),
            associate=self.associate.isChecked(),
            details_updated_on=self.details_updated.value(),
            prd_on=self.prd.value(),
        )

    def save(self) -> None:
        if self.worker is not None:
            self.controller.apply(self, self.controller.learning.save_registration, self.worker.id, self.registration())

    def save_checklist(self) -> None:
        if self.worker is not None and self.checklist.cycle_end is not None:
            self.controller.apply(
                self, self.controller.learning.save_revalidation, self.worker.id, self.checklist.value()
            )

    def print_pack(self) -> None:
        """The SSSC pack for the registration year that contains the "as on" date."""
        if self.worker is None:
            return
        on = self.controller.as_on
        staff_no = self.worker.staff_no
        end = self.cycle.end if self.cycle and self.cycle.end else on
        save_document(
            self,
            self.tr("Save SSSC verification pack"),
            f"SSSC pack {end.year} {self.worker.name}",
            lambda html: self.controller.documents.sssc_pack(staff_no, on=on, html=html),
        )

    def on_changed(self, changed: Changed) -> None:
        if changed & (Changed.RECORDS | Changed.PEOPLE | Changed.SETTINGS):
            self.refresh()
