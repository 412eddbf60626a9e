"""Starting the GUI: the application object, the first-run choice, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from planner.core.errors import DamagedError, UserError
from planner.core.i18n import fill
from planner.services import folders
from planner.services.container import Services
from planner.shipped import resource
from planner.ui import bug_report, translations
from planner.ui.common import confirm
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow
from planner.ui.presentation import uk_date

SETTINGS_FILE = "window.ini"


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Pathway Planner")
    app.setOrganizationName("Pathway Planner")
    app.setDesktopFileName("scot.pathwayplanner.PathwayPlanner")
    icon = resource("icons/pathway-planner.svg")
    app.setWindowIcon(QIcon(str(icon)))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    translations.install()
    return app


def first_run(services: Services) -> bool:
    """Offer the example organisation or an empty one; False if the person closed the window."""
    from planner.ui.first_run import EXAMPLE, JUST_ME, FirstRunDialog  # only ever shown once

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
    from planner.core.regulators import Registration
    from planner.services.starter import starter_roles
    from planner.ui.just_me_dialog import JustMeDialog

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
        except UserError as exc:
            QMessageBox.warning(dialog, "Pathway Planner", str(exc))
    return False


def build_window(services: Services | Any) -> MainWindow:
    """The main window over ``services`` (scripts written before the services container may
    still pass an open workspace: it is wrapped)."""
    if not isinstance(services, Services):
        services = Services(services)
    controller = Controller(services)
    settings = services.folder / SETTINGS_FILE if services.folder else None
    return MainWindow(controller, settings)


class Session:
    """The open data folder and its window; File ▸ New/Open data folder… swap both."""

    def __init__(self, opener: Callable[[str | None], Services]) -> None:
        self.opener = opener
        self.services: Services | None = None
        self.window: MainWindow | None = None

    def start(self, services: Services, fresh: bool = False) -> bool:
        """Show a window on these services (offering the first-run choice on new data);
        False, with nothing changed, if the person cancelled that choice. ``fresh``: the
        database was created just now, so cancelling takes it away again."""
        if services.is_empty() and not first_run(services):
            folder = services.folder
            services.close()
            if fresh and folder is not None:
                folders.remove_unused(folder)  # cancelling leaves the folder as it was
            return False
        old_window, old_services = self.window, self.services
        self.services, self.window = services, build_window(services)
        self.window.folders.requested.connect(self.switch)
        self.window.backups.restored.connect(self.reopen)
        if old_window is not None:
            self.window.setGeometry(old_window.geometry())
        self.window.show()
        self.window.backups.daily()  # once a day, off the GUI thread
        if services.folder is not None:
            folders.remember(services.folder)
        if services.warning:
            QMessageBox.warning(self.window, "Pathway Planner", services.warning)
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_services is not None:
            old_services.close()
        return True

    def switch(self, path: str, new: bool) -> bool:
        """Open another data folder (``new``: start new data there); True if it was opened."""
        window = self.window
        assert window is not None and self.services is not None
        folder = Path(path).expanduser().resolve()
        if self.services.folder is not None and folder == self.services.folder.resolve():
            window.statusBar().showMessage(window.tr("%s is the data folder open now.") % folder, 8000)
            return False
        has_data = folders.holds_data(folder)
        if (
            new
            and has_data
            and not confirm(
                window,
                window.tr("Open data folder"),
                window.tr("%s already holds Pathway Planner data. Open it? Nothing in it is changed.") % folder,
                window.tr("Open it"),
            )
        ):
            return False
        if not new and not has_data:
            QMessageBox.information(
                window,
                window.tr("Open data folder"),
                window.tr(
                    "There is no Pathway Planner data in %s. To start new data there, choose File ▸ New data folder…."
                )
                % folder,
            )
            return False
        if not window.leave_page_ok():
            return False
        try:
            services = self.opener(str(folder))
        except UserError as exc:
            QMessageBox.warning(window, window.tr("Open data folder"), str(exc))
            return False
        return self.start(services, fresh=not has_data)

    def reopen(self, folder: str) -> None:
        """After a restore: the same folder again, on the restored data."""
        try:
            self.start(self.opener(folder))
        except UserError as exc:
            QMessageBox.warning(self.window, "Pathway Planner", str(exc))

    def close(self) -> None:
        if self.services is not None:
            self.services.close()


def open_first(data_dir: str | None, opener: Callable[[str | None], Services]) -> tuple[Services | None, bool]:
    """Open the data folder to start with. A damaged database offers a way forward (another
    folder, or moving the damaged file aside to start afresh) rather than a dead end."""
    while True:
        try:
            fresh = not folders.holds_data(folders.resolve(data_dir))  # a database made just now
            services = opener(data_dir)
            try:
                services.probe()
            except BaseException:
                services.close()
                raise
            return services, fresh
        except DamagedError as exc:
            folder = folders.resolve(data_dir)
            box = QMessageBox(QMessageBox.Icon.Critical, "Pathway Planner", str(exc))
            box.setInformativeText(
                QCoreApplication.translate(
                    "Startup",
                    "Open another data folder, or keep the damaged file under another name (for recovery "
                    "later) and start this folder afresh.",
                )
            )
            copies = folders.earlier_copies(folder) if folder.is_dir() else []
            restore = None
            if copies:
                made = datetime.fromtimestamp(copies[0].stat().st_mtime).date()
                restore = box.addButton(
                    fill(QCoreApplication.translate("Startup", "Restore the backup of %1"), uk_date(made)),
                    QMessageBox.ButtonRole.AcceptRole,
                )
                restore.setToolTip(
                    fill(QCoreApplication.translate("Startup", "%1: the latest sound backup"), copies[0])
                )
            other = box.addButton(
                QCoreApplication.translate("Startup", "Open another folder…"), QMessageBox.ButtonRole.AcceptRole
            )
            aside = box.addButton(
                QCoreApplication.translate("Startup", "Move the damaged file aside"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if restore is not None and box.clickedButton() is restore:
                kept = folders.restore_copy(folder, copies[0])
                QMessageBox.information(
                    None,
                    "Pathway Planner",
                    fill(
                        QCoreApplication.translate(
                            "Startup",
                            "The backup of %1 is back in use; anything recorded since then is not in it. "
                            "The damaged file is kept as %2.",
                        ),
                        uk_date(made),
                        kept,
                    ),
                )
                data_dir = str(folder)
            elif box.clickedButton() is other:
                title = QCoreApplication.translate("Startup", "Open data folder")
                chosen = QFileDialog.getExistingDirectory(None, title, str(folder.parent))
                if not chosen:
                    return None, False
                data_dir = chosen
            elif box.clickedButton() is aside:
                kept = folders.move_aside(folder)
                kept_text = fill(QCoreApplication.translate("Startup", "The damaged file is kept as %1."), kept)
                QMessageBox.information(None, "Pathway Planner", kept_text)
                data_dir = str(folder)
            else:
                return None, False
        except UserError as exc:
            QMessageBox.critical(None, "Pathway Planner", str(exc))
            return None, False


def run(data_dir: str | None = None, opener: Callable[[str | None], Services] = Services.open) -> int:
    app = make_app()
    session = Session(opener)
    bug_report.install(lambda: session.services.folder if session.services else folders.resolve(data_dir))
    try:
        services, fresh = open_first(data_dir, opener)
    except Exception as exc:  # noqa: BLE001 - a bug while opening: logged, and said in words
        bug_report.show_bug(None, exc, None)
        return 1
    if services is None:
        return 1
    try:
        if not session.start(services, fresh):
            return 0
        return app.exec()
    finally:
        session.close()
