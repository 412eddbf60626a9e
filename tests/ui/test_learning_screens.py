"""Recording learning and supervision in the GUI, in a personal ("Just me") database and in a
team database, by mouse and by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from planner.core.status import State
from planner.services.container import Services
from planner.ui.cpl_dialog import CplEntryDialog
from planner.ui.just_me_dialog import JustMeDialog
from planner.ui.supervision_panel import SessionDialog
from tests.ui.conftest import when_modal


def fill_entry(
    title: str,
    *,
    hours: float = 2.0,
    module: str | None = None,
    learned: str = "",
    files: tuple[str, ...] = (),
    accept: bool = True,
):
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, CplEntryDialog)
        dialog.title_edit.setText(title)
        dialog.hours.setValue(hours)
        dialog.kind.setCurrentText("workshop")
        if module:
            dialog.module.setCurrentIndex(
                next(i for i in range(dialog.module.count()) if dialog.module.itemText(i).startswith(module + " "))
            )
        dialog.element_boxes["communication"].setChecked(True)
        if learned:
            dialog.learned.setPlainText(learned)
        for f in files:
            dialog.add_file(f)
        (dialog.accept if accept else dialog.reject)()

    return act


def test_personal_window_opens_on_my_pathway_without_team_screens(my_window):
    assert my_window.stack.currentWidget() is my_window.pathway
    assert my_window.nav.item(my_window.pages.index("People")).isHidden()
    assert my_window.nav.item(my_window.pages.index("Matrix")).isHidden()
    assert not my_window.pathway.picker.isVisible()
    assert my_window.pathway.worker.name == "Łukasz Nowak"
    assert my_window.pathway.tabs.tabText(1) == "My &learning"


def test_record_a_week_of_learning_by_mouse(qtbot, my_window, tmp_path):
    panel = my_window.pathway.learning
    my_window.pathway.tabs.setCurrentWidget(panel)
    cert = tmp_path / "certificate.pdf"
    cert.write_bytes(b"%PDF-1.4")
    before = {r.label: r.state for r in my_window.pathway.req_model.rows()}
    assert before["Trauma – Skilled"] is State.OVERDUE
    when_modal(fill_entry("Opening Doors", hours=0.5, module="NES-OD", learned="Slow down first.", files=(str(cert),)))
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    when_modal(fill_entry("Developing trauma skilled practice", hours=2, module="NES-TSP"))
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    when_modal(fill_entry("Read about life story work", hours=1.25))
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 3
    assert panel.model.row(0)[0].title in {
        "Opening Doors",
        "Developing trauma skilled practice",
        "Read about life story work",
    }
    assert "3 entries shown · 3.75 hours" in panel.totals.text()  # exactly as recorded
    # the pathway updated at once: both trauma levels are now recorded
    after = {r.label: r.state for r in my_window.pathway.req_model.rows()}
    assert after["Trauma – Skilled"] is State.RECORDED
    # and the registration panel counts the entries
    assert "3 entries" in my_window.pathway.registration.summary.text()
    assert "Trauma-informed learning" in my_window.pathway.registration.summary.text()
    # the reflection shows as written, in the worker's own copy
    rows = {r[0].title: r for r in panel.model.rows()}
    assert rows["Opening Doors"][2] is True and rows["Opening Doors"][0].evidence_count == 1


def test_filters_and_delete_with_undo(qtbot, my_window):
    panel = my_window.pathway.learning
    when_modal(fill_entry("Peer group"))
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    panel.kind.setCurrentIndex(panel.kind.findData("reading"))
    assert panel.model.rowCount() == 0
    panel.kind.setCurrentIndex(panel.kind.findData("workshop"))
    assert panel.model.rowCount() == 1
    panel.view.selectRow(0)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(panel.delete_btn, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0 and panel.undo_btn.isEnabled()
    qtbot.mouseClick(panel.undo_btn, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1 and not panel.undo_btn.isEnabled()


def test_future_date_is_refused_and_what_was_typed_is_kept(qtbot, my_window):
    panel = my_window.pathway.learning
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CplEntryDialog)
        # the date field will not go past today; force a bad hours value instead
        dialog.title_edit.setText("Half-hour-and-a-bit")
        dialog.hours.setValue(1.3)
        dialog.learned.setPlainText("Something I must not lose")
        when_modal(lambda box: (seen.append(box.text()), box.close()), delay=10)
        dialog.accept()

        def again(d2: QDialog) -> None:
            seen.append(d2.learned.toPlainText())
            when_modal(lambda box: button_named(box, "Discard").click(), delay=10)
            d2.reject()

        when_modal(again, delay=150)

    when_modal(fill)
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    assert "quarter hours" in seen[0]
    assert seen[1] == "Something I must not lose"
    assert panel.model.rowCount() == 0


def test_reflection_is_autosaved_as_a_draft_while_typing(qtbot, my_window):
    panel = my_window.pathway.learning
    learning = my_window.controller.learning
    key = f"cpl:new:{my_window.pathway.worker.id}"

    def type_then_wait(dialog: QDialog) -> None:
        dialog.title_edit.setText("Conference day")
        dialog.learned.setPlainText("Children told us what helps")
        qtbot.waitUntil(
            lambda: (learning.draft(key) or {}).get("learned") == "Children told us what helps", timeout=3000
        )
        when_modal(lambda box: button_named(box, "Keep as a draft").click(), delay=10)
        dialog.reject()  # closing asks: keep it as a draft

    when_modal(type_then_wait)
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    assert learning.draft(key)["title"] == "Conference day"
    restored: list[str] = []

    def reopen(dialog: QDialog) -> None:
        restored.append(dialog.learned.toPlainText())
        restored.append(dialog.draft_notice.text())
        dialog.accept()

    when_modal(reopen)
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    assert restored[0] == "Children told us what helps" and "draft" in restored[1]
    assert learning.draft(key) is None  # saved, so the draft is gone
    assert panel.model.rowCount() == 1


def test_record_by_keyboard_alone(qtbot, my_window):
    panel = my_window.pathway.learning
    my_window.pathway.tabs.setCurrentWidget(panel)
    panel.view.setFocus()

    def keyboard(dialog: QDialog) -> None:
        assert dialog.focusWidget() is dialog.title_edit  # typing starts in the title
        qtbot.keyClicks(dialog.title_edit, "Shadowed a senior worker")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter saves (the default button)

    when_modal(keyboard)
    qtbot.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [r[0].title for r in panel.model.rows()] == ["Shadowed a senior worker"]
    panel.view.setFocus()
    panel.view.selectRow(0)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 0
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo, where focus is
    assert panel.model.rowCount() == 1


def test_supervision_session_updates_status(qtbot, my_window):
    panel = my_window.pathway.supervision
    assert "overdue" in panel.status.text()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.supervisor.setText("Morag Reid")
        dialog.minutes.setValue(75)
        dialog.notes.setPlainText("Talked about endings with Jay")
        dialog.accept()

    when_modal(fill)
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1 and panel.model.row(0).private_notes == "Talked about endings with Jay"
    assert "recorded" in panel.status.text()
    sup = next(r for r in my_window.pathway.req_model.rows() if r.kind == "supervision")
    assert sup.state is State.RECORDED


def test_registration_panel_saves_dates(qtbot, my_window):
    panel = my_window.pathway.registration
    assert panel.declaration.isVisible() is False or panel.declaration.set_box.isChecked()
    panel.declaration.set_value(date.today() + timedelta(days=30))
    panel.funded_elc.setChecked(True)
    qtbot.mouseClick(panel.save_btn, Qt.MouseButton.LeftButton)
    reg = my_window.controller.learning.registration(my_window.pathway.worker.id)
    assert reg.funded_elc and reg.declaration_on == date.today() + timedelta(days=30)
    assert "Hours in a funded early learning and childcare setting: 0 of 12 h" in panel.summary.text()


def test_team_view_never_shows_reflections(qtbot, window):
    """In an organisation's database a manager sees that a reflection was written, not what it says."""
    worker = window.controller.people.workers()[0]
    window.controller.learning.add_entry(
        worker.id, {"occurred_on": date.today(), "title": "Private", "hours": 1, "reflection_written": True}
    )
    window.pathway.show_worker(worker.id)
    panel = window.pathway.learning
    row = next(r for r in panel.model.rows() if r[0].title == "Private")
    assert row[2] is True and row[0].learned == ""
    seen: list[bool] = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog.learned.isVisibleTo(dialog))
        seen.append(dialog.learned.toPlainText() == "")
        dialog.reject()

    panel.view.selectRow(next(i for i, r in enumerate(panel.model.rows()) if r[0].title == "Private"))
    when_modal(look)
    qtbot.mouseClick(panel.edit_btn, Qt.MouseButton.LeftButton)
    assert seen == [False, True]


