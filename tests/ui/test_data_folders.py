"""File ▸ New data folder…, Open data folder… and Recent folders: start for real after exploring
the example, go back to it, and never open or create data by accident."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.services import folders
from planner.services.container import Services
from planner.ui.application import Session, make_app
from tests.ui.conftest import when_modal


@pytest.fixture
def session(qtbot, demo_ws):
    make_app()
    s = Session(Services.open)
    assert s.start(Services(demo_ws))
    yield s
    if s.window is not None:
        s.window.close()
    s.close()


def choose_folder(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))


def test_start_new_data_in_another_folder_then_go_back_to_the_example(qtbot, session, demo_ws, tmp_path, monkeypatch):
    example = demo_ws.folder
    first = session.window
    assert folders.recent() == [example.resolve()]
    mine = tmp_path / "our-team"
    mine.mkdir()
    choose_folder(monkeypatch, mine)
    when_modal(lambda dialog: dialog.empty_btn.click())
    first.folders.new_action.trigger()
    assert session.window is not first and not first.isVisible()
    assert session.services.folder == mine.resolve() and folders.holds_data(mine)
    assert session.services.people.workers() == []
    assert str(mine.resolve()) in session.window.location.text()
    assert folders.recent() == [mine.resolve(), example.resolve()]
    # the next start opens the folder last opened (and so does the command line)
    monkeypatch.delenv("PLANNER_DATA_DIR")
    assert folders.resolve(None) == mine.resolve()

    # back to the example through File ▸ Recent folders
    menu = session.window.folders.recent_menu
    session.window.folders.fill_recent()
    actions = [a for a in menu.actions() if str(example.resolve()) in a.text()]
    assert actions and actions[0].isEnabled()
    here = next(a for a in menu.actions() if str(mine.resolve()) in a.text())
    assert here.isChecked() and not here.isEnabled()  # the open folder is ticked
    actions[0].trigger()
    assert session.services.folder == example.resolve()
    assert len(session.services.people.workers()) > 10


def test_opening_a_folder_without_data_says_how_to_start_there(qtbot, session, tmp_path, monkeypatch):
    before = session.window
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    choose_folder(monkeypatch, empty)
    shown: list[str] = []
    when_modal(lambda box: (shown.append(box.text()), box.close()))
    before.folders.open_action.trigger()
    assert shown and "no Pathway Planner data" in shown[0] and "New data folder" in shown[0]
    assert session.window is before and list(empty.iterdir()) == []


def test_new_data_in_a_folder_that_has_some_asks_before_opening_it(qtbot, session, tmp_path, monkeypatch):
    other = tmp_path / "other"
    seeded = Services.open(str(other))
    seeded.start_empty()
    seeded.close()
    before = session.window
    choose_folder(monkeypatch, other)
    asked: list[str] = []
    when_modal(lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.Cancel).click()))
    before.folders.new_action.trigger()
    assert asked and "already holds Pathway Planner data" in asked[0]
    assert session.window is before


def test_cancelling_the_first_run_choice_leaves_the_folder_as_it_was(qtbot, session, tmp_path, monkeypatch):
    before = session.window
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    choose_folder(monkeypatch, fresh)
    when_modal(lambda dialog: dialog.reject())
    before.folders.new_action.trigger()
    assert session.window is before and before.isVisible()
    assert list(fresh.iterdir()) == []
    assert session.services.people.workers()  # still on the example, still open


def test_a_missing_recent_folder_is_named_and_cannot_be_chosen(qtbot, session, tmp_path):
    gone = tmp_path / "usb-stick"
    folders.remember(gone)
    folders.remember(session.services.folder)
    session.window.folders.fill_recent()
    entry = next(a for a in session.window.folders.recent_menu.actions() if str(gone) in a.text())
    assert "(not found)" in entry.text() and not entry.isEnabled()
    clear = next(a for a in session.window.folders.recent_menu.actions() if "Clear missing" in a.text())
    clear.trigger()
    assert gone not in folders.recent()
