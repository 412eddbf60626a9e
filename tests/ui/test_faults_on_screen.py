"""What the window shows when things go wrong: a bug as "Something went wrong" with Copy
details (never a traceback), read-only data with a banner, and another copy's changes refreshed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from planner.services.container import Services
from tests.ui.conftest import when_modal


def test_a_bug_is_reported_with_copy_details_and_logged(window, qtbot):
    seen = {}

    def look(box):
        seen["text"] = box.text()
        seen["title"] = box.windowTitle()
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
        copy.click()
        seen["clipboard"] = QApplication.clipboard().text()
        seen["still_open"] = box.isVisible()
        box.done(0)

    def broken():
        raise ZeroDivisionError("a bug in a change")

    when_modal(look)
    assert window.controller.apply(window, broken) is False
    assert seen["title"] == "Something went wrong"
    assert "details saved to" in seen["text"] and "Traceback" not in seen["text"]
    assert "ZeroDivisionError: a bug in a change" in seen["clipboard"]
    assert seen["still_open"]  # copying does not close the box
    log = seen["text"].split("details saved to ")[1].split(". ")[0]
    assert "ZeroDivisionError" in Path(log).read_text(encoding="utf-8")


def test_a_mistake_is_a_plain_message_not_a_bug(window, qtbot):
    from planner.core.errors import UserError

    seen = {}

    def look(box):
        seen["text"] = box.text()
        seen["icon"] = box.icon()
        box.done(0)

    def refused():
        raise UserError("Give the date of the learning.")

    when_modal(look)
    assert window.controller.apply(window, refused) is False
    assert seen["text"] == "Give the date of the learning."
    assert seen["icon"] == QMessageBox.Icon.Warning


def test_read_only_data_shows_a_banner(qtbot, demo_ws, monkeypatch):
    from tests.ui.conftest import shown_window

    services = Services(demo_ws)
    monkeypatch.setattr(type(services), "read_only", property(lambda self: True))
    gen = shown_window(qtbot, services)
    win = next(gen)
    try:
        assert win.read_only_banner.isVisible()
        assert "Read-only" in win.read_only_banner.text()
        assert win.read_only_banner.accessibleName()
    finally:
        next(gen, None)


def test_banner_hidden_for_ordinary_data(window):
    assert not window.read_only_banner.isVisible()


def test_changes_from_another_copy_refresh_the_window(window, qtbot, demo_ws):
    other = Services.open(demo_ws.folder)
    try:
        window.show_page("People")
        worker = other.people.workers()[0]
        refreshed = []
        window.controller.data_changed.connect(refreshed.append)
        other.learning.add_entry(
            worker.id, {"occurred_on": date(2026, 11, 2), "title": "Elsewhere", "kind": "reading", "hours": 1}
        )
        qtbot.waitUntil(lambda: bool(refreshed), timeout=5000)  # the 2-second watch notices
        assert "another window" in window.statusBar().currentMessage()
        assert window.check_outside_changes() is False  # and only once
    finally:
        other.close()