def test_just_me_first_run(qtbot, workspace):
    from planner.ui.application import first_run, make_app

    make_app()

    def choose(dialog: QDialog) -> None:
        dialog.just_me_btn.click()

        def about_me(d2: QDialog) -> None:
            assert isinstance(d2, JustMeDialog)
            d2.name.setText("Gwŷn ap Rhys")
            d2.regulator.setCurrentIndex(d2.regulator.findData("NMC"))
            d2.role.setCurrentIndex(d2.role.findData("health-visitor"))
            d2.accept()

        when_modal(about_me, delay=20)

    when_modal(choose)
    assert first_run(Services(workspace))
    from planner.services.personal import personal_worker_id

    me = workspace.people_repo.worker(personal_worker_id(workspace))
    assert me.name == "Gwŷn ap Rhys" and me.regulator == "NMC"
    assert QApplication.activeModalWidget() is None


def test_cancelling_just_me_writes_nothing(qtbot, workspace):
    from planner.ui.application import first_run, make_app

    make_app()

    def choose(dialog: QDialog) -> None:
        dialog.just_me_btn.click()
        when_modal(lambda d2: d2.reject(), delay=20)

    when_modal(choose)
    assert not first_run(Services(workspace))
    assert workspace.is_empty()


def test_dialogs_name_every_control(qtbot, my_window):
    from planner.ui.worker_dialog import WorkerDialog
    from tests.ui.conftest import unnamed_controls

    cat = my_window.controller.catalogue.load()
    me = my_window.pathway.worker
    for dialog in (
        CplEntryDialog(cat, True),
        SessionDialog(True),
        JustMeDialog([("a", "A role")]),
        WorkerDialog(cat, my_window.controller.people.teams(), me),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()


def button_named(box: QWidget, text: str):
    return next(b for b in box.findChildren(QAbstractButton) if b.text() == text)


def test_closing_with_something_typed_asks_and_a_draft_keeps_its_files(qtbot, my_window, tmp_path):
    panel = my_window.pathway.learning
    learning = my_window.controller.learning
    key = f"cpl:new:{my_window.pathway.worker.id}"
    evidence = tmp_path / "sign-in sheet.pdf"
    evidence.write_bytes(b"%PDF-1.4 scan")
    stayed: list[bool] = []

    def type_then_close(dialog: QDialog) -> None:
        dialog.title_edit.setText("Shadowed a night shift")
        dialog.add_file(str(evidence))
        when_modal(lambda box: button_named(box, "Keep editing").click(), delay=10)
        dialog.reject()  # asked, and kept editing: still open
        stayed.append(dialog.isVisible())
        when_modal(lambda box: button_named(box, "Keep as a draft").click(), delay=10)
        dialog.reject()

    when_modal(type_then_close)
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    assert stayed == [True]
    assert learning.draft(key)["evidence"] == [str(evidence)]
    reopened: list[list[str]] = []

    def discard(dialog: QDialog) -> None:
        reopened.append(dialog.new_files())
        dialog.title_edit.setText("Changed my mind")
        when_modal(lambda box: button_named(box, "Discard").click(), delay=10)
        dialog.reject()

    when_modal(discard)
    qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
    assert reopened == [[str(evidence)]]  # the restored draft brought its file back
    assert learning.draft(key) is None and panel.model.rowCount() == 0
