"""The main window: navigation between Frameworks, Roles, People and a worker's pathway."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStringListModel, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QLineEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from planner import __version__
from planner.services.changes import Changed
from planner.ui.controller import Controller
from planner.ui.due_view import DueView
from planner.ui.frameworks_view import FrameworksView
from planner.ui.home_view import HomeView
from planner.ui.matrix_view import MatrixView
from planner.ui.pathway_view import PathwayView
from planner.ui.people_view import PeopleView
from planner.ui.roles_view import RolesView
from planner.ui.sessions_view import SessionsView
from planner.ui.settings_dialog import SettingsDialog

TEAM_PAGES = ("Home", "Matrix", "Due", "Sessions", "People")  # hidden in a personal ("Just me") database


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller, settings_file: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat) if settings_file else None
        self._set_title()

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        personal = controller.personal
        self.home = HomeView(controller)
        self.matrix = MatrixView(controller)
        self.due = DueView(controller)
        self.sessions = SessionsView(controller)
        self.people = PeopleView(controller)
        self.pathway = PathwayView(controller)
        self.frameworks = FrameworksView(controller)
        self.roles = RolesView(controller)
        pages = [
            ("Home", self.tr("Home"), self.home),
            ("Matrix", self.tr("Team matrix"), self.matrix),
            ("Due", self.tr("What is due"), self.due),
            ("Sessions", self.tr("Training sessions"), self.sessions),
            ("People", self.tr("People"), self.people),
            ("Pathway", self.tr("My pathway") if personal else self.tr("Pathway"), self.pathway),
            ("Frameworks", self.tr("Frameworks"), self.frameworks),
            ("Roles", self.tr("Roles"), self.roles),
        ]
        self.pages = [name for name, _, _ in pages]
        for name, label, page in pages:
            self.nav.addItem(label)
            page.setAccessibleName(label)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        if personal:  # "Just me": no team screens in the way
            for name in TEAM_PAGES:
                self.nav.item(self.pages.index(name)).setHidden(True)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if settings_action.shortcut().isEmpty():
            settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(settings_action)
        self.settings_action = settings_action
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, (name, label, _page) in enumerate(pages):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, row=i: self.show_page(row))
            action.setEnabled(not (personal and name in TEAM_PAGES))
            view_menu.addAction(action)
            self.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Pathway Planner"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

        where = controller.ws.database_path
        self.location = QLabel(self.tr("Data: %s") % where if where else self.tr("Data: in memory"))
        self.location.setAccessibleName(self.tr("Data location"))
        self.statusBar().addPermanentWidget(self.location)
        notice = controller.catalogue.notice()
        if notice:
            self.statusBar().showMessage(notice)

        controller.worker_opened.connect(self.open_pathway)
        self.home.list_requested.connect(self.open_list)
        self.home.session_requested.connect(self.open_session)
        self._add_search(personal)
        controller.data_changed.connect(lambda changed: self._set_title() if changed & Changed.SETTINGS else None)
        self.resize(1280, 800)
        self._restore()
        if personal:
            self.show_page("Pathway")
        elif self.nav.currentRow() < 0:
            self.show_page("Home" if controller.people.workers() else "Frameworks")

    def _add_search(self, personal: bool) -> None:
        """Ctrl+F: find a worker by name or staff number from anywhere."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a worker (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find a worker by name or staff number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self._search_model = QStringListModel(self)
        completer = QCompleter(self._search_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(completer)
        completer.activated.connect(self._found)
        self.search.returnPressed.connect(lambda: self._found(self.search.text()))
        self.menuBar().setCornerWidget(self.search)
        find = QAction(self.tr("&Find a worker…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        self.search.setVisible(not personal)
        self._fill_search()
        self.controller.data_changed.connect(lambda changed: self._fill_search() if changed & Changed.PEOPLE else None)

    def _fill_search(self) -> None:
        self._search_index = {f"{w.name} ({w.staff_no})": w.id for w in self.controller.people.workers()}
        self._search_model.setStringList(sorted(self._search_index, key=str.casefold))

    def _found(self, text: str) -> None:
        worker_id = self._search_index.get(text)
        if worker_id is None:
            needle = text.strip().casefold()
            matches = [wid for label, wid in self._search_index.items() if needle and needle in label.casefold()]
            worker_id = matches[0] if len(matches) == 1 else None
        if worker_id is not None:
            self.search.clear()
            self.open_pathway(worker_id)

    def open_list(self, what: str, team: object) -> None:
        self.due.show_list(what, team if isinstance(team, str) else None)
        self.show_page("Due")

    def open_session(self, session_id: str) -> None:
        self.show_page("Sessions")
        self.sessions.select(session_id)

    def _set_title(self) -> None:
        organisation = self.controller.settings.organisation_name
        self.setWindowTitle(f"Pathway Planner — {organisation}" if organisation else "Pathway Planner")

    def edit_settings(self) -> None:
        s = self.controller.settings
        dialog = SettingsDialog(s.organisation_name, s.warning_days, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(self, s.save, dialog.organisation.text(), dialog.warning_days.value()):
                return

    def show_page(self, page: int | str) -> None:
        self.nav.setCurrentRow(self.pages.index(page) if isinstance(page, str) else page)
        self.stack.currentWidget().setFocus()

    def open_pathway(self, worker_id: str, requirement_key: str | None = None) -> None:
        self.pathway.show_worker(worker_id, requirement_key)
        self.show_page("Pathway")
        self.pathway.tabs.setCurrentIndex(0)
        self.pathway.req_view.setFocus()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Pathway Planner"),
            self.tr("<b>Pathway Planner %s</b><p>Foundation learning in child development, attachment, "
                    "trauma and children's rights for Scotland's children's services workforce. "
                    "Records stay on this computer unless you export them.</p>") % __version__)

    def _restore(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        page = self.settings.value("window/page")
        if page is not None and str(page).isdigit():
            self.nav.setCurrentRow(int(str(page)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/page", self.nav.currentRow())
            self.settings.sync()
        super().closeEvent(event)

