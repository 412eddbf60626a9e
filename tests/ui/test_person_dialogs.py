"""People ▸ Export person… and Erase person…: offered only for a selected worker, the export says
where it went, and erasing asks for the staff number to be typed before Erase is offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from planner.ui.person_dialogs import ErasePersonDialog
from tests.ui.conftest import unnamed_controls, when_modal


def select(people, staff_no: str) -> None:
    worker = people.controller.people.worker_by_staff_no(staff_no)
    people.select_worker(worker.id)
    assert people.selected_worker().staff_no == staff_no


def test_the_actions_need_a_worker_selected(qtbot, window):
    window.show_page("People")
    people = window.people
    people.view.clearSelection()
    assert not people.export_person_btn.isEnabled() and not people.erase_person_btn.isEnabled()
    people.view.selectRow(0)
    assert people.export_person_btn.isEnabled() and people.erase_person_btn.isEnabled()
    assert people.export_person_btn.accessibleName() and people.erase_person_btn.accessibleName()


def test_export_person_writes_a_new_folder_and_says_where(qtbot, window, tmp_path, monkeypatch):
    window.show_page("People")
    people = window.people
    people.view.selectRow(0)
    worker = people.selected_worker()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    told: list[tuple[object, int]] = []  # the "Saved" message, caught (the export can take a while)
    monkeypatch.setattr("planner.ui.person_dialogs.saved", lambda _parent, path, count=1: told.append((path, count)))
    qtbot.mouseClick(people.export_person_btn, Qt.MouseButton.LeftButton)
    made = list(out.iterdir())
    assert len(made) == 1 and worker.staff_no in made[0].name
    assert (made[0] / "person.json").is_file() and (made[0] / "learning-record.pdf").is_file()
    assert told == [(made[0], len(list(made[0].rglob("*.*"))))]


def test_erase_is_offered_only_once_the_staff_number_is_typed(qtbot, window):
    staff_no = window.controller.people.workers()[0].staff_no
    plan = window.controller.services.person.plan(staff_no)
    dialog = ErasePersonDialog(plan, window)
    qtbot.addWidget(dialog)
    dialog.show()
    what = next(w for w in dialog.findChildren(QLabel) if w.accessibleName() == "What will be erased")
    assert "1 worker record" in what.text() and not dialog.erase_btn.isEnabled()
    dialog.typed.setText("wrong")
    assert not dialog.erase_btn.isEnabled()
    dialog.typed.setText(staff_no)
    assert dialog.erase_btn.isEnabled()
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_erase_person_removes_them_and_lists_older_backups(qtbot, window, monkeypatch):
    window.show_page("People")
    people = window.people
    staff_no = people.controller.people.workers()[1].staff_no
    select(people, staff_no)
    window.controller.services.backups.make("")
    messages: list[str] = []

    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)

    def confirm(dialog) -> None:
        assert isinstance(dialog, ErasePersonDialog)
        dialog.typed.setText(staff_no)
        dialog.erase_btn.click()

    when_modal(confirm)
    qtbot.mouseClick(people.erase_person_btn, Qt.MouseButton.LeftButton)
    assert messages and "was erased" in messages[0] and "backups" in messages[0]
    assert staff_no not in [r.worker.staff_no for r in people.model.rows()]


def test_home_offers_leavers_past_keeping_for_erasure(window, qtbot, demo_ws):
    from datetime import date, timedelta

    worker = window.controller.people.workers()[0]
    with demo_ws.db.atomic():  # as a leaver recorded years ago (the screens refuse a date before the role began)
        demo_ws.people_repo.mark_left(worker.id, date.today() - timedelta(days=7 * 366))
    window.show_page("Home")
    home = window.page("Home")
    home.refresh()
    assert home.erasure_row.isVisible() and "1 person left over 6 years ago" in home.erasure_note.text()
    assert home.erasure_btn.accessibleName()
    assert f"{worker.name} ({worker.staff_no}" in home.erasure_note.text()  # named, with when they left
    home.erasure_btn.click()
    people = window.page("People")
    assert window.stack.currentWidget() is people and people.show_left.isChecked()
    assert people.filter.text() == worker.staff_no and people.erase_person_btn.isEnabled()  # found and selected
