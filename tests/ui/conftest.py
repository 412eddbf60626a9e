"""UI fixtures: a real main window over a real example database, offscreen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from planner.services.container import Services


@pytest.fixture
def window(qtbot, demo_ws):
    yield from shown_window(qtbot, Services(demo_ws))


@pytest.fixture
def my_window(qtbot, starter_ws):
    """A "Just me" copy: a residential worker registered with the SSSC."""
    from datetime import date, timedelta

    from planner.core.regulators import Registration
    from planner.services.personal import start_just_me

    start_just_me(
        starter_ws,
        {"name": "Łukasz Nowak", "regulator": "SSSC"},
        [("residential-worker", date.today() - timedelta(days=400))],
        Registration(declaration_on=date.today() + timedelta(days=100)),
    )
    yield from shown_window(qtbot, Services(starter_ws))


def shown_window(qtbot, services: Services):
    from planner.ui.application import build_window, make_app

    make_app()
    win = build_window(services)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # a test may leave edits on screen on purpose; closing then would ask, with nobody to answer
    for page in win._built.values():
        if getattr(page, "unsaved", None) and page.unsaved():
            page.discard_unsaved()
    win.close()
    win.deleteLater()


def when_modal(act: Callable[[QWidget], None], *, delay: int = 0) -> None:
    """Act on the next modal dialog or message box as soon as it opens (as a person would)."""

    def attempt(tries: int = 50) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, (QDialog, QMessageBox)):
            try:
                act(modal)
            except BaseException:
                modal.close()  # never leave a test waiting on a dialog; pytest-qt reports the error
                raise
        elif tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))

    QTimer.singleShot(delay, attempt)


def close_message(captured: list[str]) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        captured.append(box.text())
        box.close()

    return act


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, keyboard-reachable controls under ``root`` with no accessible name (a combo
    box's own line edit or a table's viewport count as named through their owner)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    unnamed = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.accessibleName():
            continue
        if isinstance(w, QTabWidget) or type(w).__name__ == "QTabBar":
            continue  # tabs are named by their text
        parent = w.parentWidget()
        if parent is not None and parent.accessibleName() and not isinstance(parent, QStackedWidget):
            continue
        text = getattr(w, "text", lambda: "")()
        if text and type(w).__name__ in ("QPushButton", "QCheckBox", "QRadioButton", "QCommandLinkButton"):
            continue  # a button's own text is its accessible name
        unnamed.append(f"{type(w).__name__} {text}")
    return unnamed
