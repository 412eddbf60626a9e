"""Settings: the organisation's name and logo, how early expiring learning is flagged, and the
hours a year asked of SSSC registrants in funded early learning and childcare."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.ui.common import hint


class SettingsDialog(QDialog):
    def __init__(self, organisation: str, warning_days: int, logo: str = "", parent: QWidget | None = None,
                 elc_hours: float = 12.0, elc_source: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.organisation = QLineEdit(organisation)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.warning_days = QSpinBox()
        self.warning_days.setRange(0, 365)
        self.warning_days.setSuffix(self.tr(" days before it expires"))
        self.warning_days.setValue(warning_days)
        self.warning_days.setAccessibleName(self.tr("Warning window in days"))
        self.logo = QLineEdit(logo)
        self.logo.setAccessibleName(self.tr("Logo image for documents"))
        self.logo.setPlaceholderText(self.tr("optional: a PNG or JPEG printed on documents"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose a logo image"))
        self.browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Logo"), logo_row)
        form.addRow(self.tr("Show as &expiring"), self.warning_days)
        form.addRow(hint(self.tr("Learning that expires within this many days shows as “expiring”.")))
        self.elc_hours = QDoubleSpinBox()
        self.elc_hours.setRange(0, 1000)
        self.elc_hours.setDecimals(2)
        self.elc_hours.setSingleStep(0.25)
        self.elc_hours.setSuffix(self.tr(" hours a year"))
        self.elc_hours.setValue(elc_hours)
        self.elc_hours.setAccessibleName(self.tr("SSSC hours a year in funded early learning and childcare"))
        form.addRow(self.tr("Funded &ELC hours"), self.elc_hours)
        form.addRow(hint(self.tr("For SSSC registrants in funded early learning and childcare settings. Source: %s.")
                         % elc_source))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)
