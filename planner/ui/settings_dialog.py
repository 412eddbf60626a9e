"""Settings: the organisation's name and logo, who signs certificates, how early expiring
learning is flagged, and the hours a year asked of SSSC registrants in funded early learning
and childcare."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.services.editing import SettingsValues
from planner.ui.common import hint


class SettingsDialog(QDialog):
    def __init__(self, values: SettingsValues, elc_source: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.organisation = QLineEdit(values.organisation_name)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.warning_days = QSpinBox()
        self.warning_days.setRange(0, 365)
        self.warning_days.setSuffix(self.tr(" days before it expires"))
        self.warning_days.setValue(values.warning_days)
        self.warning_days.setAccessibleName(self.tr("Warning window in days"))
        self.logo = QLineEdit(values.logo)
        self.logo.setAccessibleName(self.tr("Logo image for documents"))
        self.logo.setPlaceholderText(self.tr("optional: a PNG or JPEG printed on documents"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose a logo image"))
        self.browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.browse)
        self.signatory = QLineEdit(values.signatory)
        self.signatory.setAccessibleName(self.tr("Name printed as the certificates' signatory"))
        self.signatory.setPlaceholderText(self.tr("e.g. Morag Reid"))
        self.signatory_role = QLineEdit(values.signatory_role)
        self.signatory_role.setAccessibleName(self.tr("Role of the certificates' signatory"))
        self.signatory_role.setPlaceholderText(self.tr("e.g. Learning and development lead"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Logo"), logo_row)
        form.addRow(self.tr("Certificates &signed by"), self.signatory)
        form.addRow(self.tr("Signatory's &role"), self.signatory_role)
        form.addRow(
            hint(
                self.tr(
                    "Printed under the signature line of every certificate; left empty, the line is "
                    "left for a signature by hand."
                )
            )
        )
        form.addRow(self.tr("Show as &expiring"), self.warning_days)
        form.addRow(hint(self.tr("Learning that expires within this many days shows as “expiring”.")))
        self.elc_hours = QDoubleSpinBox()
        self.elc_hours.setRange(0, 1000)
        self.elc_hours.setDecimals(2)
        self.elc_hours.setSingleStep(0.25)
        self.elc_hours.setSuffix(self.tr(" hours a year"))
        self.elc_hours.setValue(values.elc_hours)
        self.elc_hours.setAccessibleName(self.tr("SSSC hours a year in funded early learning and childcare"))
        form.addRow(self.tr("Funded &ELC hours"), self.elc_hours)
        form.addRow(
            hint(
                self.tr("For SSSC registrants in funded early learning and childcare settings. Source: %s.")
                % elc_source
            )
        )
        self.backups_daily = QSpinBox()
        self.backups_daily.setRange(0, 365)
        self.backups_daily.setSuffix(self.tr(" daily"))
        self.backups_daily.setValue(values.backups_daily)
        self.backups_daily.setAccessibleName(self.tr("Daily backups to keep"))
        self.backups_weekly = QSpinBox()
        self.backups_weekly.setRange(0, 365)
        self.backups_weekly.setSuffix(self.tr(" weekly"))
        self.backups_weekly.setValue(values.backups_weekly)
        self.backups_weekly.setAccessibleName(self.tr("Weekly backups to keep"))
        kept = QHBoxLayout()
        kept.addWidget(self.backups_daily)
        kept.addWidget(self.backups_weekly)
        kept.addStretch(1)
        form.addRow(self.tr("&Backups to keep"), kept)
        label = form.labelForField(kept)
        if isinstance(label, QLabel):
            label.setBuddy(self.backups_daily)
        form.addRow(hint(self.tr("A backup is made each day the app is opened, and before imports and restores.")))
        self.retention = QSpinBox()
        self.retention.setRange(0, 50)
        self.retention.setSuffix(self.tr(" years after leaving"))
        self.retention.setSpecialValueText(self.tr("never"))
        self.retention.setValue(values.retention_years)
        self.retention.setAccessibleName(self.tr("Years after leaving when a leaver is offered for erasure"))
        form.addRow(self.tr("Offer leavers for e&rasure"), self.retention)
        form.addRow(hint(self.tr("Home lists leavers past this time, to erase their personal data (UK GDPR).")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> SettingsValues:
        return SettingsValues(
            organisation_name=self.organisation.text(),
            warning_days=self.warning_days.value(),
            logo=self.logo.text(),
            elc_hours=round(self.elc_hours.value(), 2),
            signatory=self.signatory.text(),
            signatory_role=self.signatory_role.text(),
            backups_daily=self.backups_daily.value(),
            backups_weekly=self.backups_weekly.value(),
            retention_years=self.retention.value(),
        )

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)
