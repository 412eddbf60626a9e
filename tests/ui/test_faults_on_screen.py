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


def _damage(folder: Path) -> None:
    db = folder / "planner.sqlite3"
    data = bytearray(db.read_bytes())
    data[:100] = b"\x00" * 100  # the header gone: not a database any more
    db.write_bytes(bytes(data))


def test_a_damaged_database_at_start_up_offers_the_earlier_copy(qtbot, tmp_path):
    import shutil

    from planner.ui.application import make_app, open_first

    make_app()
    folder = tmp_path / "data"
    services = Services.open(folder)
    services.create_demo(workers=5, seed=1, force=False)
    services.close()
    for extra in ("planner.sqlite3-wal", "planner.sqlite3-shm"):
        (folder / extra).unlink(missing_ok=True)
    shutil.copyfile(folder / "planner.sqlite3", folder / "planner.before-0007-20261101T000000.sqlite3")
    _damage(folder)
    seen = []

    def choose_restore(box):
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().startswith("Restore the backup of"))
        button.click()

    when_modal(choose_restore)
    when_modal(lambda box: (seen.append(box.text()), box.done(0)), delay=300)
    opened, fresh = open_first(str(folder), Services.open)
    try:
        assert opened is not None and not fresh
        assert len(opened.people.workers()) == 5
        assert "not a Pathway Planner database" in seen[0]
        assert "is back in use" in seen[1]
        assert list(folder.glob("planner.damaged-*.sqlite3"))  # the damaged file is kept
    finally:
        if opened is not None:
            opened.close()


def test_a_damaged_database_can_be_moved_aside_to_start_afresh(qtbot, tmp_path):
    from planner.ui.application import make_app, open_first

    make_app()
    folder = tmp_path / "data"
    Services.open(folder).close()
    _damage(folder)

    def move_aside(box):
        next(b for b in box.buttons() if b.text() == "Move the damaged file aside").click()

    when_modal(move_aside)
    when_modal(lambda box: box.done(0), delay=300)
    opened, _ = open_first(str(folder), Services.open)
    try:
        assert opened is not None and opened.is_empty()  # a fresh start: the first-run choice follows
        assert list(folder.glob("planner.damaged-*.sqlite3"))
    finally:
        if opened is not None:
            opened.close()


def test_an_empty_planner_data_dir_is_a_message_not_a_bug(qtbot, monkeypatch):
    """PLANNER_DATA_DIR set to nothing is the person's mistake: said in words at start-up, with
    no bug report, and nothing is opened."""
    from planner.ui.application import make_app, open_first

    make_app()
    monkeypatch.setenv("PLANNER_DATA_DIR", "")
    seen: list[tuple[QMessageBox.Icon, str]] = []
    when_modal(lambda box: (seen.append((box.icon(), box.text())), box.done(0)))
    opened, _ = open_first(None, Services.open)
    assert opened is None
    assert seen and seen[0][0] is QMessageBox.Icon.Critical
    assert "PLANNER_DATA_DIR is set but empty" in seen[0][1]
    assert "bug" not in seen[0][1].lower()
