"""File ▸ Import…: staff from an HR export, or completions from a learning system, in three
steps on one page: choose the file, check which column is which, then preview every row's
outcome (with the line and reason of each rejected one) before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import UserError
from planner.core.importing import RowOutcome
from planner.services.changes import Changed
from planner.services.importing import KINDS, Preview, Table
from planner.ui.common import button, fit_columns, heading, hint, table_view
from planner.ui.controller import Controller
from planner.ui.flow import flow_row
from planner.ui.printing import run_job
from planner.ui.table_model import Column, RowsModel

IGNORE = QT_TRANSLATE_NOOP("Import", "— not imported —")
PAIRS_PER_ROW = 2  # column header and its field, twice a line
BACKGROUND_ROWS = 5_000  # files this long are previewed on a worker thread
OUTCOME_MARK = {
    "new": QT_TRANSLATE_NOOP("Import", "＋ new"),
    "updated": QT_TRANSLATE_NOOP("Import", "✎ updated"),
    "unchanged": QT_TRANSLATE_NOOP("Import", "= unchanged"),
    "rejected": QT_TRANSLATE_NOOP("Import", "✖ rejected"),
    "leaver": QT_TRANSLATE_NOOP("Import", "→ leaves"),
}


class PreviewModel(RowsModel[RowOutcome]):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Column", "Line"),
            lambda r: str(r.line) if r.line else "—",
            sort=lambda r: r.line,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Outcome"),
            lambda r: QCoreApplication.translate("Import", OUTCOME_MARK.get(r.outcome, r.outcome)),
            sort=lambda r: r.outcome,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Staff no."), lambda r: r.staff_no),
        Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("Column", "What happens"), lambda r: _what(r)),
    )


def _what(r: RowOutcome) -> str:
    if r.reason:
        return r.reason
    parts = [f"{k}: {a or '—'} → {b}" for k, (a, b) in r.changes.items()]
    return "; ".join(parts + r.notes)


class ImportDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None, kind: str = "staff") -> None:
        super().__init__(parent)
        self.controller = controller
        self.service = controller.services.imports
        self.table: Table | None = None
        self.preview: Preview | None = None
        self.imported: Preview | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setAccessibleName(self.tr("Import staff or completions"))
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(900, room.width() - 40) if room else 900, min(640, room.height() - 60) if room else 640)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("1. Choose the file")))
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to import"))
        self.kind.addItem(self.tr("Staff, from an HR export"), "staff")
        self.kind.addItem(self.tr("Completions, from a learning system's export"), "completions")
        self.kind.setCurrentIndex(0 if kind == "staff" else 1)
        form.addRow(self.tr("&Import:"), self.kind)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("A CSV or XLSX file"))
        self.browse = button(self.tr("&Browse…"), self.tr("Choose the file to import"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(self.tr("&File:"), row)
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(self.path)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet of the workbook"))
        form.addRow(self.tr("&Sheet:"), self.sheet)
        layout.addLayout(form)
        self.file_note = hint("")
        layout.addWidget(self.file_note)

        layout.addWidget(heading(self.tr("2. Which column is which")))
        self.columns_box = QWidget()
        self.columns_grid = QGridLayout(self.columns_box)
        self.columns_grid.setContentsMargins(4, 4, 4, 4)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Which column is which"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_box)
        scroll.setMinimumHeight(self.fontMetrics().height() * 4)
        scroll.setMaximumHeight(self.fontMetrics().height() * 9)
        layout.addWidget(scroll)
        self.titles = QTableWidget(0, 2)
        self.titles.setAccessibleName(self.tr("Titles to map"))
        self.titles.setMaximumHeight(self.fontMetrics().height() * 7)
        self.titles.verticalHeader().setVisible(False)
        self.titles.horizontalHeader().setStretchLastSection(True)
        self.titles_label = QLabel()
        self.titles_label.setWordWrap(True)
        layout.addWidget(self.titles_label)
        layout.addWidget(self.titles)
        self.titles.setVisible(False)  # until a preview finds titles to map
        self.full_export = QCheckBox(
            self.tr("The file lists &everyone: people missing from it leave on the file's date")
        )
        self.skip = QCheckBox(self.tr("Import the other rows when some are &rejected"))
        self.confirm_leavers = QCheckBox(self.tr("Yes, all those people &leave"))
        self.confirm_leavers.setVisible(False)
        layout.addLayout(flow_row(self.full_export, self.skip, self.confirm_leavers))

        layout.addWidget(heading(self.tr("3. Preview")))
        self.preview_btn = button(self.tr("&Preview"), self.tr("Preview what the import would do"))
        self.summary = QLabel(self.tr("Choose a file, then Preview: nothing is written until you import."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Preview summary"))
        layout.addWidget(self.preview_btn, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        self.model = PreviewModel()
        self.view, _ = table_view(self.model, self.tr("Every row of the file and what would happen to it"))
        layout.addWidget(self.view, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_btn = self.buttons.addButton(self.tr("I&mport"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_btn.setAccessibleName(self.tr("Import the rows as previewed"))
        self.import_btn.setEnabled(False)
        layout.addWidget(self.buttons)

        self.browse.clicked.connect(self.choose_file)
        self.path.editingFinished.connect(lambda: self.load(self.path.text()))
        self.kind.currentIndexChanged.connect(lambda _i: self.load(self.path.text()))
        self.sheet.activated.connect(lambda _i: self.load(self.path.text(), self.sheet.currentText()))
        self.preview_btn.clicked.connect(self.run_preview)
        self.skip.toggled.connect(lambda _on: self._enable_import())
        self.confirm_leavers.toggled.connect(lambda _on: self._enable_import())
        self.full_export.toggled.connect(lambda _on: self._stale())
        self.buttons.rejected.connect(self.reject)
        self.import_btn.clicked.connect(self.run_import)
        self._show_kind()

    # -- step 1 ----------------------------------------------------------------------------------
    @property
    def kind_key(self) -> str:
        return str(self.kind.currentData())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), str(Path.home()), self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)")
        )
        if path:
            self.path.setText(path)
            self.load(path)

    def load(self, path: str, sheet: str | None = None) -> bool:
        """Read the file and show its columns; False (with the reason shown) if it cannot be read."""
        self._show_kind()
        self.table = None
        self._stale()
        if not path.strip():
            return False
        try:
            self.table = self.service.read(path.strip(), self.kind_key, sheet)
        except UserError as exc:
            self.file_note.setText(str(exc))
            self._fill_columns({})
            return False
        t = self.table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(t.sheets)
        if t.sheet:
            self.sheet.setCurrentText(t.sheet)
        self.sheet.setEnabled(bool(t.sheets))
        self.sheet.blockSignals(False)
        self.file_note.setText(
            self.tr("%s: %d rows below the headers on line %d (%s).")
            % (t.path.name, len(t.rows), t.header_line, t.encoding)
            + (" " + t.note if t.note else "")
        )
        self._fill_columns(self.service.columns(t, self.kind_key))
        return True

    def _show_kind(self) -> None:
        staff = self.kind_key == "staff"
        self.full_export.setVisible(staff)
        self.titles.setHorizontalHeaderLabels(
            [self.tr("Job title"), self.tr("Role")] if staff else [self.tr("Course"), self.tr("Module")]
        )

    # -- step 2 ----------------------------------------------------------------------------------
    def _fill_columns(self, columns: dict[int, str]) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.column_boxes: list[QComboBox] = []
        if self.table is None:
            return
        fields = KINDS[self.kind_key]
        for i, header in enumerate(self.table.headers):
            box = QComboBox()
            box.addItem(QCoreApplication.translate("Import", IGNORE), "")
            for key, label in fields.items():
                box.addItem(label, key)
            chosen = columns.get(i, "")
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.setAccessibleName(self.tr("Field for the column %s") % (header or i + 1))
            box.currentIndexChanged.connect(lambda _i: self._stale())
            label = QLabel(header or self.tr("(column %d)") % (i + 1))
            label.setBuddy(box)
            row, col = divmod(i, PAIRS_PER_ROW)
            self.columns_grid.addWidget(label, row, col * 2)
            self.columns_grid.addWidget(box, row, col * 2 + 1)
            self.column_boxes.append(box)

    def chosen_columns(self) -> dict[int, str]:
        return {i: str(b.currentData()) for i, b in enumerate(getattr(self, "column_boxes", [])) if b.currentData()}

    def _fill_titles(self, preview: Preview) -> None:
        staff = preview.kind == "staff"
        catalogue = self.controller.catalogue.load()
        choices = (
            [(r.code, r.name) for r in sorted(catalogue.roles, key=lambda r: r.name.casefold())]
            if staff
            else [(m.code, f"{m.code} {m.title}") for m in sorted(catalogue.modules, key=lambda m: m.code)]
        )
        self.titles.setRowCount(0)
        for title, count in preview.unmapped.most_common():
            row = self.titles.rowCount()
            self.titles.insertRow(row)
            item = QTableWidgetItem(f"{title} ({count})")
            item.setData(Qt.ItemDataRole.UserRole, title)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.titles.setItem(row, 0, item)
            box = QComboBox()
            box.setAccessibleName(self.tr("What %s maps to") % title)
            box.addItem(self.tr("— choose, then Preview again —"), "")
            for code, label in choices:
                box.addItem(label, code)
            box.currentIndexChanged.connect(lambda _i: self._stale())
            self.titles.setCellWidget(row, 1, box)
        self.titles_label.setText(
            (
                self.tr("Job titles with no role yet: these people are imported without the role until you map it.")
                if staff
                else self.tr("Courses not matched to a module: their rows are rejected until you map them.")
            )
            if preview.unmapped
            else ""
        )
        self.titles.setVisible(bool(preview.unmapped))
        fit_columns_table(self.titles)

    def _save_title_mappings(self) -> None:
        chosen = {}
        for row in range(self.titles.rowCount()):
            box = self.titles.cellWidget(row, 1)
            title = self.titles.item(row, 0).data(Qt.ItemDataRole.UserRole)
            if isinstance(box, QComboBox) and box.currentData():
                chosen[str(title)] = str(box.currentData())
        if chosen:
            if self.kind_key == "staff":
                self.service.map_titles(job_titles=chosen)
            else:
                self.service.map_titles(courses=chosen)

    # -- step 3 ----------------------------------------------------------------------------------
    def _stale(self) -> None:
        self.preview = None
        self.import_btn.setEnabled(False)

    def run_preview(self) -> bool:
        """Preview the file: on the spot for an ordinary file, on a worker thread (with a busy
        indicator) for a large one, so the window never freezes."""
        if self.table is None and not self.load(self.path.text()):
            QMessageBox.information(self, self.tr("Import"), self.file_note.text() or self.tr("Choose a file first."))
            return False
        assert self.table is not None
        try:
            self._save_title_mappings()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import"), str(exc))
            return False
        table, columns = self.table, self.chosen_columns()
        kind, full = self.kind_key, self.full_export.isChecked()
        if len(table.rows) < BACKGROUND_ROWS:
            try:
                self._show_preview(_preview(self.service, kind, table, columns, full))
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Import"), str(exc))
                return False
            return True
        services = self.controller.services

        def work(_progress: Any) -> Preview:
            reader = services.reader()  # a connection of its own, for the worker thread
            try:
                return _preview(reader.imports, kind, table, columns, full)
            finally:
                if reader is not services:
                    reader.close()

        self.preview_task = run_job(self, self.tr("Previewing %d rows…") % len(table.rows), work, self._show_preview)
        return True

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        fit_columns(self.view)
        self.summary.setText(preview.summary() + "." + (" " + preview.mass_leavers if preview.mass_leavers else ""))
        self.confirm_leavers.setVisible(bool(preview.mass_leavers))
        self.confirm_leavers.setChecked(False)
        self._fill_titles(preview)
        self._enable_import()

    def _enable_import(self) -> None:
        p = self.preview
        self.import_btn.setEnabled(
            p is not None
            and bool(p.plan)
            and (not p.rejected or self.skip.isChecked())
            and (not p.mass_leavers or self.confirm_leavers.isChecked())
            and not self.controller.services.read_only
        )

    def run_import(self) -> None:
        if self.preview is None or self.table is None:
            return
        table, columns = self.table, self.chosen_columns()
        kind, full, skip = self.kind_key, self.full_export.isChecked(), self.skip.isChecked()
        confirm = self.confirm_leavers.isChecked()
        result: dict[str, Preview] = {}

        def apply() -> Changed:
            self.controller.services.backups.make("before-import")
            if kind == "staff":
                result["p"] = self.service.apply_staff(table, columns, full, skip, confirm)
            else:
                result["p"] = self.service.apply_completions(table, columns, skip)
            self.service.remember_columns(table, kind, columns)
            return Changed.PEOPLE | Changed.RECORDS

        if self.controller.apply(self, apply):
            self.imported = result["p"]
            QMessageBox.information(self, self.tr("Imported"), self.tr("Imported: %s.") % self.imported.summary())
            self.accept()


def _preview(service: Any, kind: str, table: Table, columns: dict[int, str], full: bool) -> Preview:
    if kind == "staff":
        return service.preview_staff(table, columns, full)
    return service.preview_completions(table, columns)


def fit_columns_table(table: QTableWidget) -> None:
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def open_import(controller: Controller, parent: QWidget, kind: str = "staff") -> Any:
    dialog = ImportDialog(controller, parent, kind)
    dialog.exec()
    return dialog.imported
