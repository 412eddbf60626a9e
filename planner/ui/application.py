"""Starting the GUI: the application object, the first-run choice, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from planner.services.demo import create_demo
from planner.services.starter import load_starter, starter_roles
from planner.services.workspace import StorageError, Workspace
from planner.ui.controller import Controller
from planner.core.regulators import Registration
from planner.services.personal import start_just_me
from planner.ui.first_run import EXAMPLE, JUST_ME, FirstRunDialog
from planner.ui.just_me_dialog import JustMeDialog
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
    elif dialog.choice == JUST_ME:
        return just_me(ws)
    else:
        load_starter(ws)
    return True


def just_me(ws: Workspace) -> bool:
    """Ask for the worker's own details; keep asking until they are valid or the person cancels."""
    # Nothing is written until the person confirms: cancelling leaves the first-run choice open.
    dialog = JustMeDialog(starter_roles())
    while dialog.exec() == QDialog.DialogCode.Accepted:
        fields = dialog.fields()
        anchor = dialog.anchor_date()
        registration = Registration(
            declaration_on=anchor if fields["regulator"] == "SSSC" else None,
            revalidation_on=anchor if fields["regulator"] == "NMC" else None,
            signoff_on=anchor if fields["regulator"] == "GTCS" else None,
        )
        try:
            start_just_me(ws, fields, dialog.roles(), registration)
            return True
        except (StorageError, ValueError) as exc:
            QMessageBox.warning(dialog, "Pathway Planner", str(exc))
    return False


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
