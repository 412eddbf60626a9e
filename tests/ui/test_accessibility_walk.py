"""EN 301 549 clause 11, walked: every window and dialog opened the way a person opens it, and in
each every focusable control has an accessible name, Tab reaches every control, and Tab goes in
reading order (never jumping back up to a control on the left); every menu and action has a
keyboard path; and every table cell says its meaning in words through the accessible text role."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QTableView,
    QWidget,
)

from tests.ui.conftest import when_modal


def focus_controls(root: QWidget) -> list[QWidget]:
    """The controls Tab should reach in ``root``: visible, enabled, taking Tab focus; an editor
    inside a spin box or combo box belongs to its owner."""
    out = []
    for w in root.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.window() is not root or isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        if isinstance(w.parentWidget(), QAbstractItemView) or type(w).__name__ == "QTabBar":
            continue  # a table's viewport (the view itself takes focus), a tab bar (named by its tabs)
        out.append(w)
    return out


def tab_problems(root: QWidget) -> list[str]:
    """Controls Tab never reaches, and steps that jump back up and to the left."""
    wanted = {id(w): w for w in focus_controls(root)}
    order: list[QWidget] = []
    w = root.nextInFocusChain()
    for _ in range(2000):
        if w is root:
            break
        if id(w) in wanted and w not in order:
            order.append(w)
        w = w.nextInFocusChain()
    problems = [f"Tab never reaches {describe(w)}" for key, w in wanted.items() if all(id(o) != key for o in order)]
    for a, b in itertools.pairwise(order):
        pa, pb = a.mapTo(root, a.rect().topLeft()), b.mapTo(root, b.rect().topLeft())
        if pb.y() + b.height() <= pa.y() and pb.x() <= pa.x():
            problems.append(f"Tab goes back up from {describe(a)} to {describe(b)}")
    return problems


def spoken_name(w: QWidget) -> str:
    """The name a screen reader says for the control: its accessible name, or what Qt gives it
    from its text or its label's buddy."""
    interface = QAccessible.queryAccessibleInterface(w)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def nameless(root: QWidget) -> list[str]:
    return [f"no name: {type(w).__name__}" for w in focus_controls(root) if not spoken_name(w)]


def describe(w: QWidget) -> str:
    text = w.accessibleName() or getattr(w, "text", lambda: "")()
    return f"{type(w).__name__} '{text}'"


def check_dialog(found: dict[str, list[str]]) -> Callable[[QWidget], None]:
    """Check the dialog that opens, then close it without changing anything."""

    def act(dialog: QWidget) -> None:
        title = dialog.windowTitle() or type(dialog).__name__
        if type(dialog).__module__.startswith("planner."):
            found[title] = nameless(dialog) + tab_problems(dialog)
        else:  # Qt's own message and input boxes name their parts themselves
            found[title] = []
        dialog.reject()

    return act


def menu_action(window: QWidget, text: str) -> QAction:
    def walk(actions: list[QAction]) -> QAction | None:
        for a in actions:
            if a.text() == text:
                return a
            if a.menu() is not None:
                hit = walk(a.menu().actions())
                if hit is not None:
                    return hit
        return None

    found = walk(window.menuBar().actions())
    assert found is not None, text
    return found


def select_first(view: QTableView) -> None:
    view.setFocus()
    view.selectRow(0)
    QApplication.processEvents()


def lukasz(window) -> str:
    return next(w.id for w in window.controller.people.workers() if w.name == "Łukasz Nowak")


def open_pathway(window) -> None:
    window.open_pathway(lukasz(window))


# How a person opens each dialog: (page to show first, what they do there).
OPENERS: dict[str, Callable[[QWidget], None]] = {
    "add module": lambda w: (w.show_page("Frameworks"), w.frameworks.add_btn.click()),
    "new starter roles": lambda w: (w.show_page("Roles"), w.roles.updates_btn.click()),
    "add worker": lambda w: (w.show_page("People"), w.people.add_btn.click()),
    "edit worker": lambda w: (w.show_page("People"), select_first(w.people.view), w.people.edit_btn.click()),
    "mark as left": lambda w: (w.show_page("People"), select_first(w.people.view), w.people.retire_btn.click()),
    "erase person": lambda w: (w.show_page("People"), select_first(w.people.view), w.people.erase_person_btn.click()),
    "add team": lambda w: (w.show_page("People"), w.people.add_team_btn.click()),
    "choose teams": lambda w: (w.show_page("Matrix"), w.matrix.choose_teams()),
    "record completion": lambda w: (open_pathway(w), w.pathway.record_btn.click()),
    "record learning": lambda w: (open_pathway(w), w.pathway.learning.add_btn.click()),
    "record supervision": lambda w: (open_pathway(w), w.pathway.supervision.add_btn.click()),
    "plan session": lambda w: (w.show_page("Sessions"), w.sessions.plan_btn.click()),
    "mark attendance": lambda w: (
        w.show_page("Sessions"),
        select_first(w.sessions.sessions_view),
        w.sessions.attend_btn.click(),
    ),
    "settings": lambda w: menu_action(w, "&Settings…").trigger(),
    "restore": lambda w: menu_action(w, "Res&tore…").trigger(),
    "import": lambda w: menu_action(w, "&Import…").trigger(),
    "export team pack": lambda w: menu_action(w, "E&xport team pack…").trigger(),
    "guide": lambda w: menu_action(w, "Guide for team &managers").trigger(),
    "keyboard shortcuts": lambda w: menu_action(w, "&Keyboard shortcuts").trigger(),
}


