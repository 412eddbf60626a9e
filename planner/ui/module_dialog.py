"""Add or edit a learning module: its details, the framework levels it grants, and the regulator
topics and SSSC core learning elements it covers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.cpl import SSSC_ELEMENTS, TOPICS
from planner.core.model import DELIVERY_KINDS, Catalogue, Module
from planner.ui.common import hint


class ModuleDialog(QDialog):
    def __init__(self, catalogue: Catalogue, module: Module | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit module") if module else self.tr("Add module"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        self.code = QLineEdit(module.code if module else "")
        self.title_edit = QLineEdit(module.title if module else "")
        self.provider = QLineEdit(module.provider if module else "")
        self.delivery = QComboBox()
        self.delivery.addItems(list(DELIVERY_KINDS))
        if module and module.delivery in DELIVERY_KINDS:
            self.delivery.setCurrentText(module.delivery)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.25)
        self.hours.setSpecialValueText(self.tr("not set"))
        self.hours.setValue(module.hours if module and module.hours is not None else 0)
        self.renewal = QSpinBox()
        self.renewal.setRange(0, 240)
        self.renewal.setSuffix(self.tr(" months"))
        self.renewal.setSpecialValueText(self.tr("never expires"))
        self.renewal.setValue(module.renewal_months or 0 if module else 0)
        self.url = QLineEdit(module.url if module else "")
        self.source = QLineEdit(module.source if module else "")
        self.example = QCheckBox(self.tr("Example: review locally"))
        self.example.setChecked(module.example if module else False)
        self.grants = QListWidget()
        for fw in catalogue.frameworks:
            for lv in fw.levels:
                item = QListWidgetItem(f"{fw.name} – {lv.name}")
                item.setData(Qt.ItemDataRole.UserRole, lv.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = module is not None and lv.id in module.grants
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.grants.addItem(item)
        for label, widget, name in (
            (self.tr("&Code"), self.code, self.tr("Module code")),
            (self.tr("&Title"), self.title_edit, self.tr("Module title")),
            (self.tr("&Provider"), self.provider, self.tr("Provider")),
            (self.tr("&Delivery"), self.delivery, self.tr("Delivery")),
            (self.tr("Typical &hours"), self.hours, self.tr("Typical hours")),
            (self.tr("&Renewal"), self.renewal, self.tr("Renewal period in months")),
            (self.tr("&Link"), self.url, self.tr("Link")),
            (self.tr("&Source"), self.source, self.tr("Source")),
            ("", self.example, self.tr("Example: review locally")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.grants.setAccessibleName(self.tr("Framework levels this module grants"))
        covers = QWidget()
        grid = QGridLayout(covers)
        grid.addWidget(
            hint(
                self.tr(
                    "Regulator topics it covers (the levels it grants cover their own: trauma and "
                    "child protection levels count as those topics):"
                )
            ),
            0,
            0,
            1,
            2,
        )
        self.topic_boxes: dict[str, QCheckBox] = {}
        for i, (code, name) in enumerate(TOPICS):
            box = QCheckBox(name)
            box.setChecked(module is not None and code in module.topics)
            self.topic_boxes[code] = box
            grid.addWidget(box, 1 + i // 2, i % 2)
        grid.addWidget(hint(self.tr("SSSC core learning elements it covers:")), 3, 0, 1, 2)
        self.element_boxes: dict[str, QCheckBox] = {}
        for i, (code, name) in enumerate(SSSC_ELEMENTS):
            box = QCheckBox(name)
            box.setChecked(module is not None and code in module.sssc_elements)
            self.element_boxes[code] = box
            grid.addWidget(box, 4 + i // 2, i % 2)
        grid.setRowStretch(10, 1)
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("What the module counts for"))
        tabs.addTab(self.grants, self.tr("&Grants levels"))
        tabs.addTab(covers, self.tr("C&overs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def fields(self) -> dict[str, Any]:
        return {
            "code": self.code.text().strip(),
            "title": self.title_edit.text().strip(),
            "provider": self.provider.text().strip(),
            "delivery": self.delivery.currentText(),
            "hours": self.hours.value() or None,
            "renewal_months": self.renewal.value() or None,
            "url": self.url.text().strip(),
            "source": self.source.text().strip(),
            "example": self.example.isChecked(),
            "topics": [c for c, b in self.topic_boxes.items() if b.isChecked()],
            "sssc_elements": [c for c, b in self.element_boxes.items() if b.isChecked()],
        }

    def granted_levels(self) -> list[str]:
        out = []
        for i in range(self.grants.count()):
            item = self.grants.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out
