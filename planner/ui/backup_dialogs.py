"""File ▸ Back up now… and File ▸ Restore…: a backup on request, and putting one back.

Restoring writes the backup into the open database (the services layer does it, after checking
the backup), so the window keeps working: it refreshes as after a change made outside it, and
``restored(folder)`` lets the application open a fresh window on the restored data.

Only the menu actions are made at start-up; the Restore dialog loads when first opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaMethod, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox

from planner.core.errors import UserError
from planner.services.backups import restore_into, size_text
from planner.ui.background import BackgroundTask
from planner.ui.bug_report import show_bug
from planner.ui.common import confirm


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
        size = size_text(path.stat().st_size)
        QMessageBox.information(self.window, title, self.tr("Backed up to %s (%s).") % (path, size))

    def restore(self) -> None:
        from planner.ui.restore_dialog import RestoreDialog, made_text  # its table is built only here

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
                kept = restore_into(folder, chosen)
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
