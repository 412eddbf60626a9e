"""One learning history on screen: the registration tab, the command line and the printed record
say the same for the same worker; completions are corrected or deleted (with undo) from the
pathway; attendance taken back; the NMC checklist; a role's staged windows; the SSSC figure."""

from __future__ import annotations

import json
from contextlib import redirect_stdout
from datetime import date, timedelta
from io import StringIO

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from planner import cli
from planner.core.hours import hours_text
from planner.ui.pathway_view import CompletionDialog
from planner.ui.sessions_view import AttendanceDialog
from tests.ui.conftest import when_modal


def command(window, *args: str) -> str:
    """Run a command in this process on the window's own data folder, as a script would."""
    out = StringIO()
    with redirect_stdout(out):
        assert cli.main(["--data-dir", str(window.controller.services.folder), *args]) == 0
    return out.getvalue()


def answer(button: QMessageBox.StandardButton):
    def act(box):
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    return act


def nmc_worker(window, dated: bool) -> str:
    learning = window.controller.learning
    return next(
        w.staff_no
        for w in window.controller.people.workers()
        if w.regulator == "NMC" and (learning.registration(w.id).revalidation_on is not None) == dated
    )


def open_worker(window, staff_no: str):
    worker = next(w for w in window.controller.people.workers() if w.staff_no == staff_no)
    window.show_page("Pathway")
    window.pathway.show_worker(worker.id)
    return worker


def test_registration_tab_cli_and_printed_record_agree(qtbot, window, tmp_path):
    nmc = nmc_worker(window, dated=True)
    for staff_no in ("E01001", nmc):  # an SSSC social worker and an NMC registrant
        open_worker(window, staff_no)
        panel = window.pathway.registration
        window.pathway.tabs.setCurrentWidget(panel)
        on = window.controller.as_on.isoformat()
        data = json.loads(command(window, "registration", staff_no, "--on", on, "--format", "json"))
        shown = panel.summary.text()
        record = tmp_path / f"{staff_no}.pdf"
        command(window, "export", "record", staff_no, "-o", str(record), "--on", on)
        printed = " ".join(page.extract_text() for page in PdfReader(record).pages).replace("\n", " ")
        assert data["regulator"] == window.pathway.worker.regulator
        for check in data["checks"]:
            words = "✔ met" if check["met"] else "✖ not yet"
            assert f"{words}</b> — {check['label']}" in shown.replace("&#x27;", "'"), check["code"]
            assert f"{words}: {check['label']}" in printed, check["code"]
        if data["cycle_start"]:
            total = f"{hours_text(data['hours'])} hours ({hours_text(data['participatory_hours'])} participatory)"
            assert total in shown and total in printed
    # the learning tab lists the same history as `cpl list`, and the pathway the same completions
    learning = window.pathway.learning
    assert learning.model.rowCount() == len(json.loads(command(window, "cpl", "list", nmc)))
    assert window.pathway.done_model.rowCount() == len(json.loads(command(window, "completion", "list", nmc)))


