"""Starting the GUI: the application object, the first-run choice, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from planner.services.demo import create_demo
from planner.services.starter import load_starter
from planner.services.workspace import StorageError, Workspace
from planner.ui.controller import Controller
from planner.ui.first_run import EXAMPLE, FirstRunDialog
from planner.ui.main_window import MainWindow

SETTINGS_FILE = "window.ini"


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Pathway Planner")
    app.setOrganizationName("Pathway Planner")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return app


def first_run(ws: Workspace) -> bool:
    """Offer the example organisation or an empty one; False if the person closed the window."""
    dialog = FirstRunDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return False
    if dialog.choice == EXAMPLE:
        create_demo(ws)
    else:
        load_starter(ws)
    return True


def build_window(ws: Workspace) -> MainWindow:
    controller = Controller(ws)
    settings = ws.folder / SETTINGS_FILE if ws.folder else None
    return MainWindow(controller, settings)


def run(data_dir: str | None = None) -> int:
    app = make_app()
    try:
        ws = Workspace.open(data_dir)
    except StorageError as exc:
        QMessageBox.critical(None, "Pathway Planner", str(exc))
        return 1
    try:
        if ws.is_empty() and not first_run(ws):
            return 0
        window = build_window(ws)
        window.show()
        if ws.warning:
            QMessageBox.warning(window, "Pathway Planner", ws.warning)
        return app.exec()
    finally:
        ws.close()
