"""Roles: what each role requires (a level in each relevant framework, specific modules), how
soon after starting the role each is due (the role's own window, or a stage's: induction,
pre-approval …), and the starter roles a newer version offers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import UserError
from planner.core.i18n import fill
from planner.core.model import REGULATORS, Catalogue, Role, Stage
from planner.core.wording import plural
from planner.services.changes import Changed
from planner.ui.common import (
    REGULATOR_LABELS,
    ask_to_save,
    button,
    fit_columns,
    hint,
    search_box,
    selected_row,
    table_view,
)
from planner.ui.controller import Controller
from planner.ui.flow import flow_row
from planner.ui.table_model import Column, RowsModel


def requirement_summary(catalogue: Catalogue, role: Role) -> str:
    parts = [
        f"{catalogue.framework(r.framework_id).name}: {catalogue.level(r.level_id).name}"
        for r in role.level_requirements
    ]
    parts += [catalogue.module(m).code for m in role.module_requirements]
    return "; ".join(parts)


class RolesModel(RowsModel[tuple[Role, str]]):
    NAME, SECTOR, DUE, REQUIRES, STATUS = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Role"), lambda r: r[0].name),
        Column(QT_TRANSLATE_NOOP("Column", "Sector"), lambda r: r[0].sector),
        Column(
            QT_TRANSLATE_NOOP("Column", "Due within"),
            lambda r: (
                fill(QCoreApplication.translate("Roles", "%1 days"), r[0].due_days)
                + (QCoreApplication.translate("Roles", ", staged") if r[0].stages else "")
            ),
            sort=lambda r: r[0].due_days,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Requires"), lambda r: r[1], tooltip=lambda r: r[1]),
        Column(
            QT_TRANSLATE_NOOP("Column", "Status"),
            lambda r: (
                (
                    QCoreApplication.translate("Roles", "retired")
                    if r[0].retired
                    else QCoreApplication.translate("Roles", "active")
                )
                + (QCoreApplication.translate("Roles", ", example: review locally") if r[0].example else "")
            ),
        ),
    )


KEY_ROLE = Qt.ItemDataRole.UserRole  # ("level", level id) or ("module", module id)


class StagesTable(QTableWidget):
    """Every requirement the role asks for, with its own due window where it has one: days after
    starting the role (negative: before it) and the stage's name. A blank window is the role's."""

    REQUIREMENT, DAYS, STAGE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Requirement"), self.tr("Due (days after start)"), self.tr("Stage")])
        self.setAccessibleName(self.tr("Due windows of each requirement"))
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)
        self.setMinimumHeight(140)

    def show_rows(self, rows: list[tuple[tuple[str, str], str]], stages: dict[tuple[str, str], Stage]) -> None:
        """``rows``: (key, label) of each requirement; ``stages`` their windows, by key."""
        self.setRowCount(len(rows))
        for i, (key, label) in enumerate(rows):
            item = QTableWidgetItem(label)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(KEY_ROLE, key)
            self.setItem(i, self.REQUIREMENT, item)
            stage = stages.get(key)
            self.setItem(i, self.DAYS, QTableWidgetItem("" if stage is None else str(stage.due_days)))
            self.setItem(i, self.STAGE, QTableWidgetItem("" if stage is None else stage.name))
        self.resizeColumnToContents(self.DAYS)

    def stages(self) -> dict[tuple[str, str], Stage]:
        """The windows entered, by key; a ValueError names a row whose days are not a number."""
        out = {}
        for i in range(self.rowCount()):
            key = self.item(i, self.REQUIREMENT).data(KEY_ROLE)
            days_text = (self.item(i, self.DAYS).text() if self.item(i, self.DAYS) else "").strip()
            name = (self.item(i, self.STAGE).text() if self.item(i, self.STAGE) else "").strip()
            if not days_text:
                continue
            try:
                days = int(days_text.replace("+", ""))
            except ValueError:
                raise UserError(
                    self.tr(
                        "“%s” is not a number of days for %s: use a whole number, negative for "
                        "before the role starts, or leave it blank for the role's own window."
                    )
                    % (days_text, self.item(i, self.REQUIREMENT).text())
                ) from None
            kind, ref = key
            out[key] = Stage(
                days, name, level_id=ref if kind == "level" else None, module_id=ref if kind == "module" else None
            )
        return out


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
        self.regulator = QComboBox()
        self.regulator.setAccessibleName(self.tr("Regulator people in this role register with"))
        self.regulator.addItem(self.tr("None"), "")
        for reg in REGULATORS:
            if reg != "none":
                self.regulator.addItem(QCoreApplication.translate("Regulator", REGULATOR_LABELS[reg]), reg)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("S&ector"), self.sector)
        self.form.addRow(self.tr("Re&gulator"), self.regulator)
        self.form.addRow(self.tr("D&ue"), self.due_days)
        self.form.addRow(self.tr("Su&pervision"), self.supervision)
        self.form.addRow("", self.example)
        self.level_boxes: dict[str, QComboBox] = {}
        self.levels_form = QFormLayout()
        self.modules = QListWidget()
        self.modules.setAccessibleName(self.tr("Specific modules the role requires"))
        self.modules.setMinimumHeight(100)
        self.stages_table = StagesTable()
        self.stages_by_key: dict[tuple[str, str], Stage] = {}
        self.save_btn = button(self.tr("&Save requirements"), self.tr("Save role requirements"))
        needs = QWidget()
        nl = QVBoxLayout(needs)
        nl.addWidget(hint(self.tr("Level required in each framework (levels are cumulative):")))
        nl.addLayout(self.levels_form)
        nl.addWidget(hint(self.tr("Specific modules required:")))
        nl.addWidget(self.modules, 1)
        windows = QWidget()
        wl = QVBoxLayout(windows)
        wl.addWidget(
            hint(
                self.tr(
                    "A requirement with its own window: days after starting the role (negative for "
                    "before it starts) and its stage, such as induction or pre-approval. Blank: the "
                    "role's own window."
                )
            )
        )
        wl.addWidget(self.stages_table, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Role requirements"))
        self.tabs.addTab(needs, self.tr("&Levels and modules"))
        self.tabs.addTab(windows, self.tr("Due &windows"))
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addWidget(self.tabs, 1)
        # the save button is placed by the page, below the scrolling form, so it is always in view
        self.catalogue: Catalogue | None = None
        self._start: object = None
        self.modules.itemChanged.connect(lambda _item: self._show_stages())
        self.setEnabled(False)
        self.save_btn.setEnabled(False)

    def show_role(self, catalogue: Catalogue, role: Role | None) -> None:
        self.role = role
        self.catalogue = catalogue
        while self.levels_form.rowCount():
            self.levels_form.removeRow(0)
        self.level_boxes = {}
        self.modules.blockSignals(True)
        self.modules.clear()
        self.modules.blockSignals(False)
        self.stages_by_key = {}
        self.stages_table.setRowCount(0)  # the windows shown belong to the role shown before
        self.setEnabled(role is not None)
        self.save_btn.setEnabled(role is not None)
        if role is None:
            self.name.clear()
            self.sector.clear()
            self.stages_table.setRowCount(0)
            return
        self.name.setText(role.name)
        self.sector.setText(role.sector)
        self.regulator.setCurrentIndex(max(0, self.regulator.findData(role.regulator)))
        self.due_days.setValue(role.due_days)
        self.supervision.setValue(role.supervision_days or 0)
        self.example.setChecked(role.example)
        required = {r.framework_id: r for r in role.level_requirements}
        for fw in catalogue.frameworks:
            box = QComboBox()
            box.setAccessibleName(self.tr("Required level in %s") % fw.name)
            box.addItem(self.tr("Not required"), None)
            for lv in fw.levels:
                box.addItem(f"{lv.rank}. {lv.name}", lv.id)
            req = required.get(fw.id)
            box.setCurrentIndex(max(0, box.findData(req.level_id if req else None)))
            if req is not None and req.source:
                box.setToolTip(self.tr("Source: %s") % req.source)
            box.currentIndexChanged.connect(lambda _i: self._show_stages())
            self.levels_form.addRow(fw.name + (self.tr(" (local scale)") if fw.local_scale else ""), box)
            self.level_boxes[fw.id] = box
        # new boxes join the end of the Tab order, after Save: bring them back into the tab page
        # (Qt places them after the page's own controls; Save stays last)
        before: QWidget = self.tabs
        for box in self.level_boxes.values():
            QWidget.setTabOrder(before, box)
            before = box
        self.modules.blockSignals(True)
        for m in catalogue.modules:
            if m.retired and m.id not in role.module_requirements:
                continue
            item = QListWidgetItem(f"{m.code} {m.title}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in role.module_requirements else Qt.CheckState.Unchecked)
            self.modules.addItem(item)
        self.modules.blockSignals(False)
        self.stages_by_key = {
            (("level", st.level_id) if st.level_id else ("module", st.module_id or "")): st for st in role.stages
        }
        self._show_stages()
        self._start = self._snapshot()

    def _snapshot(self) -> object:
        try:
            fields, levels, modules, stages = self.values()
        except UserError:
            return None  # a window being typed that is not a number yet: unsaved by definition
        return (
            fields,
            levels,
            sorted(modules),
            sorted((s.level_id or "", s.module_id or "", s.due_days, s.name) for s in stages),
        )

    def is_dirty(self) -> bool:
        """Whether what is on screen differs from the role as saved."""
        return self.role is not None and self._snapshot() != self._start

    def _checked_modules(self) -> list[str]:
        return [
            self.modules.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.modules.count())
            if self.modules.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _show_stages(self) -> None:
        """One row per level and module the role asks for as chosen now, keeping what was typed."""
        if self.catalogue is None or self.role is None:
            return
        try:
            self.stages_by_key.update(self.stages_table.stages())
        except UserError:
            pass  # keep the earlier value; the mistake is reported on saving
        rows: list[tuple[tuple[str, str], str]] = []
        for fw in self.catalogue.frameworks:
            box = self.level_boxes.get(fw.id)
            if box is None or not box.currentData():
                continue
            target = self.catalogue.level(box.currentData()).rank
            rows += [(("level", lv.id), f"{fw.name} – {lv.name}") for lv in fw.levels_up_to(target)]
        for module_id in self._checked_modules():
            m = self.catalogue.module(module_id)
            rows.append((("module", m.id), f"{m.code} {m.title}"))
        self.stages_table.show_rows(rows, self.stages_by_key)

    def values(self) -> tuple[dict[str, object], dict[str, str], list[str], list[Stage]]:
        """What is on screen; a ValueError if a window is not a number."""
        fields = {
            "name": self.name.text().strip(),
            "sector": self.sector.text().strip(),
            "due_days": self.due_days.value(),
            "example": self.example.isChecked(),
            "supervision_days": self.supervision.value() or None,
            "regulator": self.regulator.currentData(),
        }
        levels = {fid: box.currentData() for fid, box in self.level_boxes.items() if box.currentData()}
        return fields, levels, self._checked_modules(), list(self.stages_table.stages().values())


class RolesView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalogue: Catalogue | None = None
        self.model = RolesModel()
        self.view, self.proxy = table_view(self.model, self.tr("Roles"))
        # long role names that begin alike ("Early learning and childcare …") keep their ends in view
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.filter = search_box(self.tr("Filter roles"), self.tr("Filter roles"))
        self.add_btn = button(self.tr("&Add role…"), self.tr("Add role"))
        self.retire_btn = button(self.tr("&Retire"), self.tr("Retire or restore role"))
        self.delete_btn = button(self.tr("&Delete…"), self.tr("Delete role"))
        self.editor = RoleEditor()
        self.notice = hint("")
        self.updates_note = hint("")
        self.updates_btn = button(self.tr("Add new starter &roles…"), self.tr("Add new starter roles and modules"))
        self.updates_btn.clicked.connect(self.add_starter_roles)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.notice)
        self.updates_note.setWordWrap(True)
        ll.addWidget(self.updates_note)
        ll.addLayout(flow_row(self.updates_btn))
        self.filter.setMinimumWidth(140)
        ll.addLayout(flow_row(self.filter, self.add_btn, self.retire_btn, self.delete_btn))
        ll.addWidget(self.view)
        splitter = QSplitter()
        splitter.addWidget(left)
        # a long form: on a short screen or with a large font it scrolls, never runs off the screen
        self.editor_area = QScrollArea()
        self.editor_area.setAccessibleName(self.tr("Requirements of the selected role"))
        self.editor_area.setWidget(self.editor)
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_area.setMinimumWidth(
            self.editor.minimumSizeHint().width() + self.editor_area.verticalScrollBar().sizeHint().width()
        )
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.editor_area, 1)
        rl.addWidget(self.editor.save_btn, 0, Qt.AlignmentFlag.AlignRight)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 500])  # the editor needs the room; the list shows names and sectors
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter.textChanged.connect(self.proxy.set_text)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.add_btn.clicked.connect(self.add_role)
        self.retire_btn.clicked.connect(self.toggle_retired)
        self.delete_btn.clicked.connect(self.delete_role)
        self.editor.save_btn.clicked.connect(self.save_role)
        controller.data_changed.connect(self._on_changed)
        self._refreshing = False
        self.refresh()

    def _on_changed(self, changed: Changed) -> None:
        if changed & Changed.CATALOGUE:
            self.refresh()

    def refresh(self) -> None:
        self._refreshing = True  # showing what is saved now: nothing to ask about
        try:
            self._refresh()
        finally:
            self._refreshing = False

    def _refresh(self) -> None:
        selected = self.selected_role()
        self.catalogue = self.controller.catalogue.load()
        self.notice.setText(self.controller.catalogue.notice())
        offered = self.controller.starter.updates()
        self.updates_note.setText(
            self.tr(
                "This version offers %s and %s your organisation does not have yet. Your own roles stay as they are."
            )
            % (plural(len(offered.roles), "starter role"), plural(len(offered.modules), "module"))
        )
        self.updates_note.setVisible(bool(offered))
        self.updates_btn.setVisible(bool(offered))
        self.model.set_rows([(r, requirement_summary(self.catalogue, r)) for r in self.catalogue.roles])
        fit_columns(self.view)
        self.view.setColumnWidth(RolesModel.REQUIRES, 360)
        if selected is not None:
            self.select_role(selected.id)
        elif self.proxy.rowCount():
            self.view.selectRow(0)
            self._show_selected()
        else:
            self._show_selected()

    def select_role(self, role_id: str) -> None:
        """Select a role and show it; a change of selection shows it (asking first about edits
        not saved), so it is shown here only when the row was already selected."""
        before = self.selected_role()
        self.select_role_row(role_id)
        if before is not None and before.id == role_id and (self.editor.role is None or self.editor.role.id != role_id):
            self._show_selected()

    def selected_role(self) -> Role | None:
        row = selected_row(self.view)
        return row[0] if isinstance(row, tuple) else None

    def _show_selected(self) -> None:
        if self.catalogue is None:
            return
        chosen = self.selected_role()
        editing = self.editor.role
        if (
            editing is not None
            and (chosen is None or chosen.id != editing.id)
            and not self._refreshing
            and self.editor.is_dirty()
        ):
            answer = ask_to_save(self, self.tr("The role %s has changes that are not saved.") % editing.name)
            if answer == "cancel":  # stay on the role being edited
                self.view.selectionModel().blockSignals(True)
                self.select_role_row(editing.id)
                self.view.selectionModel().blockSignals(False)
                return
            if answer == "save" and not self.save_role():
                self.view.selectionModel().blockSignals(True)
                self.select_role_row(editing.id)
                self.view.selectionModel().blockSignals(False)
                return
        self.editor.show_role(self.catalogue, self.selected_role())

    def unsaved(self) -> str | None:
        """What would be lost by leaving the page now (None: nothing)."""
        return self.tr("the role %s") % self.editor.role.name if self.editor.is_dirty() and self.editor.role else None

    def save_unsaved(self) -> bool:
        return self.save_role()

    def discard_unsaved(self) -> None:
        if self.catalogue is not None:
            self.editor.show_role(self.catalogue, self.editor.role)

    def select_role_row(self, role_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row(self.proxy.mapToSource(index).row())[0].id == role_id:
                flags = QItemSelectionModel.SelectionFlag
                self.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
                return

    def save_role(self) -> bool:
        role = self.editor.role
        if role is None:
            return False
        try:
            fields, levels, modules, stages = self.editor.values()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        return self.controller.apply(
            self, self.controller.catalogue.update_role, role.id, fields, levels, modules, stages
        )

    def add_role(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add role"), self.tr("Name of the new role:"))
        if not ok or not name.strip():
            return
        code = "-".join(name.lower().split())[:40]
        if self.controller.apply(
            self, self.controller.catalogue.add_role, {"code": code, "name": name.strip()}, {}, []
        ):
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
        self.controller.delete(
            self,
            bool(self.controller.catalogue.role_usage(role.id)),
            self.tr("Delete the role %s? This cannot be undone.") % role.name,
            self.controller.catalogue.delete_role,
            role.id,
        )

    def add_starter_roles(self) -> None:
        offered = self.controller.starter.updates()
        dialog = StarterUpdatesDialog(offered.roles, offered.modules, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            roles, modules = dialog.chosen()
            if self.controller.apply(self, self.controller.starter.add, roles, modules):
                return


class StarterUpdatesDialog(QDialog):
    """Pick which new starter roles and modules to add; none is ticked to start with."""

    def __init__(
        self, roles: list[tuple[str, str]], modules: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New starter roles and modules"))
        self.lists: dict[str, QListWidget] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Tick what to add. A role brings the modules it needs with it. Nothing you have changed is touched."
                )
            )
        )
        for kind, items, label in (("roles", roles, self.tr("Roles")), ("modules", modules, self.tr("Modules"))):
            box = QListWidget()
            box.setAccessibleName(self.tr("New starter %s to add") % kind)
            for code, name in items:
                item = QListWidgetItem(f"{name} ({code})")
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                box.addItem(item)
            self.lists[kind] = box
            layout.addWidget(hint(label + ":"))
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add ticked"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def chosen(self) -> tuple[list[str], list[str]]:
        def ticked(box: QListWidget) -> list[str]:
            return [
                box.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked
            ]

        return ticked(self.lists["roles"]), ticked(self.lists["modules"])
