"""The team matrix: model correctness, filter and sort in the model, opening a pathway,
CSV export, and computing a large organisation on a worker thread."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt

from planner.core.matrix import STATES
from planner.services.container import Services
from planner.services.matrix_service import MatrixService
from planner.ui.matrix_model import FIXED, MatrixModel, describe
from planner.ui.table_model import SORT_ROLE
from tests.conftest import FIXED_TODAY


def test_matrix_model_passes_the_model_tester(qtmodeltester, demo_ws):
    model = MatrixModel()
    model.set_matrix(MatrixService(demo_ws).build(FIXED_TODAY))
    qtmodeltester.check(model)
    model.set_filter(text="siob")
    qtmodeltester.check(model)


def test_cells_say_their_state_in_words(demo_ws):
    model = MatrixModel()
    model.set_matrix(MatrixService(demo_ws).build(FIXED_TODAY))
    seen = set()
    for row in range(model.rowCount()):
        for col in range(len(FIXED), model.columnCount()):
            index = model.index(row, col)
            words = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
            shown = model.data(index, Qt.ItemDataRole.DisplayRole)
            if shown:
                state = next(s for s in STATES if f": {s.value}" in words)
                seen.add(state.value)
                assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
                assert shown[0] in "✔◔○⚠✖"  # a mark as well as colour
    assert seen == {"recorded", "expiring", "due", "expired", "overdue"}
    assert describe("Trauma – Skilled", 4, date(2026, 3, 3).toordinal()) == "Trauma – Skilled: overdue since 3 Mar 2026"


def test_filter_state_and_sort_inside_the_model(demo_ws):
    model = MatrixModel()
    data = MatrixService(demo_ws).build(FIXED_TODAY)
    model.set_matrix(data)
    everyone = model.rowCount()
    model.set_filter(state=4)  # overdue only
    assert 0 < model.rowCount() < everyone
    for row in range(model.rowCount()):
        r = model.rows[row]
        assert any(data.state(r, c) == 4 for c in model.cols)
    model.set_filter(state=None, text="Łukasz")
    assert [data.names[r] for r in model.rows] == ["Łukasz Nowak"]
    model.set_filter(text="head teacher")  # a role
    assert model.rows and all("Head teacher" in data.roles[r] for r in model.rows)
    model.set_filter(text="")
    model.sort(len(FIXED), Qt.SortOrder.AscendingOrder)  # first requirement column: most pressing first
    keys = [model.data(model.index(r, len(FIXED)), SORT_ROLE) for r in range(model.rowCount())]
    assert keys == sorted(keys)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    teams = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert [t.casefold() for t in teams] == sorted((t.casefold() for t in teams), reverse=True)


def test_matrix_page_opens_pathway_and_exports(qtbot, window, tmp_path):
    view = window.matrix
    window.show_page("Matrix")
    assert view.model.rowCount() == len(window.controller.people.workers())
    assert view.last_build_ms < 1000
    team = window.controller.people.teams()[1].name
    view.scope.setCurrentIndex(view.scope.findData(team))
    assert {view.model.data_.teams[r] for r in view.model.rows} == {team}
    qtbot.keyClicks(view.filter, view.model.data_.names[view.model.rows[0]][:4])
    index = view.model.index(0, len(FIXED))
    view.view.setCurrentIndex(index)
    view.open_cell(index)
    assert window.stack.currentWidget() is window.pathway
    assert window.pathway.worker.id == view.model.worker_id(0)
    selected = window.pathway.req_view.selectionModel().selectedRows()
    assert selected  # the requirement behind the cell is selected
    out = tmp_path / "matrix.csv"
    view.write(out)
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:5] == ["Name", "Staff no.", "Team", "Roles", "Recorded"]
    assert len(rows) == view.model.rowCount() + 1
    assert any("overdue since" in cell or "recorded" in cell for cell in rows[1])


def test_xlsx_export_has_the_same_content_colours_and_a_key(qtbot, window, tmp_path):
    from openpyxl import load_workbook

    view = window.matrix
    window.show_page("Matrix")
    view.filter.setText("Ashgrove")
    out = tmp_path / "matrix.xlsx"
    view.write(out)
    wb = load_workbook(out)
    sheet = wb["Matrix"]
    assert sheet.freeze_panes == "B4"
    header = [c.value for c in sheet[3]]
    assert header[:5] == ["Name", "Staff no.", "Team", "Roles", "Recorded"]
    body = list(sheet.iter_rows(min_row=4, values_only=True))
    assert len(body) == view.model.rowCount()
    assert {r[2] for r in body} == {"Ashgrove Primary School"}
    d = view.model.data_
    first = view.model.rows[0]
    for i, c in enumerate(view.model.cols):
        cell = sheet.cell(row=4, column=6 + i)
        code = d.state(first, c)
        if code >= 0:
            state = ["recorded", "expiring", "due", "expired", "overdue"][code]
            assert state.split()[0] in cell.value or (state == "due" and "due by" in cell.value)
            assert cell.fill.start_color.rgb.endswith(
                {"recorded": "DCEFDC", "expiring": "FFF1C2", "due": "E3ECF7", "expired": "FBD9C9", "overdue": "F6C9CF"}[
                    state
                ]
            )
        else:
            assert cell.value in (None, "")
    key = [r[1] for r in wb["Key"].iter_rows(min_row=2, values_only=True)]
    assert key == ["recorded", "expiring", "due", "expired", "overdue", "blank"]


def test_recording_a_completion_changes_the_matrix(qtbot, window):
    view = window.matrix
    window.show_page("Matrix")
    before = sum(1 for r in range(len(view.model.data_)) for c in view.model.cols if view.model.data_.state(r, c) == 0)
    worker = window.controller.people.workers()[0]
    module = next(m for m in window.controller.catalogue.load().modules if m.code == "LOC-CP-WIDER")
    window.controller.apply(window, window.controller.learning.record_completion, worker.id, module.id, date.today())
    after = sum(1 for r in range(len(view.model.data_)) for c in view.model.cols if view.model.data_.state(r, c) == 0)
    assert after >= before and view.model.data_ is not None


@pytest.fixture
def big_window(qtbot, workspace):
    from planner.services.demo import create_demo
    from planner.ui.application import build_window, make_app

    make_app()
    create_demo(workspace, workers=2500, seed=4)
    win = build_window(Services(workspace))
    qtbot.addWidget(win)
    win.show()
    return win


def test_large_organisation_is_computed_off_the_gui_thread(qtbot, big_window):
    view = big_window.matrix
    big_window.show_page("Matrix")
    assert view.task is not None and view.progress.isVisible()  # working, window still responsive
    with qtbot.waitSignal(view.task.finished, timeout=20000):
        pass
    assert view.model.rowCount() == 2500
    assert not view.progress.isVisible()


def test_large_organisation_can_be_cancelled(qtbot, big_window):
    view = big_window.matrix
    big_window.show_page("Matrix")
    view.cancel()
    assert view.task is None and not view.progress.isVisible()


def test_a_chosen_set_of_teams(qtbot, window):
    from PySide6.QtWidgets import QDialog

    from tests.ui.conftest import when_modal

    view = window.matrix
    window.show_page("Matrix")
    teams = [t.name for t in window.controller.people.teams()][:2]

    def choose(dialog: QDialog) -> None:
        for i in range(dialog.list.count()):
            if dialog.list.item(i).text() in teams:
                dialog.list.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    when_modal(choose)
    view.scope.setCurrentIndex(view.scope.findData("__chosen__"))
    shown = {view.model.data_.teams[r] for r in view.model.rows}
    assert shown == set(teams)
    expected = sum(
        len(window.controller.people.workers(t.id)) for t in window.controller.people.teams() if t.name in teams
    )
    assert view.model.rowCount() == expected
    assert "(2)" in view.scope.currentText()


def test_home_of_a_large_organisation_counts_off_the_gui_thread(qtbot, big_window):
    home = big_window.home
    big_window.show_page("Home")
    assert home.task is not None  # the window is up; the figures come when ready
    assert home.figures["overdue"].accessibleName().startswith("counting")
    with qtbot.waitSignal(home.task.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: home.task is None)
    n = int(home.figures["overdue"].accessibleName().split()[0])
    assert n == int(home.counts()["overdue"][0].split()[0]) > 0


def test_the_matrix_returns_to_name_order(qtbot, window):
    view = window.matrix
    window.show_page("Matrix")
    names = lambda: [view.model.data_.names[r] for r in view.model.rows]
    by_name = names()
    assert not view.name_order_btn.isEnabled()  # already in name order
    view.view.sortByColumn(len(FIXED), Qt.SortOrder.AscendingOrder)  # a header clicked
    assert names() != by_name and view.name_order_btn.isEnabled()
    qtbot.mouseClick(view.name_order_btn, Qt.MouseButton.LeftButton)
    assert names() == by_name and not view.name_order_btn.isEnabled()
    assert view.view.horizontalHeader().sortIndicatorSection() == -1


def test_the_choose_teams_dialog_fits_long_names(qtbot, window):
    from planner.ui.matrix_view import TeamsDialog

    long_name = "North Lanarkshire Throughcare and Aftercare Service (Continuing Care and Kinship Support)"
    dialog = TeamsDialog(["Rowan House", long_name, "Siùsaidh's Family Support"], {"Rowan House"}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    needed = dialog.list.fontMetrics().horizontalAdvance(long_name)
    assert dialog.list.viewport().width() >= needed  # the whole name on one line, not cut
    assert dialog.width() <= 1000
    dialog.filter.setText("siusaidh")  # accents ignored
    assert [dialog.list.item(i).isHidden() for i in range(3)] == [True, True, False]
    qtbot.mouseClick(dialog.all_btn, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == {"Rowan House", "Siùsaidh's Family Support"}
    qtbot.mouseClick(dialog.none_btn, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == set()
