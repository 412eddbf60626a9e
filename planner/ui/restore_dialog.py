"""The Restore dialog: the data folder's backups, newest first, and a backup file chosen from
elsewhere. Opened from File ▸ Restore… (:mod:`planner.ui.backup_dialogs`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from planner.core.i18n import fill
from planner.services import backups
from planner.services.backups import BackupInfo
from planner.ui.common import button, fit_columns, follow_selection, hint, selected_row, table_view
from planner.ui.presentation import uk_date
from planner.ui.table_model import Column, RowsModel


def made_text(b: BackupInfo) -> str:
    return f"{uk_date(b.made_at.date())} {b.made_at:%H:%M}"


def state_text(b: BackupInfo) -> str:
    """In words with a mark, never colour alone."""
    if b.sound:
        return "✔ " + QCoreApplication.translate("Backups", "sound")
    return "✖ " + fill(QCoreApplication.translate("Backups", "cannot be restored: %1"), b.problem)


class BackupsModel(RowsModel[BackupInfo]):
    MADE, SIZE, WORKERS, REASON, STATE = range(5)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("Column", "Made"), made_text, sort=lambda b: b.made_at),
        Column(
            QT_TRANSLATE_NOOP("Column", "Size"),
            lambda b: backups.size_text(b.size),
            sort=lambda b: b.size,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Workers"),
            lambda b: "?" if b.workers is None else str(b.workers),
            sort=lambda b: -1 if b.workers is None else b.workers,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Column", "Why it was made"), lambda b: backups.reason_text(b.reason)),
        Column(QT_TRANSLATE_NOOP("Column", "State"), state_text),
    )


class RestoreDialog(QDialog):
    """The backups, newest first; Restore is offered only for a sound one. ``chosen`` is set on
    accepting (a backup from the list, or a file chosen with "From a file…")."""

    def __init__(self, found: list[BackupInfo], folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.tr("Restore a backup"))
        self.folder = folder
        self.chosen: Path | None = None
        self.model = BackupsModel(found, self)
        self.view, self.proxy = table_view(self.model, self.tr("Backups, newest first"))
        self.view.activated.connect(lambda _i: self._restore_chosen())
        self.restore_button = button(self.tr("&Restore…"), self.tr("Restore the chosen backup"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore_chosen)
        self.file_button = button(
            self.tr("From a &file…"), self.tr("Restore from a backup file"), tip=self.tr("A copy saved elsewhere")
        )
        self.file_button.clicked.connect(self._restore_file)
        self.cancel_button = button(self.tr("Cancel"), self.tr("Cancel: restore nothing"))
        self.cancel_button.clicked.connect(self.reject)
        follow_selection(self.view, [self.restore_button], when=lambda b: isinstance(b, BackupInfo) and b.sound)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Choose the backup to go back to. Its integrity is checked first, and the data in "
                    "use now is kept as a backup, so a restore can itself be undone."
                )
                if found
                else self.tr("There are no backups in this data folder yet: File ▸ Back up now… makes one.")
            )
        )
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addStretch(1)
        for b in (self.restore_button, self.cancel_button):
            row.addWidget(b)
        layout.addLayout(row)
        fit_columns(self.view, cap_chars=40)
        self.resize(760, 420)
        for n, info in enumerate(found):  # the newest sound one, ready to restore
            if info.sound:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(n, 0)).row())
                break
        self.view.setFocus()

    def _restore_chosen(self) -> None:
        row = selected_row(self.view)
        if isinstance(row, BackupInfo) and row.sound:
            self.chosen = row.path
            self.accept()

    def _restore_file(self) -> None:
        start = str(self.folder) if self.folder else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            start,
            self.tr("Pathway Planner data (*.sqlite3);;All files (*)"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()
