"""Delete with confirmation, undoable until the app closes: the records deleted on a screen
this session, newest last, and the Undo button that restores them one by one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from planner.ui.controller import Controller


class UndoableDeletes:
    def __init__(
        self,
        controller: Controller,
        parent: QWidget,
        button: QPushButton,
        delete: Callable[[str], Any],
        restore: Callable[[str], Any],
    ) -> None:
        self.controller, self.parent, self.button = controller, parent, button
        self._delete, self._restore = delete, restore
        self.ids: list[str] = []
        button.setEnabled(False)

    def delete(self, record_id: str, title: str, question: str) -> None:
        answer = QMessageBox.question(
            self.parent, title, question + " " + self.parent.tr("You can undo this until you close the app.")
        )
        if answer == QMessageBox.StandardButton.Yes and self.controller.apply(self.parent, self._delete, record_id):
            self.ids.append(record_id)
            self.button.setEnabled(True)

    def undo(self) -> None:
        if self.ids and self.controller.apply(self.parent, self._restore, self.ids[-1]):
            self.ids.pop()
        self.button.setEnabled(bool(self.ids))

    def clear(self) -> None:
        self.ids = []
        self.button.setEnabled(False)
