"""File ▸ Back up now… and File ▸ Restore…: a backup on request, and putting one back.

Restoring writes the backup into the open database (the services layer does it, after checking
the backup), so the window keeps working: it refreshes as after a change made outside it, and
``restored(folder)`` lets the application open a fresh window on the restored data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMetaMethod, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import UserError
from planner.core.i18n import fill
from planner.services import backups
from planner.services.backups import BackupInfo
from planner.ui.background import BackgroundTask
from planner.ui.bug_report import show_bug
from planner.ui.common import button, confirm, fit_columns, follow_selection, hint, selected_row, table_view
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


class BackupActions(QObject):
    """The File menu's backup actions over the window's services."""

    restored = Signal(str)  # the data folder whose data was just replaced by a backup
    daily_finished = Signal()

    def __init__(self, window: Any, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.controller.services
        has_folder = self.services.folder is not None
        self.backup_action = QAction(self.tr("&Back up now…"), window)
        self.backup_action.setStatusTip(self.tr("Make a backup of the data now"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.backup_action.setEnabled(has_folder)
        self.restore_action = QAction(self.tr("Res&tore…"), window)
        self.restore_action.setStatusTip(self.tr("Go back to a backup; the data in use is kept as a backup first"))
        self.restore_action.triggered.connect(self.restore)
        self.restore_action.setEnabled(has_folder and not self.services.read_only)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def back_up_now(self) -> None:
        title = self.tr("Back up now")
        target: Path | None = None
        if self.services.read_only:  # nothing is written beside read-only data: a copy elsewhere
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("This data is read-only: save a backup copy elsewhere"),
                str(Path.home() / "planner-backup.sqlite3"),
                self.tr("Pathway Planner data (*.sqlite3)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        try:
            with _busy():
                path = self.services.backups.make(target=target)
        except UserError as exc:
            QMessageBox.warning(self.window, title, str(exc))
            return
        size = backups.size_text(path.stat().st_size)
        QMessageBox.information(self.window, title, self.tr("Backed up to %s (%s).") % (path, size))

    def restore(self) -> None:
        title = self.tr("Restore a backup")
        folder = self.services.folder
        if folder is None:
            return
        with _busy():
            found = self.services.backups.list()
        dialog = RestoreDialog(found, self.services.backups.folder, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        chosen = dialog.chosen
        info = next((b for b in found if b.path == chosen), None)
        which = self.tr("the backup of %s") % made_text(info) if info else str(chosen)
        if not confirm(
            self.window,
            title,
            self.tr(
                "Restore %s? The data in use now is replaced by it; anything recorded since is not in it. "
                "The current data is kept as a backup, so you can go back to it."
            )
            % which,
            self.tr("&Restore"),
        ):
            return
        if not self.window.leave_page_ok():  # edits on screen: saved or discarded first
            return
        try:
            with _busy():
                kept = backups.restore_into(folder, chosen)
        except UserError as exc:
            QMessageBox.warning(self.window, title, str(exc))
            return
        reopened = self.isSignalConnected(QMetaMethod.fromSignal(self.restored))
        if not reopened:
            self.window.check_outside_changes()  # every page reads the restored data
        kept_text = self.tr(" The data in use before is kept as %s.") % kept if kept else ""
        QMessageBox.information(self.window, title, self.tr("Restored %s.") % which + kept_text)
        self.restored.emit(str(folder))

    def daily(self) -> None:
        """The start-up backup (one a day, then rotation), made off the GUI thread on a
        connection of its own so the window is not held up; nothing for read-only data."""
        services = self.services
        if services.folder is None or services.read_only:
            return
        reader = services.reader()

        def work(_progress: Any) -> Path | None:
            try:
                made: Path | None = reader.backups.daily()
                return made
            finally:
                reader.close()

        task = BackgroundTask(work, QApplication.instance())  # outlives a window closed meanwhile
        _running.add(task)
        task.finished.connect(lambda made: self._daily_done(task, made, None))
        task.failed.connect(lambda exc: self._daily_done(task, None, exc))
        task.start()

    def _daily_done(self, task: BackgroundTask, made: Path | None, exc: BaseException | None) -> None:
        _running.discard(task)
        task.deleteLater()
        try:
            bar = self.window.statusBar()
        except RuntimeError:  # the window was closed meanwhile
            return
        if exc is None:
            if made is not None:
                bar.showMessage(self.tr("Today's backup was made: %s") % made.name, 8000)
        elif isinstance(exc, UserError):
            bar.showMessage(self.tr("Today's backup could not be made: %s") % exc, 30000)
        else:
            show_bug(self.window, exc, self.services.folder)
        self.daily_finished.emit()


_running: set[BackgroundTask] = set()  # start-up backups under way: kept until they finish


class _busy:
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()


def add_backup_actions(window: Any, file_menu: QMenu) -> None:
    """Add File ▸ Back up now… and File ▸ Restore… (kept as ``window.backups``)."""
    window.backups = BackupActions(window, file_menu)
