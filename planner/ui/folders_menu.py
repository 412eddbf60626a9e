"""File ▸ New data folder…, Open data folder… and Recent folders: someone who explored the
example organisation starts for real in a folder of their own, and can go back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from planner.services import folders


class FolderActions(QObject):
    """The folder actions of the File menu. They only ask which folder; opening it (and the
    questions that go with it) is the application's job: ``requested(folder, new)``."""

    requested = Signal(str, bool)  # the folder, and whether to start new data there

    def __init__(self, window: QWidget, menu: QMenu, current: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.current = current.resolve() if current else None
        self.new_action = QAction(self.tr("&New data folder…"), window)
        self.new_action.setStatusTip(self.tr("Start new data (your own organisation, or just you) in another folder"))
        self.new_action.triggered.connect(self.new_folder)
        self.open_action = QAction(self.tr("&Open data folder…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Open the data in another folder"))
        self.open_action.triggered.connect(self.open_folder)
        self.recent_menu = QMenu(self.tr("&Recent folders"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        self.fill_recent()

    def _start(self) -> str:
        return str(self.current.parent if self.current else Path.home())

    def new_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self.window, self.tr("New data folder: choose or create an empty folder"), self._start()
        )
        if path:
            self.requested.emit(path, True)

    def open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self.window, self.tr("Open a data folder"), self._start())
        if path:
            self.requested.emit(path, False)

    def fill_recent(self) -> None:
        """The folders opened before, latest first; the open one ticked, missing ones named so."""
        self.recent_menu.clear()
        shown = 0
        for n, folder in enumerate(folders.recent(), start=1):
            here = folder == self.current
            found = folders.holds_data(folder)
            label = f"&{n} {folder}" if n < 10 else str(folder)
            if not found:
                label += self.tr(" (not found)")
            action = self.recent_menu.addAction(label)
            action.setCheckable(here)
            action.setChecked(here)
            action.setEnabled(found and not here)
            action.triggered.connect(lambda _c=False, f=str(folder): self.requested.emit(f, False))
            shown += 1
        if not shown:
            self.recent_menu.addAction(self.tr("No other folders yet")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear missing folders"))
        clear.triggered.connect(self.clear_missing)

    def clear_missing(self) -> None:
        for folder in folders.recent():
            if not folders.holds_data(folder):
                folders.forget(folder)
        self.fill_recent()
