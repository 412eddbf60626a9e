"""File ▸ Send my learning… and Import pack…, driven as a person would: the worker's pack is
saved with the choices ticked, and the manager sees what changes before importing it."""

from __future__ import annotations

import json
import zipfile
from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from planner.services.container import Services
from planner.ui.pack_dialogs import ImportPackDialog, SendPackDialog
from tests.ui.conftest import unnamed_controls, when_modal


def _close_message(seen: list[str]):
    def act(box: QDialog) -> None:
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            (box.button(QMessageBox.StandardButton.Close) or box.button(QMessageBox.StandardButton.Ok)).click()

    return act


def test_a_worker_sends_their_learning_with_reflections_shared(qtbot, my_window, tmp_path, monkeypatch):
    services = my_window.controller.services
    me = services.personal_id
    services._ws.db.execute("UPDATE workers SET staff_no = 'E04567' WHERE id = ?", [me])
    services.learning.add_entry(
        me, {"occurred_on": date.today() - timedelta(days=2), "title": "Reading", "hours": 1, "learned": "My words"}
    )
    target = tmp_path / "my pack"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    seen: list[str] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, SendPackDialog)
        assert unnamed_controls(dialog) == []
        assert not dialog.changes_only.isEnabled()  # nothing sent before: everything goes
        assert not dialog.share.isChecked()  # never shared unless the worker says so
        dialog.share.setChecked(True)
        when_modal(_close_message(seen))
        dialog.accept()

    when_modal(choose)
    my_window.send_pack_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    saved = target.with_name("my pack.zip")
    assert saved.exists() and str(saved) in seen[0]
    with zipfile.ZipFile(saved) as zf:
        records = json.loads(zf.read("records.json"))
    assert [e["learned"] for e in records["cpl_entries"]] == ["My words"]
    assert services.packs.last_sent() is not None  # the next pack offers "what changed since"


def test_a_manager_sees_what_changes_then_imports(qtbot, window, tmp_path, monkeypatch):
    services = window.controller.services
    subject = next(w for w in services.people.workers() if w.roles)
    role = services.catalogue.load().role(subject.roles[0].role_id).code
    theirs = Services.open(tmp_path / "worker")
    me = theirs.start_just_me(
        {"name": subject.name, "staff_no": subject.staff_no}, [(role, subject.roles[0].started_on)]
    )
    theirs.learning.add_entry(
        me,
        {
            "occurred_on": date.today() - timedelta(days=1),
            "title": "Shadowing a panel",
            "hours": 3,
            "kind": "shadowing",
        },
    )
    theirs.packs.export_worker(tmp_path / "pack.zip")
    theirs.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(tmp_path / "pack.zip"), "")))
    seen: list[str] = []
    shown: list[str] = []

    def review(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportPackDialog)
        assert unnamed_controls(dialog) == []
        assert dialog.import_btn.isDefault()  # Enter imports; Esc cancels
        shown.append(dialog.changes.toPlainText())
        assert not dialog.remove.isVisibleTo(dialog)  # nothing deleted on the worker's side
        when_modal(_close_message(seen))
        dialog.import_btn.click()

    when_modal(review)
    window.import_pack_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "New: 1 learning entry." in shown[0] and "1 new" in seen[0]
    assert "Shadowing a panel" in {e.title for e in services.learning.entries(subject.id)}


def test_a_team_pack_for_several_asks_which_is_you(qtbot, my_window, tmp_path, monkeypatch):
    manager = Services.open(tmp_path / "organisation")
    manager.create_demo(workers=30)
    team = max(manager.people.teams(), key=lambda t: sum(w.team_id == t.id for w in manager.people.workers()))
    manager.packs.export_team(tmp_path / "team.zip", team=team.name)
    first = min(w.staff_no for w in manager.people.workers() if w.team_id == team.id)
    manager.close()
    asked: list[list[str]] = []

    def pick(parent, title, label, items, *args, **kwargs):
        asked.append(list(items))
        return first, True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(tmp_path / "team.zip"), "")))
    seen: list[str] = []
    shown: list[str] = []

    def review(dialog: QDialog) -> None:
        shown.append(dialog.changes.toPlainText())
        when_modal(_close_message(seen))
        dialog.import_btn.click()

    when_modal(review)
    my_window.import_pack_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert first in asked[0] and f"becomes {first}" in shown[0]
    services = my_window.controller.services
    assert services.people.worker(services.personal_id).staff_no == first


def test_a_pack_under_another_name_asks_before_importing(qtbot, window, tmp_path, monkeypatch):
    services = window.controller.services
    subject = next(w for w in services.people.workers() if w.roles)
    role = services.catalogue.load().role(subject.roles[0].role_id).code
    theirs = Services.open(tmp_path / "worker")
    me = theirs.start_just_me(
        {"name": "Not The Same", "staff_no": subject.staff_no}, [(role, subject.roles[0].started_on)]
    )
    theirs.learning.add_entry(me, {"occurred_on": date.today() - timedelta(days=1), "title": "Elsewhere", "hours": 1})
    theirs.packs.export_worker(tmp_path / "pack.zip")
    theirs.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(tmp_path / "pack.zip"), "")))
    asked: list[str] = []

    def review(dialog: QDialog) -> None:
        assert "Check first" in dialog.changes.toPlainText()

        def decline(box: QDialog) -> None:
            asked.append(box.text())
            box.reject()

        when_modal(decline)
        dialog.import_btn.click()

    when_modal(review)
    window.import_pack_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "Not The Same" in asked[0]
    assert "Elsewhere" not in {e.title for e in services.learning.entries(subject.id)}  # declined: nothing written