@pytest.fixture
def no_file_dialogs(monkeypatch):
    """A file chooser would be the desktop's own: answer it with Cancel."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))


@pytest.mark.parametrize("name", OPENERS)
def test_every_dialog_is_named_and_tabs_in_reading_order(qtbot, window, no_file_dialogs, name):
    found: dict[str, list[str]] = {}
    when_modal(check_dialog(found), delay=20)
    OPENERS[name](window)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found and all(problems == [] for problems in found.values()), found


def test_the_personal_window_s_dialogs(qtbot, my_window, no_file_dialogs):
    """A "Just me" copy has dialogs of its own: My details, and Send my learning."""
    for open_it in (
        lambda: my_window.pathway.details_btn.click(),
        lambda: my_window.send_pack_action.trigger(),
    ):
        found: dict[str, list[str]] = {}
        when_modal(check_dialog(found), delay=20)
        open_it()
        qtbot.waitUntil(lambda found=found: bool(found), timeout=5000)
        assert all(problems == [] for problems in found.values()), found


def test_the_first_run_dialog(qtbot):
    from planner.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert nameless(dialog) == [] and tab_problems(dialog) == []


def test_every_page_tabs_through_all_its_controls_in_reading_order(window):
    for page in range(len(window.pages)):
        window.show_page(page)
        QApplication.processEvents()
        assert tab_problems(window) == [], window.pages[page]


def test_every_action_has_a_keyboard_path(window):
    """Menus open with Alt and a letter; every page is a shortcut away (Ctrl+1…); every button on
    every page is reached with Tab (tested above) and has a name; no action hides in a context
    menu alone."""
    for top in window.menuBar().actions():
        assert "&" in top.text(), top.text()
        letters = [a.text().split("&")[1][:1].lower() for a in top.menu().actions() if "&" in a.text()]
        assert len(letters) == len(set(letters)), (top.text(), letters)  # no two items share a letter
    pages = [a for a in menu_action(window, "Home").parent().actions() if not a.isSeparator()]
    assert all(not a.shortcut().isEmpty() for a in pages)
    for page in range(len(window.pages)):
        window.show_page(page)
        QApplication.processEvents()
        for button in window.stack.currentWidget().findChildren(QAbstractButton):
            if button.isVisible() and type(button).__name__ == "QPushButton":
                assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()
        for widget in window.stack.currentWidget().findChildren(QWidget):
            if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
                for a in widget.actions():
                    assert not a.shortcut().isEmpty() or a.text() in _BUTTON_TEXTS(window), a.text()


def _BUTTON_TEXTS(window) -> set[str]:
    return {b.text() for b in window.findChildren(QAbstractButton)}


def cell_words(view: QTableView, most_rows: int = 40) -> list[str]:
    """Cells whose accessible text is missing or is only a mark (a colour or symbol alone)."""
    model = view.model()
    problems = []
    for r in range(min(model.rowCount(), most_rows)):
        for c in range(model.columnCount()):
            if view.isColumnHidden(c):
                continue
            index = model.index(r, c, QModelIndex())
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            words = index.data(Qt.ItemDataRole.AccessibleTextRole)
            marked = (
                index.data(Qt.ItemDataRole.DecorationRole) is not None
                or index.data(Qt.ItemDataRole.BackgroundRole) is not None
            )
            if (shown not in (None, "") or marked) and not (
                isinstance(words, str) and any(ch.isalnum() for ch in words)
            ):
                header = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                problems.append(f"row {r} {header!r}: shown {shown!r}, read as {words!r}")
            elif (
                isinstance(shown, str)
                and words == shown
                and any(mark in shown for mark in "✔◔○⚠✖")
                and not any(
                    state in shown for state in ("recorded", "expiring", "due", "expired", "overdue", "present")
                )
            ):
                problems.append(f"row {r} col {c}: a mark without its word {shown!r}")  # the words say it
    return problems


def test_every_table_cell_says_its_meaning_in_words(qtbot, window):
    window.open_pathway(lukasz(window))
    QApplication.processEvents()
    seen = 0
    for page in range(len(window.pages)):
        window.show_page(page)
        view_page = window.stack.currentWidget()
        if page == window.pages.index("Matrix"):
            qtbot.waitUntil(lambda: window.matrix.model.rowCount() > 0, timeout=20000)
        for tab in range(getattr(getattr(view_page, "tabs", None), "count", lambda: 1)()):
            if hasattr(view_page, "tabs"):
                view_page.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            for view in view_page.findChildren(QTableView):
                if view.isVisible() and view.model() is not None and view.model().rowCount():
                    seen += 1
                    assert cell_words(view) == [], (window.pages[page], view.accessibleName())
    assert seen >= 8  # the walk met the tables it should


def test_the_matrix_reads_each_cell_as_requirement_and_state(qtbot, window):
    window.show_page("Matrix")
    model = window.matrix.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20000)
    words = [model.index(0, c).data(Qt.ItemDataRole.AccessibleTextRole) for c in range(model.columnCount())]
    assert any(
        "Trauma" in w and any(s in w for s in ("recorded", "due", "overdue", "expired", "expiring")) for w in words if w
    )
    count = model.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert " of " in count and "recorded" in count, count  # "7 of 9 recorded", not "7/9"


def test_a_dialog_problem_is_found(qtbot):
    """The walk's checks can fail: an unnamed field, and a Tab order that jumps back up."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    bottom = QLineEdit(dialog)  # made first, so Tab visits it first, though it is shown below
    top = QLineEdit(dialog)
    top.setAccessibleName("Top")
    layout.addWidget(top)
    layout.addWidget(bottom)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert nameless(dialog) == ["no name: QLineEdit"]
    assert any("back up" in p for p in tab_problems(dialog))
