"""Starting the GUI: the application object, the first-run choice, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from collections.abc import Callable

from planner.core.errors import UserError
from planner.core.regulators import Registration
from planner.services.container import Services
from planner.services.starter import starter_roles
from planner.ui.controller import Controller
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


def first_run(services: Services) -> bool:
    """Offer the example organisation or an empty one; False if the person closed the window."""
    dialog = FirstRunDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return False
    if dialog.choice == EXAMPLE:
        services.create_demo()
    elif dialog.choice == JUST_ME:
        return just_me(services)
    else:
        services.start_empty()
    return True


def just_me(services: Services) -> bool:
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
            services.start_just_me(fields, dialog.roles(), registration)
            return True
        except (UserError, ValueError) as exc:
            QMessageBox.warning(dialog, "Pathway Planner", str(exc))
    return False


def build_window(services: Services) -> MainWindow:
    controller = Controller(services)
    settings = services.folder / SETTINGS_FILE if services.folder else None
    return MainWindow(controller, settings)


def run(data_dir: str | None = None, opener: Callable[[str | None], Services] = Services.open) -> int:
    app = make_app()
    try:
        services = opener(data_dir)
    except UserError as exc:
        QMessageBox.critical(None, "Pathway Planner", str(exc))
        return 1
    try:
        if services.is_empty() and not first_run(services):
            return 0
        window = build_window(services)
        window.show()
        if services.warning:
            QMessageBox.warning(window, "Pathway Planner", services.warning)
        return app.exec()
    finally:
        services.close()
