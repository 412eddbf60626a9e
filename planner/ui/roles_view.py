"""Roles: what each role requires (a level in each relevant framework, specific modules) and
how soon after starting the role it is due."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import Catalogue, Role
from planner.services.changes import Changed
from planner.ui.common import button, hint, search_box, selected_row, table_view
from planner.ui.controller import Controller
from planner.ui.table_model import Column, RowsModel


def requirement_summary(catalogue: Catalogue, role: Role) -> str:
    parts = [f"{catalogue.framework(r.framework_id).name}: {catalogue.level(r.level_id).name}" for r in role.level_requirements]
    parts += [catalogue.module(m).code for m in role.module_requirements]
    return "; ".join(parts)


class RolesModel(RowsModel[tuple[Role, str]]):
    NAME, SECTOR, DUE, REQUIRES, STATUS = range(5)
    COLUMNS = (
        Column("Role", lambda r: r[0].name),
        Column("Sector", lambda r: r[0].sector),
        Column("Due within", lambda r: f"{r[0].due_days} days", sort=lambda r: r[0].due_days, align_right=True),
        Column("Requires", lambda r: r[1], tooltip=lambda r: r[1]),
        Column("Status", lambda r: ("retired" if r[0].retired else "active") + (", example: review locally" if r[0].example else "")),
    )


class RoleEditor(QGroupBox):
    """The selected role's requirements, editable; Save writes them in one transaction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Requirements of the selected role"))
        self.role: Role | None = None
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Role name"))
        self.sector = QLineEdit()
        self.sector.setAccessibleName(self.tr("Sector"))
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 3650)
        self.due_days.setSuffix(self.tr(" days after starting the role"))
        self.due_days.setAccessibleName(self.tr("Due window in days"))
        self.supervision = QSpinBox()
        self.supervision.setRange(0, 730)
        self.supervision.setSpecialValueText(self.tr("no target"))
        self.supervision.setSuffix(self.tr(" days between sessions"))
        self.supervision.setAccessibleName(self.tr("Reflective supervision target in days"))
        self.example = QCheckBox(self.tr("Example mapping: review locally"))
        self.example.setAccessibleName(self.tr("Example mapping"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("S&ector"), self.sector)
        self.form.addRow(self.tr("D&ue"), self.due_days)
        self.form.addRow(self.tr("Su&pervision"), self.supervision)
        self.form.addRow("", self.example)
        self.level_boxes: dict[str, QComboBox] = {}
        self.levels_form = QFormLayout()
        self.modules = QListWidget()
        self.modules.setAccessibleName(self.tr("Specific modules the role requires"))
        self.save_btn = button(self.tr("&Save requirements"), self.tr("Save role requirements"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(hint(self.tr("Level required in each framework (levels are cumulative):")))
        layout.addLayout(self.levels_form)
        layout.addWidget(hint(self.tr("Specific modules required:")))
        layout.addWidget(self.modules, 1)
        layout.addWidget(self.save_btn)
        self.setEnabled(False)

    def show_role(self, catalogue: Catalogue, role: Role | None) -> None:
        self.role = role
        while self.levels_form.rowCount():
            self.levels_form.removeRow(0)
        self.level_boxes = {}
        self.modules.clear()
        self.setEnabled(role is not None)
        if role is None:
            self.name.clear()
            self.sector.clear()
            return
        self.name.setText(role.name)
        self.sector.setText(role.sector)
        self.due_days.setValue(role.due_days)
        self.supervision.setValue(role.supervision_days or 0)
        self.example.setChecked(role.example)
        required = {r.framework_id: r.level_id for r in role.level_requirements}
        for fw in catalogue.frameworks:
            box = QComboBox()
            box.setAccessibleName(self.tr("Required level in %s") % fw.name)
            box.addItem(self.tr("Not required"), None)
            for lv in fw.levels:
                box.addItem(f"{lv.rank}. {lv.name}", lv.id)
            box.setCurrentIndex(max(0, box.findData(required.get(fw.id))))
            self.levels_form.addRow(fw.name, box)
            self.level_boxes[fw.id] = box
        for m in catalogue.modules:
            if m.retired and m.id not in role.module_requirements:
                continue
            item = QListWidgetItem(f"{m.code} {m.title}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in role.module_requirements else Qt.CheckState.Unchecked)
            self.modules.addItem(item)

    def values(self) -> tuple[dict[str, object], dict[str, str], list[str]]:
        fields = {"name": self.name.text().strip(), "sector": self.sector.text().strip(),
                  "due_days": self.due_days.value(), "example": self.example.isChecked(),
                  "supervision_days": self.supervision.value() or None}
        levels = {fid: box.currentData() for fid, box in self.level_boxes.items() if box.currentData()}
        modules = [
            self.modules.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.modules.count())
            if self.modules.item(i).checkState() == Qt.CheckState.Checked
        ]
        return fields, levels, modules


class RolesView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalogue: Catalogue | None = None
        self.model = RolesModel()
        self.view, self.proxy = table_view(self.model, self.tr("Roles"))
        self.filter = search_box(self.tr("Filter roles"), self.tr("Filter roles"))
        self.add_btn = button(self.tr("&Add role…"), self.tr("Add role"))
        self.retire_btn = button(self.tr("&Retire"), self.tr("Retire or restore role"))
        self.delete_btn = button(self.tr("&Delete…"), self.tr("Delete role"))
        self.editor = RoleEditor()
        self.notice = hint("")

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.notice)
        actions = QHBoxLayout()
        actions.addWidget(self.filter, 1)
        for b in (self.add_btn, self.retire_btn, self.delete_btn):
            actions.addWidget(b)
        ll.addLayout(actions)
        ll.addWidget(self.view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.add_btn.clicked.connect(self.add_role)
        self.retire_btn.clicked.connect(self.toggle_retired)
        self.delete_btn.clicked.connect(self.delete_role)
        self.editor.save_btn.clicked.connect(self.save_role)
        controller.data_changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & Changed.CATALOGUE:
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected_role()
        self.catalogue = self.controller.catalogue.load()
        self.notice.setText(self.controller.catalogue.notice())
        self.model.set_rows([(r, requirement_summary(self.catalogue, r)) for r in self.catalogue.roles])
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(RolesModel.REQUIRES, 360)
        if selected is not None:
            self.select_role(selected.id)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
            self._show_selected()
        else:
            self._show_selected()

    def select_role(self, role_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row(self.proxy.mapToSource(index).row())[0].id == role_id:
                self.view.selectRow(row)
                self.view.setCurrentIndex(index)
                break
        self._show_selected()

    def selected_role(self) -> Role | None:
        row = selected_row(self.view)
        return row[0] if isinstance(row, tuple) else None

    def _show_selected(self) -> None:
        if self.catalogue is not None:
            self.editor.show_role(self.catalogue, self.selected_role())

    def save_role(self) -> None:
        role = self.editor.role
        if role is None:
            return
        fields, levels, modules = self.editor.values()
        self.controller.apply(self, self.controller.catalogue.update_role, role.id, fields, levels, modules)

    def add_role(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add role"), self.tr("Name of the new role:"))
        if not ok or not name.strip():
            return
        code = "-".join(name.lower().split())[:40]
        if self.controller.apply(self, self.controller.catalogue.add_role, {"code": code, "name": name.strip()}, {}, []):
            assert self.catalogue is not None
            role = next((r for r in self.catalogue.roles if r.code == code), None)
            if role:
                self.select_role(role.id)
                self.editor.due_days.setFocus()

    def toggle_retired(self) -> None:
        role = self.selected_role()
        if role is not None:
            self.controller.apply(self, self.controller.catalogue.set_role_retired, role.id, not role.retired)

    def delete_role(self) -> None:
        role = self.selected_role()
        if role is None:
            return
        self.controller.delete(self, bool(self.controller.catalogue.role_usage(role.id)),
                               self.tr("Delete the role %s? This cannot be undone.") % role.name,
                               self.controller.catalogue.delete_role, role.id)
