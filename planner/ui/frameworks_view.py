"""Frameworks: the learning areas, their ordered levels, and the modules that grant them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.i18n import fill
from planner.core.model import Catalogue, Framework, Level, Module
from planner.services.changes import Changed
from planner.ui.common import button, fit_columns, follow_selection, heading, hint, search_box, selected_row, table_view
from planner.ui.controller import Controller
from planner.ui.flow import FlowLayout, flow_row
from planner.ui.module_dialog import ModuleDialog
from planner.ui.presentation import hours
from planner.ui.table_model import Column, RowsModel


@dataclass(frozen=True)
class LevelRow:
    level: Level
    modules: str


class LevelsModel(RowsModel[LevelRow]):
    RANK, NAME, DESCRIPTION, MODULES = range(4)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Level"), lambda r: str(r.level.rank), sort=lambda r: r.level.rank),
        Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda r: r.level.name),
        Column(
            QT_TRANSLATE_NOOP("Column", "What it means"),
            lambda r: r.level.description,
            tooltip=lambda r: r.level.description,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Granted by"), lambda r: r.modules),
    )


@dataclass(frozen=True)
class ModuleRow:
    module: Module
    grants: str


class ModulesModel(RowsModel[ModuleRow]):
    CODE, TITLE, PROVIDER, DELIVERY, HOURS, RENEWAL, GRANTS, STATUS = range(8)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Code"), lambda r: r.module.code),
        Column(QT_TRANSLATE_NOOP("Column", "Title"), lambda r: r.module.title, tooltip=lambda r: r.module.source),
        Column(QT_TRANSLATE_NOOP("Column", "Provider"), lambda r: r.module.provider),
        Column(QT_TRANSLATE_NOOP("Column", "Delivery"), lambda r: r.module.delivery),
        Column(
            QT_TRANSLATE_NOOP("Column", "Hours"),
            lambda r: hours(r.module.hours),
            sort=lambda r: r.module.hours or 0.0,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Renewal"),
            lambda r: (
                fill(QCoreApplication.translate("Frameworks", "every %1 months"), r.module.renewal_months)
                if r.module.renewal_months
                else QCoreApplication.translate("Frameworks", "none")
            ),
            sort=lambda r: r.module.renewal_months or 0,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Grants"), lambda r: r.grants),
        Column(
            QT_TRANSLATE_NOOP("Column", "Status"),
            lambda r: (
                (
                    QCoreApplication.translate("Frameworks", "retired")
                    if r.module.retired
                    else QCoreApplication.translate("Frameworks", "active")
                )
                + (QCoreApplication.translate("Frameworks", ", example") if r.module.example else "")
            ),
        ),
    )


def grants_text(catalogue: Catalogue, module: Module) -> str:
    names = []
    for level_id in module.grants:
        lv = catalogue.level(level_id)
        names.append((catalogue.framework(lv.framework_id).name, lv.rank, lv.name))
    return "; ".join(f"{fw} – {name}" for fw, _, name in sorted(names))


class FrameworksView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalogue: Catalogue | None = None

        self.framework_box = QComboBox()
        self.framework_box.setAccessibleName(self.tr("Framework"))
        self.framework_label = QLabel(self.tr("&Framework:"))
        self.framework_label.setBuddy(self.framework_box)
        self.about = hint("")
        self.levels_model = LevelsModel()
        self.levels_view, _ = table_view(self.levels_model, self.tr("Levels of the framework"), sortable=False)
        self.rename_framework_btn = button(self.tr("Rename framework…"), self.tr("Rename framework"))
        self.rename_level_btn = button(self.tr("Rename level…"), self.tr("Rename level"))

        self.modules_model = ModulesModel()
        self.modules_view, self.modules_proxy = table_view(self.modules_model, self.tr("Learning modules"))
        self.module_filter = search_box(self.tr("Filter modules by code, title or provider"), self.tr("Filter modules"))
        self.add_btn = button(self.tr("&Add module…"), self.tr("Add module"))
        self.edit_btn = button(self.tr("&Edit…"), self.tr("Edit module"))
        self.retire_btn = button(self.tr("&Retire"), self.tr("Retire or restore module"))
        self.delete_btn = button(self.tr("&Delete…"), self.tr("Delete module"))

        top = QWidget()
        tl = QVBoxLayout(top)
        row = FlowLayout()
        row.add_pair(self.framework_label, self.framework_box, stretch=True)
        row.addWidget(self.rename_framework_btn)
        row.addWidget(self.rename_level_btn)
        tl.addLayout(row)
        tl.addWidget(self.about)
        tl.addWidget(self.levels_view)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.addWidget(heading(self.tr("Learning modules")))
        self.module_filter.setMinimumWidth(160)
        bl.addLayout(flow_row(self.module_filter, self.add_btn, self.edit_btn, self.retire_btn, self.delete_btn))
        bl.addWidget(self.modules_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.framework_box.currentIndexChanged.connect(self._show_framework)
        follow_selection(self.modules_view, (self.edit_btn, self.retire_btn, self.delete_btn))
        follow_selection(self.levels_view, (self.rename_level_btn,))
        self.module_filter.textChanged.connect(self.modules_proxy.set_text)
        self.add_btn.clicked.connect(self.add_module)
        self.edit_btn.clicked.connect(self.edit_module)
        self.modules_view.doubleClicked.connect(lambda _i: self.edit_module())
        self.retire_btn.clicked.connect(self.toggle_retired)
        self.delete_btn.clicked.connect(self.delete_module)
        self.rename_level_btn.clicked.connect(self.rename_level)
        self.rename_framework_btn.clicked.connect(self.rename_framework)
        controller.data_changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & Changed.CATALOGUE:
            self.refresh()

    def refresh(self) -> None:
        self.catalogue = self.controller.catalogue.load()
        current = self.framework_box.currentData()
        self.framework_box.blockSignals(True)
        self.framework_box.clear()
        for fw in self.catalogue.frameworks:
            self.framework_box.addItem(fw.name + (self.tr(" (example scale)") if fw.example else ""), fw.id)
        index = max(0, self.framework_box.findData(current))
        self.framework_box.setCurrentIndex(index)
        self.framework_box.blockSignals(False)
        self._show_framework()
        self.modules_model.set_rows([ModuleRow(m, grants_text(self.catalogue, m)) for m in self.catalogue.modules])
        fit_columns(self.modules_view)
        self.modules_view.setColumnWidth(ModulesModel.TITLE, 330)

    def current_framework(self) -> Framework | None:
        fid = self.framework_box.currentData()
        return self.catalogue.framework(fid) if self.catalogue and fid else None

    def _show_framework(self) -> None:
        fw = self.current_framework()
        if fw is None or self.catalogue is None:
            self.levels_model.set_rows([])
            self.about.setText(self.tr("No frameworks yet."))
            return
        text = fw.description
        if fw.tags:
            text += "\n" + self.tr("Principles: ") + ", ".join(fw.tags)
        if fw.source:
            text += "\n" + self.tr("Source: ") + fw.source
        self.about.setText(text)
        rows = []
        for lv in fw.levels:
            mods = sorted(m.code for m in self.catalogue.modules_granting(lv.id) if not m.retired)
            rows.append(LevelRow(lv, ", ".join(mods) or self.tr("no module yet")))
        self.levels_model.set_rows(rows)
        fit_columns(self.levels_view)
        self.levels_view.setColumnWidth(LevelsModel.DESCRIPTION, 420)

    def selected_module(self) -> Module | None:
        row = selected_row(self.modules_view)
        return row.module if isinstance(row, ModuleRow) else None

    def add_module(self) -> None:
        assert self.catalogue is not None
        dialog = ModuleDialog(self.catalogue, parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(
                self, self.controller.catalogue.add_module, dialog.fields(), dialog.granted_levels()
            ):
                return

    def edit_module(self) -> None:
        module = self.selected_module()
        if module is None or self.catalogue is None:
            return
        dialog = ModuleDialog(self.catalogue, module, parent=self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(
                self, self.controller.catalogue.update_module, module.id, dialog.fields(), dialog.granted_levels()
            ):
                return

    def toggle_retired(self) -> None:
        module = self.selected_module()
        if module is not None:
            self.controller.apply(self, self.controller.catalogue.set_module_retired, module.id, not module.retired)

    def delete_module(self) -> None:
        module = self.selected_module()
        if module is None:
            return
        usage = self.controller.catalogue.module_usage(module.id)
        self.controller.delete(
            self,
            bool(usage["completions"] or usage["roles"]),
            self.tr("Delete %s %s? This cannot be undone.") % (module.code, module.title),
            self.controller.catalogue.delete_module,
            module.id,
        )

    def rename_level(self) -> None:
        row = selected_row(self.levels_view)
        if not isinstance(row, LevelRow):
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename level"), self.tr("New name for this level:"), text=row.level.name
        )
        if ok:
            self.controller.apply(self, self.controller.catalogue.rename_level, row.level.id, name)

    def rename_framework(self) -> None:
        fw = self.current_framework()
        if fw is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename framework"), self.tr("New name:"), text=fw.name)
        if ok:
            self.controller.apply(self, self.controller.catalogue.rename_framework, fw.id, name)