def test_record_correct_delete_and_undo_a_completion_from_the_pathway(qtbot, window):
    worker = open_worker(window, "E01005")
    view = window.pathway
    learning = window.controller.learning
    before = len(learning.entries(worker.id))

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, CompletionDialog)
        dialog.module.setCurrentIndex(dialog.module.findText("LOC-ASP", Qt.MatchFlag.MatchStartsWith))
        assert dialog.hours.value() == 1.5 and not dialog.participatory.isChecked()  # from the module
        dialog.hours.setValue(1.75)
        dialog.when.setDate(date.today() - timedelta(days=3))
        dialog.accept()

    when_modal(record)
    qtbot.mouseClick(view.record_btn, Qt.MouseButton.LeftButton)
    assert len(learning.entries(worker.id)) == before + 1
    row = next(
        i
        for i, r in enumerate(view.done_model.rows())
        if r[1] and r[1].code == "LOC-ASP" and r[0].occurred_on == date.today() - timedelta(days=3)
    )
    assert view.done_model.row(row)[0].hours == 1.75
    view.done_view.selectRow(row)

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, CompletionDialog) and dialog.hours.value() == 1.75
        dialog.when.setDate(date.today() - timedelta(days=4))
        dialog.accept()

    when_modal(correct)
    qtbot.mouseClick(view.edit_done_btn, Qt.MouseButton.LeftButton)
    entry = next(
        r[0]
        for r in view.done_model.rows()
        if r[1] and r[1].code == "LOC-ASP" and r[0].occurred_on == date.today() - timedelta(days=4)
    )
    assert entry.completion_id in {c.id for c in window.controller.people.completions(worker.id)}
    # delete asks first; the Delete key works on the table; Ctrl+Z brings it back
    view.done_view.selectRow(next(i for i, r in enumerate(view.done_model.rows()) if r[0].id == entry.id))
    view.done_view.setFocus()
    when_modal(answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(view.done_view, Qt.Key.Key_Delete)
    assert entry.id not in {r[0].id for r in view.done_model.rows()}
    assert entry.id not in {e.id for e in learning.entries(worker.id)}
    assert view.undo_done_btn.isEnabled()
    qtbot.keyClick(view.done_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.id in {r[0].id for r in view.done_model.rows()}
    assert [a["action"] for a in learning.audit(worker.id)[:3]] == ["restore", "delete", "edit"]


def test_unticking_attendance_asks_and_takes_the_completion_back(qtbot, window):
    training = window.controller.training
    module = training.module_by_code("NES-SS")
    worker = next(w for w in window.controller.people.workers() if w.staff_no == "E01006")
    c = window.controller
    assert c.apply(window, training.add_session, {"module_id": module, "held_on": date.today() - timedelta(days=1)})
    session = c.last_id
    assert c.apply(window, training.book, session, [worker.id])
    assert c.apply(window, training.attend, session, [worker.id])
    made = {c.id for c in window.controller.people.completions(worker.id)}
    window.show_page("Sessions")
    window.sessions.select(session)

    def untick(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        dialog.people.item(0).setCheckState(Qt.CheckState.Unchecked)
        when_modal(answer(QMessageBox.StandardButton.Yes))
        dialog.accept()

    when_modal(untick)
    qtbot.mouseClick(window.sessions.attend_btn, Qt.MouseButton.LeftButton)
    assert len({c.id for c in window.controller.people.completions(worker.id)}) == len(made) - 1
    assert {b.status for b in training.bookings(session)} == {"no-show"}


def test_nmc_checklist_is_confirmed_on_the_registration_tab(qtbot, window):
    worker = open_worker(window, nmc_worker(window, dated=False))
    panel = window.pathway.registration
    window.pathway.tabs.setCurrentWidget(panel)
    learning = window.controller.learning
    assert not panel.checklist.isVisible() and "nothing is judged" in panel.summary.text()  # no date, no verdict
    panel.revalidation.set_value(date.today() + timedelta(days=200))
    qtbot.mouseClick(panel.save_btn, Qt.MouseButton.LeftButton)
    assert panel.checklist.isVisible()
    box = panel.checklist
    box.feedback.setValue(5)
    box.confirmer.setText("Morag Reid (line manager)")
    box.confirmed.set_value(date.today())
    qtbot.mouseClick(box.save_btn, Qt.MouseButton.LeftButton)
    cycle = learning.cycle(worker.id, window.controller.as_on)
    assert cycle.check("feedback").met and cycle.check("confirmation").met
    assert "✔ met</b> — Confirmation" in panel.summary.text()


def test_a_role_s_due_windows_are_edited_and_saved(qtbot, window):
    window.show_page("Roles")
    view = window.page("Roles")
    role = next(r for r in view.catalogue.roles if r.code == "kinship-carer")
    view.select_role(role.id)
    table = view.editor.stages_table
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == "Child protection – Wider")
    table.item(row, table.DAYS).setText("-14")
    table.item(row, table.STAGE).setText("before placement")
    qtbot.mouseClick(view.editor.save_btn, Qt.MouseButton.LeftButton)
    saved = next(r for r in window.controller.catalogue.load().roles if r.code == "kinship-carer")
    assert [(s.due_days, s.name) for s in saved.stages] == [(-14, "before placement")]
    # a mistake is refused with a message, and nothing is saved
    table = view.editor.stages_table
    table.item(row, table.DAYS).setText("soon")
    shown: list[str] = []
    when_modal(lambda box: (shown.append(box.text()), box.close()))
    qtbot.mouseClick(view.editor.save_btn, Qt.MouseButton.LeftButton)
    assert shown and "not a number of days" in shown[0]
    assert next(r for r in window.controller.catalogue.load().roles if r.code == "kinship-carer").stages == saved.stages


def test_home_what_is_due_and_the_command_line_count_the_same_sssc_declarations(qtbot, window):
    window.show_page("Home")
    home = window.page("Home")
    tile = home.figures["declarations"]
    on = window.controller.as_on.isoformat()
    rows = json.loads(command(window, "declarations", "--on", on, "--format", "json"))
    assert rows and tile.accessibleName().startswith(f"{len(rows)} SSSC declarations")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    due = window.page("Due")
    assert window.stack.currentWidget() is due
    assert {r["staff_no"] for r in due.model.rows()} == {r["staff_no"] for r in rows}


def test_a_module_says_which_topics_and_elements_it_covers(qtbot, window):
    from planner.ui.module_dialog import ModuleDialog

    catalogue = window.controller.catalogue.load()
    module = next(m for m in catalogue.modules if m.code == "LOC-CD-F")
    dialog = ModuleDialog(catalogue, module, window)
    qtbot.addWidget(dialog)
    assert dialog.element_boxes["knowledge"].isChecked() and not dialog.topic_boxes["adult-protection"].isChecked()
    dialog.topic_boxes["adult-protection"].setChecked(True)
    dialog.element_boxes["wellbeing"].setChecked(True)
    assert window.controller.apply(
        window, window.controller.catalogue.update_module, module.id, dialog.fields(), dialog.granted_levels()
    )
    saved = next(m for m in window.controller.catalogue.load().modules if m.code == "LOC-CD-F")
    assert saved.topics == ("adult-protection",) and saved.sssc_elements == ("knowledge", "wellbeing")
    assert saved.grants == module.grants


def test_choosing_another_role_shows_its_own_windows_and_saving_keeps_them(qtbot, window):
    window.show_page("Roles")
    view = window.page("Roles")
    roles = {r.code: r for r in view.catalogue.roles}
    view.select_role(roles["foster-carer"].id)
    view.select_role(roles["social-worker"].id)
    table = view.editor.stages_table
    shown = {
        table.item(i, 0).text(): (table.item(i, 1).text(), table.item(i, 2).text()) for i in range(table.rowCount())
    }
    assert shown["Trauma – Informed"] == ("30", "induction")
    assert shown["Child protection – Wider"] == ("7", "induction")
    assert shown["Child protection – Specific"] == ("", "")
    qtbot.mouseClick(view.editor.save_btn, Qt.MouseButton.LeftButton)
    saved = next(r for r in window.controller.catalogue.load().roles if r.code == "social-worker")
    assert sorted(saved.stages, key=str) == sorted(roles["social-worker"].stages, key=str)
