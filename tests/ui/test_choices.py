"""No accidental data: a new worker, a new role row and "Just me" start with no role and no
regulator chosen, and saving without choosing says what to choose and keeps what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from planner.services.container import Services
from planner.ui.just_me_dialog import JustMeDialog
from planner.ui.worker_dialog import WorkerDialog
from tests.ui.conftest import when_modal


def test_a_new_worker_starts_with_nothing_chosen_and_saving_says_what_to_choose(qtbot, window):
    view = window.people
    window.show_page("People")
    messages: list[str] = []
    seen: list[tuple] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, WorkerDialog)
        seen.append((dialog.regulator.currentData(), [r.role.currentData() for r in dialog.role_rows]))
        dialog.staff_no.setText("N901")
        dialog.name.setText("Aoife Ní Bhriain")

        def refused(box: QMessageBox) -> None:
            messages.append(box.text())
            box.close()

            def again(d2: QDialog) -> None:  # the same dialog, with what was typed
                seen.append((d2.name.text(),))
                d2.regulator.setCurrentIndex(d2.regulator.findData("none"))
                qtbot.mouseClick(d2.add_role_btn, Qt.MouseButton.LeftButton)
                seen.append((d2.role_rows[1].role.currentData(),))  # an added row: nothing chosen either

                def refused_again(box2: QMessageBox) -> None:
                    messages.append(box2.text())
                    box2.close()
                    when_modal(lambda d3: d3.reject(), delay=20)

                when_modal(refused_again, delay=20)
                d2.role_rows[0].role.setCurrentIndex(d2.role_rows[0].role.findText("Residential child care worker"))
                d2.accept()

            when_modal(again, delay=20)

        when_modal(refused, delay=20)
        dialog.accept()

    when_modal(fill)
    qtbot.mouseClick(view.add_btn, Qt.MouseButton.LeftButton)
    assert seen[0] == (None, [None])
    assert seen[1] == ("Aoife Ní Bhriain",) and seen[2] == (None,)
    assert "Choose the regulator" in messages[0]
    assert "Role 2: choose a role" in messages[1]
    assert all(w.staff_no != "N901" for w in view.controller.people.workers())  # cancelled: nothing saved


def test_choosing_a_role_fills_in_its_regulator_until_one_is_chosen(qtbot, window):
    catalogue = window.controller.catalogue.load()
    dialog = WorkerDialog(catalogue, window.controller.people.teams(), parent=window)
    qtbot.addWidget(dialog)
    row = dialog.role_rows[0]
    row.role.setCurrentIndex(row.role.findText("Teacher"))
    assert dialog.regulator.currentData() == "GTCS"
    dialog.regulator.setCurrentIndex(dialog.regulator.findData("none"))  # the person's choice stands
    row.role.setCurrentIndex(row.role.findText("Social worker"))
    assert dialog.regulator.currentData() == "none"


def test_editing_a_worker_shows_their_own_choices(qtbot, window):
    worker = next(w for w in window.controller.people.workers() if w.regulator == "SSSC" and w.roles)
    dialog = WorkerDialog(
        window.controller.catalogue.load(),
        window.controller.people.teams(),
        window.controller.people.worker(worker.id),
        parent=window,
    )
    qtbot.addWidget(dialog)
    assert dialog.regulator.currentData() == "SSSC"
    assert [r.role.currentData() for r in dialog.role_rows] == [a.role_id for a in worker.roles]
    assert dialog.regulator.findData(None) == -1  # no "choose" entry on a saved worker


def test_just_me_asks_for_a_role_and_a_regulator_before_writing_anything(qtbot, workspace):
    from planner.ui.application import first_run, make_app

    make_app()
    messages: list[str] = []

    def choose(dialog: QDialog) -> None:
        dialog.just_me_btn.click()

        def about_me(d2: QDialog) -> None:
            assert isinstance(d2, JustMeDialog)
            assert d2.regulator.currentData() is None and d2.role.currentData() is None
            d2.name.setText("Gwŷn ap Rhys")

            def refused(box: QMessageBox) -> None:
                messages.append(box.text())
                box.close()
                when_modal(lambda d3: d3.reject(), delay=20)

            when_modal(refused, delay=20)
            d2.accept()

        when_modal(about_me, delay=20)

    when_modal(choose)
    assert not first_run(Services(workspace))
    assert messages and "Choose the regulator" in messages[0]
    assert workspace.is_empty()
    assert QApplication.activeModalWidget() is None


def test_a_just_me_user_changes_their_own_details_and_roles(qtbot, my_window):
    pathway = my_window.page("Pathway")
    assert pathway.details_btn.isVisible() and not pathway.picker.isVisible()
    before = {r.label for r in pathway.req_model.rows()}

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, WorkerDialog) and dialog.windowTitle() == "My details"
        assert not dialog.team.isVisible()  # a copy of one's own has no teams
        dialog.name.setText("Łukasz Nowak-Smith")
        qtbot.mouseClick(dialog.add_role_btn, Qt.MouseButton.LeftButton)
        row = dialog.role_rows[1]
        row.role.setCurrentIndex(row.role.findText("Foster carer"))
        dialog.accept()

    when_modal(change)
    qtbot.mouseClick(pathway.details_btn, Qt.MouseButton.LeftButton)
    me = my_window.controller.people.worker(my_window.controller.personal_id)
    assert me.name == "Łukasz Nowak-Smith" and me.regulator == "SSSC"
    catalogue = my_window.controller.catalogue.load()
    assert sorted(catalogue.role(a.role_id).code for a in me.roles) == ["foster-carer", "residential-worker"]
    assert "Łukasz Nowak-Smith" in pathway.summary.text()
    after = {r.label for r in pathway.req_model.rows()}
    assert before < after  # the new role's own requirements are on the pathway at once


def test_an_empty_organisation_opens_on_home_saying_how_to_begin(qtbot, workspace):
    from tests.ui.conftest import shown_window

    services = Services(workspace)
    services.start_empty()
    windows = shown_window(qtbot, services)
    window = next(windows)
    home = window.page("Home")
    assert window.stack.currentWidget() is home
    assert home.empty.isVisible() and not home.figures_box.isVisible()
    opened: list[str] = []
    when_modal(lambda dialog: (opened.append(type(dialog).__name__), dialog.reject()))
    qtbot.mouseClick(home.add_people_btn, Qt.MouseButton.LeftButton)
    assert opened == ["WorkerDialog"] and window.stack.currentWidget() is window.page("People")
    # once someone is added, Home shows the figures instead
    window.controller.apply(
        window,
        window.controller.people.save_worker,
        None,
        {"staff_no": "A1", "name": "Ailsa Grant", "regulator": "none"},
        [],
    )
    window.show_page("Home")
    assert not home.empty.isVisible() and home.figures_box.isVisible()
    next(windows, None)
