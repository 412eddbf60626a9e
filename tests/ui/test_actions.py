"""Actions on nothing are never offered (print, export, edit and delete are disabled until there
is something to act on), and exports say where they saved or, in words, why they could not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import when_modal


def save_as(monkeypatch, path: Path, kind: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), kind)))


def answer(messages: list[str]):
    def act(box: QMessageBox) -> None:
        messages.append(box.text())
        close = box.button(QMessageBox.StandardButton.Close) or box.button(QMessageBox.StandardButton.Ok)
        close.click()

    return act


def test_learning_and_supervision_actions_need_a_row(qtbot, window):
    worker = max(window.controller.people.workers(), key=lambda w: len(window.controller.learning.entries(w.id)))
    window.open_pathway(worker.id)
    panel = window.pathway.learning
    assert panel.model.rowCount() > 0
    panel.view.clearSelection()
    assert not panel.edit_btn.isEnabled() and not panel.delete_btn.isEnabled() and not panel.evidence_btn.isEnabled()
    panel.view.selectRow(0)
    assert panel.edit_btn.isEnabled() and panel.delete_btn.isEnabled()
    row = panel.model.row(panel.proxy.mapToSource(panel.view.currentIndex()).row())
    assert panel.evidence_btn.isEnabled() == (row[0].evidence_count > 0)  # only with files to open
    supervision = window.pathway.supervision
    supervision.view.clearSelection()
    assert not supervision.edit_btn.isEnabled() and not supervision.delete_btn.isEnabled()


def test_print_and_certificates_need_a_worker_and_something_to_certify(qtbot, window):
    people = window.controller.people
    fresh = window.controller.apply(
        window,
        people.save_worker,
        None,
        {"staff_no": "N950", "name": "Ewan Mac an t-Saoir", "regulator": "none"},
        [(None, window.controller.catalogue.load().roles[0].id, date.today(), None)],
    )
    assert fresh
    newcomer = next(w for w in people.workers() if w.staff_no == "N950")
    window.open_pathway(newcomer.id)
    assert window.pathway.print_btn.isEnabled()  # a record of what is due is worth printing
    assert not window.pathway.certificates_btn.isEnabled()  # nothing completed: nothing to certify
    done = next(w for w in people.workers() if people.completions(w.id))
    window.open_pathway(done.id)
    assert window.pathway.certificates_btn.isEnabled()


def test_the_sign_in_sheet_needs_a_session(qtbot, window):
    module = next(m for m in window.controller.catalogue.load().modules if m.code == "NES-TSP")
    window.controller.apply(
        window,
        window.controller.training.add_session,
        {"module_id": module.id, "held_on": date(2026, 12, 10), "capacity": 5},
    )
    window.show_page("Sessions")
    sessions = window.sessions
    sessions.sessions_view.clearSelection()
    sessions.show_selected()
    assert not sessions.signin_btn.isEnabled()
    sessions.sessions_view.selectRow(0)
    assert sessions.signin_btn.isEnabled()


def test_matrix_prints_and_exports_need_someone_shown(qtbot, window):
    window.show_page("Matrix")
    matrix = window.matrix
    buttons = (matrix.export_btn, matrix.report_btn, matrix.records_btn, matrix.certs_btn)
    assert all(b.isEnabled() for b in buttons)
    matrix.filter.setText("nobody is called this")
    assert matrix.model.rowCount() == 0 and not any(b.isEnabled() for b in buttons)
    matrix.filter.setText("")
    assert all(b.isEnabled() for b in buttons)


def test_module_level_and_team_actions_need_one_chosen(qtbot, window):
    window.show_page("Frameworks")
    frameworks = window.page("Frameworks")
    frameworks.modules_view.clearSelection()
    assert not frameworks.edit_btn.isEnabled() and not frameworks.delete_btn.isEnabled()
    frameworks.modules_view.selectRow(0)
    assert frameworks.edit_btn.isEnabled() and frameworks.retire_btn.isEnabled()
    window.show_page("People")
    people = window.people
    people.teams.setCurrentRow(0)  # All teams
    assert not people.rename_team_btn.isEnabled() and not people.delete_team_btn.isEnabled()
    people.teams.setCurrentRow(1)
    assert people.rename_team_btn.isEnabled()
    people.view.clearSelection()
    assert not people.edit_btn.isEnabled() and not people.pathway_btn.isEnabled()


def test_an_export_says_where_it_saved_and_takes_the_suffix_of_the_kind_chosen(qtbot, window, tmp_path, monkeypatch):
    window.show_page("Matrix")
    save_as(monkeypatch, tmp_path / "matrix", "CSV files (*.csv)")
    messages: list[str] = []
    when_modal(answer(messages))
    qtbot.mouseClick(window.matrix.export_btn, Qt.MouseButton.LeftButton)
    written = tmp_path / "matrix.csv"
    assert written.is_file() and messages == [f"Saved {written}."]
    window.show_page("Due")
    save_as(monkeypatch, tmp_path / "due.csv", "CSV files (*.csv)")
    when_modal(answer(messages))
    qtbot.mouseClick(window.page("Due").export_due_btn, Qt.MouseButton.LeftButton)
    assert (tmp_path / "due.csv").is_file() and messages[-1] == f"Saved {tmp_path / 'due.csv'}."


def test_an_export_that_cannot_be_written_says_so_in_words(qtbot, window, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    window.show_page("Due")
    save_as(monkeypatch, blocker / "due.csv", "CSV files (*.csv)")
    messages: list[str] = []
    when_modal(answer(messages))
    qtbot.mouseClick(window.page("Due").export_due_btn, Qt.MouseButton.LeftButton)
    assert messages and "Errno" not in messages[0] and ".partial" not in messages[0]
    assert str(blocker) in messages[0]
    window.show_page("Matrix")
    save_as(monkeypatch, tmp_path / "no-such-folder" / "m.xlsx", "Excel workbook (*.xlsx)")
    when_modal(answer(messages))
    qtbot.mouseClick(window.matrix.export_btn, Qt.MouseButton.LeftButton)
    assert len(messages) == 2 and "Errno" not in messages[1] and "no-such-folder" in messages[1]
