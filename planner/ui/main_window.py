"""The main window: navigation between Frameworks, Roles, People and a worker's pathway."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, QStringListModel, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.core.text import fold, matches
from planner.services.changes import Changed
from planner.ui.backup_dialogs import add_backup_actions
from planner.ui.common import ask_to_save
from planner.ui.controller import Controller
from planner.ui.folders_menu import FolderActions

FIND_HINT = QT_TRANSLATE_NOOP("MainWindow", "Find a worker (Ctrl+F)")
WATCH_MS = 2000  # how often to look for changes made by another copy of the app
TEAM_PAGES = ("Home", "Matrix", "Due", "Sessions", "People")  # hidden in a personal ("Just me") database


class MainWindow(QMainWindow):
    def __init__(
        self, controller: Controller, settings_file: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat) if settings_file else None
        self._set_title()

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(170)  # widened below to the longest page name in the system's font
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        personal = controller.personal
        pages = [
            ("Home", self.tr("Home")),
            ("Matrix", self.tr("Team matrix")),
            ("Due", self.tr("What is due")),
            ("Sessions", self.tr("Training sessions")),
            ("People", self.tr("People")),
            ("Pathway", self.tr("My pathway") if personal else self.tr("Pathway")),
            ("Frameworks", self.tr("Frameworks")),
            ("Roles", self.tr("Roles")),
        ]
        self.pages = [name for name, _ in pages]
        self._labels = dict(pages)
        self._built: dict[str, QWidget] = {}
        for _name, label in pages:
            self.nav.addItem(label)
            self.stack.addWidget(QWidget())  # a placeholder until the page is first shown
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in [label for _n, label in pages] + [self.tr(FIND_HINT)])
        self.nav.setFixedWidth(max(170, widest + 44))  # the page names and the search box's hint, whole
        self.nav.currentRowChanged.connect(self._switch)
        if personal:  # "Just me": no team screens in the way
            for name in TEAM_PAGES:
                self.nav.item(self.pages.index(name)).setHidden(True)

        central = QWidget()
        layout = QHBoxLayout(central)
        self.side = QVBoxLayout()  # the worker search above the pages: always in view, never clipped
        self.search = QLineEdit()  # first in the layout, so first for Tab too (see _add_search)
        self.side.addWidget(self.search)
        self.side.addWidget(self.nav, 1)
        layout.addLayout(self.side)
        right = QVBoxLayout()
        self.read_only_banner = QLabel(
            self.tr(
                "Read-only: this data cannot be changed here (a read-only disk, share or file). "
                "You can look, print and export; to change it, copy the folder somewhere you can write to."
            )
        )
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setAccessibleName(self.tr("Read-only data"))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "#readOnlyBanner { border: 1px solid palette(mid); padding: 6px; font-weight: bold; }"
        )
        self.read_only_banner.setVisible(controller.services.read_only)
        right.addWidget(self.read_only_banner)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.folders = FolderActions(self, file_menu, controller.services.folder)
        file_menu.addSeparator()
        add_backup_actions(self, file_menu)
        file_menu.addSeparator()
        import_action = QAction(self.tr("&Import…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.setStatusTip(self.tr("Import staff from an HR export, or completions from a learning system"))
        import_action.triggered.connect(lambda: self.import_file())
        import_action.setEnabled(not controller.personal)
        file_menu.addAction(import_action)
        self.import_action = import_action
        self._add_pack_actions(file_menu, controller.personal)
        file_menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if settings_action.shortcut().isEmpty():
            settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(settings_action)
        self.settings_action = settings_action
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():  # some desktops have no standard key for it
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, (name, label) in enumerate(pages):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, row=i: self.show_page(row))
            action.setEnabled(not (personal and name in TEAM_PAGES))
            view_menu.addAction(action)
            self.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_actions: dict[str, QAction] = {}
        for key, label in (
            ("manager", self.tr("Guide for team &managers")),
            ("worker", self.tr("Guide for &workers")),
            ("lead", self.tr("Guide for &training leads")),
        ):
            action = QAction(label, self)
            action.triggered.connect(lambda _c=False, k=key: self.show_guide(k))
            help_menu.addAction(action)
            self.guide_actions[key] = action
        own = self.guide_actions["worker" if personal else "manager"]
        own.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if own.shortcut().isEmpty():
            own.setShortcut(QKeySequence("F1"))
        self.addAction(own)
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        help_menu.addSeparator()
        about = QAction(self.tr("&About Pathway Planner"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

        where = controller.services.database_path
        self.location = QLabel(self.tr("Data: %s") % where if where else self.tr("Data: in memory"))
        self.location.setAccessibleName(self.tr("Data location"))
        self.statusBar().addPermanentWidget(self.location)
        notice = controller.catalogue.notice()
        if notice:
            self.statusBar().showMessage(notice)

        controller.worker_opened.connect(self.open_pathway)
        self._add_search(personal)
        controller.data_changed.connect(lambda changed: self._set_title() if changed & Changed.SETTINGS else None)
        # Another copy of the app (or another program) may change the data: look every 2 s.
        self._data_version = controller.services.data_version()
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.check_outside_changes)
        self.watch.start()
        self.resize(1280, 800)
        self._restore()
        if personal:
            self.show_page("Pathway")
        elif self.nav.currentRow() < 0:
            self.show_page("Home")  # with nobody yet, it says how to begin

    def _add_search(self, personal: bool) -> None:
        """Ctrl+F: find a worker by name or staff number from anywhere."""
        self.search.setPlaceholderText(self.tr(FIND_HINT))
        self.search.setAccessibleName(self.tr("Find a worker by name or staff number"))
        self.search.setClearButtonEnabled(True)
        self.search.setFixedWidth(self.nav.width())
        self._search_model = QStringListModel(self)
        completer = QCompleter(self._search_model, self)
        # the list offered is matched here, ignoring accents and case ("siobhan" finds Siobhán)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search.setCompleter(completer)
        completer.activated.connect(self._found)
        self.search.textEdited.connect(self._suggest)
        self.search.returnPressed.connect(lambda: self._found(self.search.text()))
        find = QAction(self.tr("&Find a worker…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        self.search.setVisible(not personal)
        self._search: tuple[dict[str, str], list[str]] | None = None  # read when first searched
        self.controller.data_changed.connect(
            lambda changed: self._forget_search() if changed & Changed.PEOPLE else None
        )

    def _forget_search(self) -> None:
        self._search = None

    def _searched(self) -> tuple[dict[str, str], list[str]]:
        """Each worker's "Name (staff number)" with their id, and those labels in order: read when
        first searched, not at start-up (10,000 workers take about 0.1 s), and again after a change."""
        if self._search is None:
            index = {f"{w.name} ({w.staff_no})": w.id for w in self.controller.people.workers()}
            self._search = index, sorted(index, key=fold)
        return self._search

    @property
    def _search_index(self) -> dict[str, str]:
        return self._searched()[0]

    @property
    def _search_labels(self) -> list[str]:
        return self._searched()[1]

    def search_matches(self, text: str) -> list[str]:
        """The workers whose name or staff number holds every word typed, accents and case ignored."""
        if not text.strip():
            return []
        return [label for label in self._search_labels if matches(text, label)]

    def _suggest(self, text: str) -> None:
        self._search_model.setStringList(self.search_matches(text)[:50])

    def _found(self, text: str) -> None:
        worker_id = self._search_index.get(text)
        if worker_id is None:
            found = self.search_matches(text)
            if len(found) == 1:
                worker_id = self._search_index[found[0]]
            elif found:  # several: let the person choose
                chosen, ok = QInputDialog.getItem(
                    self,
                    self.tr("Find a worker"),
                    self.tr("%d workers match “%s”:") % (len(found), text.strip()),
                    found,
                    0,
                    False,
                )
                worker_id = self._search_index.get(chosen) if ok else None
            else:
                self.statusBar().showMessage(self.tr("No worker matches “%s”.") % text.strip(), 5000)
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
        from planner.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(s.values(), s.elc_source(), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.controller.apply(self, s.save, dialog.values()):
                return

    # -- pages, built when first shown (start-up stays quick) ---------------------------
    def page(self, name: str) -> QWidget:
        if name not in self._built:
            widget = self._make(name)
            widget.setAccessibleName(self._labels[name])
            index = self.pages.index(name)
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[name] = widget
        return self._built[name]

    def _make(self, name: str) -> QWidget:
        c = self.controller
        if name == "Home":
            from planner.ui.home_view import HomeView

            home = HomeView(c)
            home.list_requested.connect(self.open_list)
            home.session_requested.connect(self.open_session)
            home.add_people_requested.connect(self.add_people)
            home.import_requested.connect(lambda: self.import_file("staff"))
            home.erasure_requested.connect(self.review_leavers)
            return home
        if name == "Matrix":
            from planner.ui.matrix_view import MatrixView

            return MatrixView(c)
        if name == "Due":
            from planner.ui.due_view import DueView

            return DueView(c)
        if name == "Sessions":
            from planner.ui.sessions_view import SessionsView

            return SessionsView(c)
        if name == "People":
            from planner.ui.people_view import PeopleView

            return PeopleView(c)
        if name == "Pathway":
            from planner.ui.pathway_view import PathwayView

            return PathwayView(c)
        if name == "Frameworks":
            from planner.ui.frameworks_view import FrameworksView

            return FrameworksView(c)
        from planner.ui.roles_view import RolesView

        return RolesView(c)

    def _switch(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        current = self.stack.currentIndex()
        if current != row and not self.leave_page_ok():
            self.nav.blockSignals(True)  # stay where the changes are
            self.nav.setCurrentRow(current)
            self.nav.blockSignals(False)
            return
        self.page(self.pages[row])
        self.stack.setCurrentIndex(row)

    def check_outside_changes(self) -> bool:
        """Refresh when the data changed outside this window; True if it had. A page with edits
        not yet saved is left alone (saving then works on the latest data), with a note."""
        try:
            version = self.controller.services.data_version()
        except Exception:  # noqa: BLE001 - a closed or vanished database: nothing to refresh
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        page = self.stack.currentWidget()
        if getattr(page, "unsaved", lambda: False)():
            self.statusBar().showMessage(
                self.tr("The data was changed in another window: this page refreshes once you save or discard."),
                15000,
            )
            return True
        self.controller.data_changed.emit(Changed.EVERYTHING)
        self.statusBar().showMessage(self.tr("Refreshed: the data was changed in another window."), 8000)
        return True

    def leave_page_ok(self) -> bool:
        """Changes not saved on the page being left are saved or discarded first, as the person
        chooses; False if they chose to stay."""
        page = self.stack.currentWidget()
        unsaved = getattr(page, "unsaved", None)
        what = unsaved() if unsaved is not None else None
        if not what:
            return True
        answer = ask_to_save(self, self.tr("Changes to %s are not saved.") % what)
        if answer == "save":
            return bool(page.save_unsaved())  # type: ignore[attr-defined]
        if answer == "discard":
            page.discard_unsaved()  # type: ignore[attr-defined]
            return True
        return False

    home = property(lambda self: self.page("Home"))
    matrix = property(lambda self: self.page("Matrix"))
    due = property(lambda self: self.page("Due"))
    sessions = property(lambda self: self.page("Sessions"))
    people = property(lambda self: self.page("People"))
    pathway = property(lambda self: self.page("Pathway"))
    frameworks = property(lambda self: self.page("Frameworks"))
    roles = property(lambda self: self.page("Roles"))

    def show_page(self, page: int | str) -> None:
        self.nav.setCurrentRow(self.pages.index(page) if isinstance(page, str) else page)
        self.stack.currentWidget().setFocus()

    def _add_pack_actions(self, menu: QMenu, personal: bool) -> None:
        """Learning packs: a worker sends their learning; a manager sends the team's mapping."""

        def dialogs():  # type: ignore[no-untyped-def]  # loaded when first used
            from planner.ui import pack_dialogs

            return pack_dialogs

        if personal:
            send = QAction(self.tr("Send &my learning…"), self)
            send.setStatusTip(self.tr("A pack of your learning for your manager or service (e-mail or USB stick)"))
            send.triggered.connect(lambda: dialogs().send_my_learning(self, self.controller))
        else:
            send = QAction(self.tr("E&xport team pack…"), self)
            send.setStatusTip(self.tr("The role mapping and a team's roles and bookings, for workers' own copies"))
            send.triggered.connect(lambda: dialogs().export_team_pack(self, self.controller))
        menu.addAction(send)
        receive = QAction(self.tr("Import &pack…"), self)
        receive.setShortcut(QKeySequence("Ctrl+Shift+I"))
        receive.setStatusTip(self.tr("A learning pack from a worker, or a team pack from your organisation"))
        receive.triggered.connect(lambda: dialogs().import_pack(self, self.controller))
        menu.addAction(receive)
        self.send_pack_action, self.import_pack_action = send, receive

    def import_file(self, kind: str = "staff") -> object:
        """File ▸ Import…: the import dialog; the window refreshes through data_changed."""
        from planner.ui.import_dialog import open_import

        return open_import(self.controller, self, kind)

    def review_leavers(self) -> None:
        """People, with those who have left in view: each can be exported, then erased."""
        self.show_page("People")
        people = self.page("People")
        people.show_left.setChecked(True)
        due = getattr(self.page("Home"), "erasure_due", [])
        if len(due) == 1:  # the one person: found and selected
            people.filter.setText(due[0].staff_no)
            people.view.selectRow(0)

    def add_people(self) -> None:
        """From an empty Home: to People, with a first worker's form open."""
        self.show_page("People")
        self.people.add_worker()

    def open_pathway(self, worker_id: str, requirement_key: str | None = None) -> None:
        self.pathway.show_worker(worker_id, requirement_key)
        self.show_page("Pathway")
        self.pathway.tabs.setCurrentIndex(0)
        self.pathway.req_view.setFocus()

    def show_guide(self, key: str) -> None:
        from planner.ui.help import GUIDES, HelpDialog

        title, html = GUIDES[key]
        translate = QCoreApplication.translate
        HelpDialog(translate("Help", title), translate("Help", html), self).exec()

    def show_shortcuts(self) -> None:
        from planner.ui.help import HelpDialog, shortcuts_html

        HelpDialog(self.tr("Keyboard shortcuts"), shortcuts_html(), self).exec()

    def show_about(self) -> None:
        from html import escape

        from planner.services.licences import components, licence_folder

        rows = "".join(
            f"<tr><td>{escape(c.name)} {escape(c.version)}</td><td>{escape(c.licence)}</td></tr>" for c in components()
        )
        folder = licence_folder()
        where = (
            self.tr("The full licence texts are in %s.") % escape(str(folder))
            if folder
            else self.tr("The full licence texts come with each installed package.")
        )
        QMessageBox.about(
            self,
            self.tr("About Pathway Planner"),
            self.tr(
                "<b>Pathway Planner %s</b><p>Foundation learning in child development, attachment, "
                "trauma and children's rights for Scotland's children's services workforce. "
                "Records stay on this computer unless you export them.</p>"
            )
            % __version__
            + self.tr("<p>Pathway Planner is free software (MIT licence), built with:</p>")
            + f"<table>{rows}</table><p>{where}</p>",
        )

    def _restore(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        page = self.settings.value("window/page")
        if page is not None and str(page).isdigit():
            self.nav.setCurrentRow(int(str(page)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_page_ok():
            event.ignore()
            return
        self.watch.stop()
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/page", self.nav.currentRow())
            self.settings.sync()
        super().closeEvent(event)
