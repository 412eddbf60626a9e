"""How the window shows a failure: a mistake the person can fix as a message; a bug as
"Something went wrong — details saved to …" with a Copy details button (its traceback is in the
log, never on screen as one); cancelling as nothing at all."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.core.errors import Cancelled
from planner.services import bugs


def report(parent: QWidget | None, exc: BaseException, folder: Path | None, title: str = "Pathway Planner") -> None:
    """Show ``exc`` the way its kind deserves."""
    if isinstance(exc, Cancelled):
        return
    known = bugs.as_user_error(exc)
    if known is not None:
        QMessageBox.warning(parent, title, str(known))
        return
    show_bug(parent, exc, folder)


def show_bug(parent: QWidget | None, exc: BaseException, folder: Path | None) -> QMessageBox:
    log = bugs.record(exc, folder)
    text = bugs.details(exc)
    translate = QCoreApplication.translate
    title = translate("BugReport", "Something went wrong")
    box = QMessageBox(QMessageBox.Icon.Critical, title, bugs.message(log), parent=parent)
    box.setObjectName("bugReport")
    box.setAccessibleName(title)
    copy = box.addButton(translate("BugReport", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.setAccessibleName(translate("BugReport", "Copy the details of what went wrong"))
    box.addButton(QMessageBox.StandardButton.Close)

    def copy_details() -> None:
        QApplication.clipboard().setText(text)

    # an action button closes the box by default: copying keeps it open
    copy.clicked.disconnect()
    copy.clicked.connect(copy_details)
    box.setProperty("details", text)
    box.exec()
    return box


def install(folder: Callable[[], Path | None]) -> None:
    """Any exception nothing else caught (in a slot, an event) is reported, never lost."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        report(QApplication.activeWindow(), exc, folder())

    sys.excepthook = hook
