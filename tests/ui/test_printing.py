"""Printing from the screens: files chosen in the (patched) file dialogs, jobs run off the GUI
thread, and every PDF read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import close_message, when_modal


@pytest.fixture
def chosen(monkeypatch, tmp_path):
    """Answer the save and folder dialogs with paths in tmp_path, as a person would."""
    picked: dict[str, Path] = {}

    def save(parent, title, suggested, *_):
        path = tmp_path / Path(suggested).name
        picked["file"] = path
        return str(path), "PDF files (*.pdf)"

    def folder(parent, title, *_):
        path = tmp_path / "folder"
        path.mkdir(exist_ok=True)
        picked["folder"] = path
        return str(path)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    return picked


def close_saved(messages):
    def act(box):
        messages.append(box.text())
        box.button(QMessageBox.StandardButton.Close).click()

    return act


def test_print_learning_record_from_the_pathway(qtbot, window, chosen):
    worker = next(w for w in window.controller.people.workers() if w.name == "Łukasz Nowak")
    window.open_pathway(worker.id)
    messages: list[str] = []
    when_modal(close_saved(messages))
    qtbot.mouseClick(window.pathway.print_btn, Qt.MouseButton.LeftButton)
    pdf = chosen["file"]
    assert messages and str(pdf) in messages[0]
    assert "Learning record: Łukasz Nowak" in PdfReader(pdf).pages[0].extract_text()


def test_a_document_saved_as_an_accessible_web_page(qtbot, window, monkeypatch, tmp_path):
    """Choosing the web page kind in the save dialog, with a name typed without a suffix, saves
    the same record as HTML (with .html added)."""
    offered: list[str] = []

    def save(parent, title, suggested, filters):
        offered.extend(filters.split(";;"))
        return str(tmp_path / "record for my new employer"), next(f for f in offered if "*.html" in f)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    worker = next(w for w in window.controller.people.workers() if w.name == "Łukasz Nowak")
    window.open_pathway(worker.id)
    messages: list[str] = []
    when_modal(close_saved(messages))
    qtbot.mouseClick(window.pathway.print_btn, Qt.MouseButton.LeftButton)
    page = tmp_path / "record for my new employer.html"
    assert offered[0].startswith("PDF document") and messages and str(page) in messages[0]
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in text
    assert "<h1>Learning record: Łukasz Nowak</h1>" in text

    # next time the web page is offered first, and a name typed with .htm stays as typed
    offered.clear()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(
            lambda parent, title, suggested, filters: (
                offered.extend(filters.split(";;")),
                (str(tmp_path / "again.htm"), offered[-1]),
            )[1]
        ),
    )
    when_modal(close_saved(messages))
    qtbot.mouseClick(window.pathway.print_btn, Qt.MouseButton.LeftButton)
    assert offered[0].startswith("Accessible web page")
    assert (tmp_path / "again.htm").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not (tmp_path / "again.htm.html").exists()


def test_team_report_and_batch_run_off_the_gui_thread(qtbot, window, chosen):
    matrix = window.matrix
    window.show_page("Matrix")
    messages: list[str] = []
    when_modal(close_saved(messages), delay=0)
    qtbot.mouseClick(matrix.report_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert "Team completion report" in PdfReader(chosen["file"]).metadata.title
    team = window.controller.people.teams()[0].name
    matrix.scope.setCurrentIndex(matrix.scope.findData(team))
    for choice in ("A &folder of files", "&One document"):
        messages.clear()

        def choose(box, choice=choice):
            next(b for b in box.buttons() if b.text() == choice).click()
            when_modal(close_saved(messages), delay=50)

        when_modal(choose)
        qtbot.mouseClick(matrix.records_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    files = sorted(chosen["folder"].glob("*.pdf"))
    assert len(files) == matrix.model.rowCount()
    combined = PdfReader(chosen["file"])
    assert combined.metadata.title == "Learning records"
    text = "".join(p.extract_text() for p in combined.pages)
    assert all(matrix.model.data_.names[r] in text for r in matrix.model.rows)


def test_sign_in_sheet_from_the_sessions_screen(qtbot, window, chosen):
    from datetime import date

    module = next(m for m in window.controller.catalogue.load().modules if m.code == "NES-TSP")
    window.controller.apply(
        window,
        window.controller.training.add_session,
        {"module_id": module.id, "held_on": date(2026, 12, 10), "capacity": 5},
    )
    sessions = window.sessions
    window.show_page("Sessions")
    sessions.sessions_view.selectRow(0)
    qtbot.mouseClick(sessions.book_top_btn, Qt.MouseButton.LeftButton)
    messages: list[str] = []
    when_modal(close_saved(messages))
    qtbot.mouseClick(sessions.signin_btn, Qt.MouseButton.LeftButton)
    text = PdfReader(chosen["file"]).pages[0].extract_text()
    assert "Sign-in sheet" in text and sessions.bookings_model.row(0).worker.name in text


def test_logo_setting_refuses_a_missing_file(qtbot, window, tmp_path):
    messages: list[str] = []

    def fill(dialog):
        dialog.logo.setText(str(tmp_path / "missing.png"))
        when_modal(close_message(messages), delay=10)
        dialog.accept()
        when_modal(lambda again: again.reject(), delay=150)

    when_modal(fill)
    window.settings_action.trigger()
    assert messages and "does not exist" in messages[0]
