"""My learning: a worker's CPL entries, newest first, filterable, with running totals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from planner.core.cpl import CPL_TYPES, CplEntry, topic_name
from planner.core.history import coverage
from planner.core.hours import total
from planner.core.model import Catalogue, Worker
from planner.core.wording import plural
from planner.services.changes import Changed
from planner.ui.common import button, fit_columns, follow_selection, hint, on_delete_key, selected_row, table_view
from planner.ui.controller import Controller
from planner.ui.cpl_dialog import CplEntryDialog
from planner.ui.flow import FlowLayout, flow_row
from planner.ui.presentation import hours, uk_date
from planner.ui.table_model import Column, RowsModel
from planner.ui.undo import UndoableDeletes

ALL = "__all__"


def draft_key(worker_id: str, entry_id: str | None) -> str:
    return f"cpl:{entry_id}" if entry_id else f"cpl:new:{worker_id}"


def _reflection_word(entry: CplEntry, written: bool) -> str:
    if entry.reflection_shared and written:
        return "✎ " + QCoreApplication.translate("Learning", "written, shared")
    return (
        "✎ " + QCoreApplication.translate("Learning", "written")
        if written
        else "— " + QCoreApplication.translate("Learning", "none yet")
    )


def _reflection_text(entry: CplEntry) -> str:
    """A reflection's text where this copy holds it: the worker's own, or one they shared."""
    parts = [t for t in (entry.learned, entry.practice_change, entry.prompt_response) if t.strip()]
    return "\n\n".join(parts)


class EntriesModel(RowsModel[tuple[CplEntry, str, bool]]):
    """Rows are (entry, what it covers, reflection written)."""

    DATE, TITLE, TYPE, HOURS, PARTICIPATORY, COVERS, REFLECTION, EVIDENCE = range(8)
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("Column", "Date"), lambda r: uk_date(r[0].occurred_on), sort=lambda r: r[0].occurred_on
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Title"), lambda r: r[0].title, tooltip=lambda r: r[0].title),
        Column(QT_TRANSLATE_NOOP("Column", "Type"), lambda r: r[0].kind),
        Column(
            QT_TRANSLATE_NOOP("Column", "Hours"),
            lambda r: hours(r[0].hours),
            sort=lambda r: r[0].hours,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Participatory"), lambda r: "yes" if r[0].participatory else "no"),
        Column(QT_TRANSLATE_NOOP("Column", "Covers"), lambda r: r[1], tooltip=lambda r: r[1]),
        Column(
            QT_TRANSLATE_NOOP("Column", "Reflection"),
            lambda r: _reflection_word(r[0], r[2]),
            tooltip=lambda r: _reflection_text(r[0]),
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Evidence"),
            lambda r: plural(r[0].evidence_count, "file") if r[0].evidence_count else "",
            sort=lambda r: r[0].evidence_count,
        ),
    )


class LearningPanel(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.worker: Worker | None = None
        self.catalogue: Catalogue | None = None
        self.all_entries: list[CplEntry] = []

        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Filter by year"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter by type"))
        self.kind.addItem(self.tr("All types"), ALL)
        for k in CPL_TYPES:
            self.kind.addItem(k, k)
        self.framework = QComboBox()
        self.framework.setAccessibleName(self.tr("Filter by framework"))
        self.model = EntriesModel()
        self.view, self.proxy = table_view(self.model, self.tr("Learning entries"))
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totals"))
        self.add_btn = button(self.tr("&Record learning…"), self.tr("Record learning"), tip="Ctrl+N")
        self.edit_btn = button(self.tr("&Edit…"), self.tr("Edit learning entry"))
        self.delete_btn = button(self.tr("&Delete"), self.tr("Delete learning entry"), tip="Delete")
        self.undo_btn = button(self.tr("&Undo delete"), self.tr("Undo delete"), tip="Ctrl+Z")
        self.evidence_btn = button(self.tr("Open e&vidence"), self.tr("Open evidence"))
        self.empty = hint(
            self.tr(
                "No learning recorded yet. Use “Record learning…” to add a course, some "
                "reading, shadowing or anything else you learned from."
            )
        )

        filters = FlowLayout()
        for label, box in (
            (self.tr("Year"), self.year),
            (self.tr("Type"), self.kind),
            (self.tr("Framework"), self.framework),
        ):
            lab = QLabel(label + ":")
            lab.setBuddy(box)
            filters.add_pair(lab, box)
        actions = flow_row(self.add_btn, self.edit_btn, self.delete_btn, self.undo_btn, self.evidence_btn)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)

        for box in (self.year, self.kind, self.framework):
            box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.add_btn.clicked.connect(self.add_entry)
        self.edit_btn.clicked.connect(self.edit_entry)
        self.view.doubleClicked.connect(lambda _i: self.edit_entry())
        self.delete_btn.clicked.connect(self.delete_entry)
        self.undo_btn.clicked.connect(self.undo_delete)
        self.evidence_btn.clicked.connect(self.open_evidence)
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.add_entry),
            (QKeySequence.StandardKey.Undo, self.undo_delete),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        on_delete_key(self.view, self.delete_entry, self.undo_delete)
        follow_selection(self.view, (self.edit_btn, self.delete_btn))
        follow_selection(self.view, (self.evidence_btn,), lambda row: row[0].evidence_count > 0)
        self.deletes = UndoableDeletes(
            controller, self, self.undo_btn, controller.learning.delete_entry, controller.learning.undo_delete_entry
        )

    def show_worker(self, worker: Worker | None) -> None:
        if worker is None or self.worker is None or worker.id != self.worker.id:
            self.deletes.clear()
        self.worker = worker
        self.refresh()

    def refresh(self) -> None:
        self.catalogue = self.controller.catalogue.load()
        current_fw = self.framework.currentData()
        self.framework.blockSignals(True)
        self.framework.clear()
        self.framework.addItem(self.tr("All frameworks"), ALL)
        for fw in self.catalogue.frameworks:
            self.framework.addItem(fw.name, fw.code)
        self.framework.setCurrentIndex(max(0, self.framework.findData(current_fw)))
        self.framework.blockSignals(False)
        if self.worker is None:
            self.all_entries = []
        else:
            self.all_entries = self.controller.learning.entries(
                self.worker.id, with_reflections=self.controller.personal
            )
            self._written = self.controller.learning.reflection_written(self.worker.id)
        years = sorted({e.occurred_on.year for e in self.all_entries}, reverse=True)
        current_year = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), ALL)
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(current_year)))
        self.year.blockSignals(False)
        self.add_btn.setEnabled(self.worker is not None)
        self.apply_filter()

    def _covers(self, e: CplEntry) -> str:
        """The module it completes, then every framework and topic it covers (its module's too)."""
        assert self.catalogue is not None
        names = {fw.code: fw.name for fw in self.catalogue.frameworks}
        full = coverage(e, self.catalogue)
        parts = (
            [self.catalogue.module(e.module_id).code] if e.module_id and self.catalogue.has_module(e.module_id) else []
        )
        parts += [names.get(c, c) for c in full.frameworks]
        parts += [topic_name(t) for t in full.topics if t not in full.frameworks]
        return ", ".join(parts)

    def apply_filter(self) -> None:
        year, kind, fw = self.year.currentData(), self.kind.currentData(), self.framework.currentData()
        assert self.catalogue is not None
        catalogue = self.catalogue
        shown = [
            e
            for e in self.all_entries
            if (year in (None, ALL) or e.occurred_on.year == year)
            and (kind in (None, ALL) or e.kind == kind)
            and (fw in (None, ALL) or fw in coverage(e, catalogue).frameworks)
        ]
        written = getattr(self, "_written", set())
        self.model.set_rows([(e, self._covers(e), e.id in written) for e in shown])
        fit_columns(self.view)
        self.view.setColumnWidth(EntriesModel.TITLE, 300)
        all_hours = total([e.hours for e in shown])
        part = total([e.hours for e in shown if e.participatory])
        self.totals.setText(
            self.tr("%d entries shown · %s hours (%s participatory)") % (len(shown), hours(all_hours), hours(part))
        )
        self.empty.setVisible(not self.all_entries)

    def selected_entry(self) -> CplEntry | None:
        row = selected_row(self.view)
        return row[0] if isinstance(row, tuple) else None

    def _run_dialog(self, entry: CplEntry | None) -> None:
        assert self.worker is not None and self.catalogue is not None
        learning = self.controller.learning
        key = draft_key(self.worker.id, entry.id if entry else None)
        draft = learning.draft(key)
        evidence = learning.evidence(entry.id) if entry else []
        dialog = CplEntryDialog(
            self.catalogue,
            self.controller.personal,
            entry,
            evidence,
            draft,
            on_draft=lambda payload: learning.save_draft(key, payload),
            parent=self,
        )
        while dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.flush_draft()
            if entry is None:
                ok = self.controller.apply(
                    self, learning.add_entry, self.worker.id, dialog.fields(), dialog.new_files()
                )
            else:
                ok = self.controller.apply(
                    self, learning.update_entry, entry.id, dialog.fields(), dialog.new_files(), dialog.removed_links
                )
            if ok:
                learning.clear_draft(key)
                return
        if not dialog.keep_draft:  # closed without keeping it (the dialog asked)
            learning.clear_draft(key)

    def add_entry(self) -> None:
        if self.worker is not None:
            self._run_dialog(None)

    def edit_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._run_dialog(self.controller.learning.entry(entry.id) if self.controller.personal else entry)

    def delete_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.deletes.delete(
                entry.id,
                self.tr("Delete learning"),
                self.tr("Delete “%s” (%s)?") % (entry.title, uk_date(entry.occurred_on)),
            )

    def undo_delete(self) -> None:
        self.deletes.undo()

    def open_evidence(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        files = self.controller.learning.evidence(entry.id)
        if not files:
            QMessageBox.information(self, self.tr("Evidence"), self.tr("No files are attached to this entry."))
            return
        for _, _, path, _ in files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def on_changed(self, changed: Changed) -> None:
        if changed & (Changed.RECORDS | Changed.CATALOGUE):
            self.refresh()
