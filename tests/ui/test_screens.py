"""The screens' main actions, driven through real widgets and dialogs."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox

from planner.core.status import State
from planner.services.container import Services
from planner.ui.first_run import EMPTY, EXAMPLE, FirstRunDialog
from planner.ui.module_dialog import ModuleDialog
from planner.ui.pathway_view import CompletionDialog
from planner.ui.worker_dialog import WorkerDialog
from tests.ui.conftest import close_message, when_modal


def test_keyboard_shortcuts_switch_pages(qtbot, window):
    pages = (
        window.home,
        window.matrix,
        window.due,
        window.sessions,
        window.people,
        window.pathway,
        window.frameworks,
        window.roles,
    )
    assert window.pages == ["Home", "Matrix", "Due", "Sessions", "People", "Pathway", "Frameworks", "Roles"]
    for i, page in enumerate(pages):
        qtbot.keyClick(window, Qt.Key.Key_1 + i, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is page


def test_every_focusable_control_has_an_accessible_name(window):
    from tests.ui.conftest import unnamed_controls

    for page in range(len(window.pages)):
        window.show_page(page)
        QApplication.processEvents()
        assert unnamed_controls(window) == [], page
    for tab in range(window.pathway.tabs.count()):
        window.pathway.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert unnamed_controls(window) == [], window.pathway.tabs.tabText(tab)


def test_add_module_then_retire_and_delete(qtbot, window):
    view = window.frameworks
    window.show_page("Frameworks")
    before = view.modules_model.rowCount()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ModuleDialog)
        dialog.code.setText("LOC-TEST")
        dialog.title_edit.setText("Sgoil Ghàidhlig: trauma awareness")
        dialog.hours.setValue(1.25)
        dialog.grants.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    when_modal(fill)
    qtbot.mouseClick(view.add_btn, Qt.MouseButton.LeftButton)
    assert view.modules_model.rowCount() == before + 1
    module = next(m for m in view.controller.catalogue.load().modules if m.code == "LOC-TEST")
    assert module.hours == 1.25 and len(module.grants) == 1

    view.module_filter.setText("LOC-TEST")
    assert view.modules_proxy.rowCount() == 1
    view.modules_view.selectRow(0)
    qtbot.mouseClick(view.retire_btn, Qt.MouseButton.LeftButton)
    assert next(m for m in view.controller.catalogue.load().modules if m.code == "LOC-TEST").retired

    view.module_filter.setText("LOC-TEST")
    view.modules_view.selectRow(0)

    def confirm_delete(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Delete").click()

    when_modal(confirm_delete)
    qtbot.mouseClick(view.delete_btn, Qt.MouseButton.LeftButton)
    assert all(m.code != "LOC-TEST" for m in view.controller.catalogue.load().modules)


def test_deleting_a_used_module_is_refused_with_a_reason(qtbot, window):
    view = window.frameworks
    view.module_filter.setText("NES-TSP")
    view.modules_view.selectRow(0)
    messages: list[str] = []
    when_modal(close_message(messages))
    qtbot.mouseClick(view.delete_btn, Qt.MouseButton.LeftButton)
    assert messages and "Retire it instead" in messages[0]
    assert any(m.code == "NES-TSP" for m in view.controller.catalogue.load().modules)


def test_duplicate_module_code_keeps_the_dialog_and_its_text(qtbot, window):
    view = window.frameworks
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        dialog.code.setText("NES-OD")
        dialog.title_edit.setText("A duplicate")
        when_modal(lambda box: (seen.append(box.text()), box.close()), delay=10)
        dialog.accept()

        # after the refusal the same dialog opens again with what was typed
        def check_again(again: QDialog) -> None:
            seen.append(again.title_edit.text())
            again.reject()

        when_modal(check_again, delay=100)

    when_modal(fill)
    qtbot.mouseClick(view.add_btn, Qt.MouseButton.LeftButton)
    assert "already exists" in seen[0]
    assert seen[1] == "A duplicate"


def test_change_a_roles_requirements(qtbot, window):
    view = window.roles
    window.show_page("Roles")
    view.filter.setText("Teacher")
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "Teacher")
    view.view.selectRow(row)
    trauma_box: QComboBox = next(iter(view.editor.level_boxes.values()))
    trauma_box.setCurrentIndex(trauma_box.count() - 1)  # Specialist
    view.editor.due_days.setValue(45)
    assert view.editor.supervision.text() == "no target"
    view.editor.supervision.setValue(42)
    qtbot.mouseClick(view.editor.save_btn, Qt.MouseButton.LeftButton)
    role = next(r for r in view.controller.catalogue.load().roles if r.name == "Teacher")
    assert role.due_days == 45 and role.supervision_days == 42
    cat = view.controller.catalogue.load()
    assert cat.level(role.level_requirements[0].level_id).name == "Specialist"


def test_add_a_worker_with_two_roles_then_open_their_pathway(qtbot, window):
    view = window.people
    window.show_page("People")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, WorkerDialog)
        dialog.staff_no.setText("N900")
        dialog.name.setText("Mārtiņš Bērziņš")
        dialog.team.setCurrentIndex(1)
        dialog.role_rows[0].role.setCurrentIndex(dialog.role_rows[0].role.findText("Teacher"))
        qtbot.mouseClick(dialog.add_role_btn, Qt.MouseButton.LeftButton)
        second = dialog.role_rows[1]
        second.role.setCurrentIndex(second.role.findText("Head teacher (mainstream school)"))
        dialog.accept()

    when_modal(fill)
    qtbot.mouseClick(view.add_btn, Qt.MouseButton.LeftButton)
    worker = next(w for w in view.controller.people.workers() if w.staff_no == "N900")
    assert len(worker.roles) == 2

    view.filter.setText("N900")
    view.view.selectRow(0)
    qtbot.mouseClick(view.pathway_btn, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pathway
    labels = [r.label for r in window.pathway.req_model.rows()]
    assert "Children's rights – Level 3" in labels  # the head teacher's level wins over the teacher's Level 2
    assert all(r.state is State.DUE for r in window.pathway.req_model.rows())


def test_worker_with_learning_cannot_be_deleted(qtbot, window):
    view = window.people
    view.filter.setText("Siobhán")
    view.view.selectRow(0)
    worker = view.selected_worker()
    assert worker is not None and view.controller.people.completions(worker.id)
    messages: list[str] = []
    when_modal(close_message(messages))
    qtbot.mouseClick(view.delete_btn, Qt.MouseButton.LeftButton)
    assert "Mark as left instead" in messages[0] and "learning record" in messages[0]

    def leave(dialog: QDialog) -> None:
        from planner.ui.people_view import LeaveDialog

        assert isinstance(dialog, LeaveDialog)
        dialog.when.setDate(dialog.when.date().addDays(-3))
        dialog.accept()

    roles_before = [a for a in view.controller.people.worker(worker.id).roles if a.ended_on is None]
    when_modal(leave)
    qtbot.mouseClick(view.retire_btn, Qt.MouseButton.LeftButton)
    left = view.controller.people.worker(worker.id)
    assert left.retired and left.left_on == date.today() - timedelta(days=3)
    assert all(a.ended_on == left.left_on for a in left.roles if a.id in {r.id for r in roles_before})
    assert next(iter(view.controller.learning.audit(worker.id)))["action"] == "left"
    # undone at once (Ctrl+Z): current again, with their roles reopened
    qtbot.keyClick(view.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = view.controller.people.worker(worker.id)
    assert not back.retired and back.left_on is None
    assert [a.id for a in back.roles if a.ended_on is None] == [a.id for a in roles_before]


def test_recording_a_completion_updates_the_pathway(qtbot, window):
    pathway = window.pathway
    # a worker with an overdue step
    for w in window.controller.people.workers():
        pathway.show_worker(w.id)
        if any(s.state is State.OVERDUE and s.options for _, s in pathway.steps_model.rows()):
            break
    first = pathway.steps_model.row(0)[1]
    before = len(pathway.steps_model.rows())

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CompletionDialog)
        dialog.module.setCurrentIndex(dialog.module.findData(first.options[0].id))
        dialog.accept()

    when_modal(fill)
    qtbot.mouseClick(pathway.record_btn, Qt.MouseButton.LeftButton)
    after = [s for _, s in pathway.steps_model.rows()]
    assert len(after) == before - 1
    assert all(s.label != first.label for s in after)


def test_as_on_date_moves_states(qtbot, window):
    pathway = window.pathway
    pathway.show_worker(window.controller.people.workers()[0].id)
    pathway.as_on.setDate(pathway.as_on.date().addYears(10))
    assert window.controller.as_on.year == date.today().year + 10
    states = {r.state for r in pathway.req_model.rows()}
    assert State.DUE not in states  # ten years on, nothing is still within its window


def test_first_run_dialog_choices(qtbot):
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.example_btn, Qt.MouseButton.LeftButton)
    assert dialog.choice == EXAMPLE
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.empty_btn, Qt.MouseButton.LeftButton)
    assert dialog.choice == EMPTY


def test_first_run_start_empty_loads_starter_without_people(qtbot, workspace):
    from planner.ui.application import first_run, make_app

    make_app()
    when_modal(lambda d: d.empty_btn.click())
    assert first_run(Services(workspace))
    assert not workspace.is_empty()
    assert workspace.people_repo.count("workers") == 0


def test_window_layout_is_remembered(qtbot, demo_ws):
    from planner.ui.application import build_window

    win = build_window(Services(demo_ws))
    qtbot.addWidget(win)
    win.show()
    win.resize(win.minimumSizeHint().width(), 540)  # the offscreen screen is only 800 x 600
    win.show_page("Roles")
    win.close()
    again = build_window(Services(demo_ws))
    qtbot.addWidget(again)
    assert again.nav.currentRow() == again.pages.index("Roles")
    assert again.size().height() == 540
    assert (demo_ws.folder / "window.ini").exists()


def test_quit_has_the_desktop_s_shortcut_or_ctrl_q(window):
    quit_action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Quit")
    standard = QKeySequence(QKeySequence.StandardKey.Quit)
    assert quit_action.shortcut() == (standard if not standard.isEmpty() else QKeySequence("Ctrl+Q"))


def test_settings_change_title_and_warning_window(qtbot, window):
    from planner.ui.settings_dialog import SettingsDialog

    assert "Example Council" in window.windowTitle()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.organisation.setText("Comhairle nan Eilean Siar")
        dialog.warning_days.setValue(0)
        dialog.accept()

    when_modal(fill)
    window.settings_action.trigger()
    assert window.windowTitle() == "Pathway Planner — Comhairle nan Eilean Siar"
    assert window.controller.status.warning_days == 0
    # with no warning window nothing is "expiring" any more, on any pathway
    for w in window.controller.people.workers():
        window.pathway.show_worker(w.id)
        assert all(r.state is not State.EXPIRING for r in window.pathway.req_model.rows())
