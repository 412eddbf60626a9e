"""A manager's round trip: who is overdue on child protection, plan a session, book the
suggested people, mark attendance, and see the matrix change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from planner.ui.matrix_model import FIXED
from planner.ui.sessions_view import AttendanceDialog, SessionDialog
from tests.ui.conftest import when_modal


def wider_column(model) -> int:
    return next(
        i
        for i in range(len(FIXED), model.columnCount())
        if model.headerData(i, Qt.Orientation.Horizontal).startswith("Child protection\nWider")
    )


def test_plan_book_attend_and_the_matrix_changes(qtbot, window):
    matrix = window.matrix
    window.show_page("Matrix")
    matrix.state.setCurrentIndex(matrix.state.findData(4))  # only overdue
    col = wider_column(matrix.model)
    overdue_before = sum(
        1
        for r in range(matrix.model.rowCount())
        if "overdue" in matrix.model.data(matrix.model.index(r, col), Qt.ItemDataRole.ToolTipRole)
    )
    matrix.state.setCurrentIndex(0)
    held_before = matrix.model.headerData(col, Qt.Orientation.Horizontal).splitlines()[2]

    sessions = window.sessions
    window.show_page("Sessions")

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.module.setCurrentIndex(dialog.module.findText("LOC-CP-WIDER", Qt.MatchFlag.MatchStartsWith))
        dialog.capacity.setValue(4)
        dialog.venue.setText("Rowan House training room")
        dialog.accept()

    when_modal(plan)
    qtbot.mouseClick(sessions.plan_btn, Qt.MouseButton.LeftButton)
    assert sessions.selected_session() is not None
    suggested = sessions.suggest_model.rows()
    assert len(suggested) >= 4
    assert suggested[0].candidate.requirement == "Child protection – Wider"
    qtbot.mouseClick(sessions.book_top_btn, Qt.MouseButton.LeftButton)
    booked = [b for b in sessions.bookings_model.rows() if b.booking.status == "booked"]
    assert len(booked) == 4
    assert "if every booked session happens" in sessions.forecast.text()

    def tick_all_but_last(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        dialog.people.item(dialog.people.count() - 1).setCheckState(Qt.CheckState.Unchecked)
        dialog.accept()

    when_modal(tick_all_but_last)
    qtbot.mouseClick(sessions.attend_btn, Qt.MouseButton.LeftButton)
    statuses = sorted(b.booking.status for b in sessions.bookings_model.rows())
    assert statuses == ["attended", "attended", "attended", "no-show"]

    window.show_page("Matrix")
    held_after = matrix.model.headerData(col, Qt.Orientation.Horizontal).splitlines()[2]
    assert int(held_after.split("/")[0]) == int(held_before.split("/")[0]) + 3
    matrix.state.setCurrentIndex(matrix.state.findData(4))
    overdue_after = sum(
        1
        for r in range(matrix.model.rowCount())
        if "overdue" in matrix.model.data(matrix.model.index(r, col), Qt.ItemDataRole.ToolTipRole)
    )
    assert overdue_after <= overdue_before


def test_cancel_session_asks_and_releases(qtbot, window):
    sessions = window.sessions
    window.show_page("Sessions")
    module = next(m for m in window.controller.catalogue.load().modules if m.code == "NES-TSP")
    window.controller.apply(
        window, window.controller.training.add_session, {"module_id": module.id, "held_on": date.today(), "capacity": 2}
    )
    sessions.sessions_view.selectRow(0)
    qtbot.mouseClick(sessions.book_top_btn, Qt.MouseButton.LeftButton)
    assert sessions.bookings_model.rowCount() == 2
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(sessions.cancel_btn, Qt.MouseButton.LeftButton)
    assert sessions.selected_session().status == "cancelled"
    assert sessions.bookings_model.rowCount() == 0
    assert not sessions.book_btn.isEnabled()


def test_due_list_groups_exports_and_opens_pathway(qtbot, window, tmp_path):
    import csv as csv_module

    due = window.due
    window.show_page("Due")
    assert due.model.rowCount() > 0
    states = {r["state"] for r in due.model.rows()}
    assert states <= {"overdue", "expired", "due", "expiring"} and "overdue" in states
    short = due.model.rowCount()
    due.days.setValue(365)
    assert due.model.rowCount() >= short
    due.group.setCurrentIndex(due.group.findData("module"))
    steps = [r["step"] for r in due.model.rows()]
    assert steps == sorted(steps)
    cp = [r for r in due.model.rows() if r["step"] == "Child protection – Wider"]
    assert cp and all(any(m["code"] == "LOC-CP-WIDER" for m in r["modules"]) for r in cp)
    needs = {(r["framework"], r["level"]) for r in due.needs_model.rows()}
    assert {("Child protection", lv) for lv in ("Wider", "General", "Specific", "Intensive")} <= needs
    assert "Child protection – Wider" in due.chart.accessibleDescription()
    out = tmp_path / "needs.csv"
    due.write_csv("needs", out)
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv_module.reader(f))
    assert rows[0][:3] == ["framework", "level", "need"] and len(rows) == due.needs_model.rowCount() + 1
    due.view.selectRow(0)
    due._open(due.view.model().index(0, 0))
    assert window.stack.currentWidget() is window.pathway


def test_home_figures_lead_to_their_lists(qtbot, window):
    home = window.home
    window.show_page("Home")
    counts = {k: int(first.split()[0]) for k, (first, _rest) in home.counts().items()}
    assert counts["overdue"] > 0
    assert home.figures["overdue"].accessibleName().startswith(f"{counts['overdue']} items overdue")
    qtbot.mouseClick(home.figures["overdue"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.due
    assert {r["state"] for r in window.due.model.rows()} == {"overdue"}
    # the list behind the tile: the overdue items, and the people whose supervision is overdue
    assert window.due.model.rowCount() == counts["overdue"] + counts["supervision"]
    window.show_page("Home")
    qtbot.mouseClick(home.figures["supervision"], Qt.MouseButton.LeftButton)
    assert all(r["step"].startswith("Reflective supervision") for r in window.due.model.rows())
    assert window.due.model.rowCount() == counts["supervision"]


def test_find_a_worker_from_anywhere(qtbot, window):
    window.show_page("Frameworks")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search
    worker = next(w for w in window.controller.people.workers() if w.name == "Łukasz Nowak")
    qtbot.keyClicks(window.search, worker.staff_no)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pathway
    assert window.pathway.worker.id == worker.id


def test_manager_round_trip_by_keyboard_alone(qtbot, window):
    """Find who is overdue on child protection, plan a session, book the suggested people,
    mark attendance and see the matrix change, with keys only."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Team matrix
    matrix = window.matrix
    assert window.stack.currentWidget() is matrix
    matrix.state.setFocus()
    for _ in range(5):  # "only overdue" is the last choice
        qtbot.keyClick(matrix.state, Qt.Key.Key_Down)
    assert matrix.state.currentData() == 4
    col = wider_column(matrix.model)
    overdue = [
        matrix.model.worker_id(r)
        for r in range(matrix.model.rowCount())
        if "overdue" in matrix.model.data(matrix.model.index(r, col), Qt.ItemDataRole.ToolTipRole)
    ]
    matrix.state.setCurrentIndex(0)  # everyone again, for the column's totals
    held_before = int(matrix.model.headerData(col, Qt.Orientation.Horizontal).splitlines()[2].split("/")[0])
    not_held = {
        matrix.model.worker_id(r)
        for r in range(matrix.model.rowCount())
        if matrix.model.data(matrix.model.index(r, col), Qt.ItemDataRole.ToolTipRole).split(": ")[1].split()[0]
        in ("due", "expired", "overdue")
    }

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Training sessions
    sessions = window.sessions

    def plan_by_keys(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.module, "LOC-CP-WIDER")  # type-ahead in the module list
        dialog.capacity.setFocus()
        dialog.capacity.selectAll()
        qtbot.keyClicks(dialog.capacity, "20")
        qtbot.keyClick(dialog.capacity, Qt.Key.Key_Return)

    sessions.plan_btn.setFocus()
    when_modal(plan_by_keys)
    qtbot.keyClick(sessions.plan_btn, Qt.Key.Key_Space)
    session = sessions.selected_session()
    assert session is not None and session.capacity == 20
    sessions.book_top_btn.setFocus()
    qtbot.keyClick(sessions.book_top_btn, Qt.Key.Key_Space)
    booked = {b.worker.id for b in sessions.bookings_model.rows() if b.booking.status == "booked"}
    assert booked and set(overdue) & booked

    sessions.attend_btn.setFocus()
    when_modal(lambda dialog: qtbot.keyClick(dialog.people, Qt.Key.Key_Return))
    qtbot.keyClick(sessions.attend_btn, Qt.Key.Key_Space)
    assert {b.booking.status for b in sessions.bookings_model.rows()} == {"attended"}

    window.activateWindow()  # as a window manager does when a dialog closes (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is matrix
    held_after = int(matrix.model.headerData(col, Qt.Orientation.Horizontal).splitlines()[2].split("/")[0])
    assert held_after == held_before + len(booked & not_held)


def test_matrix_as_on_date_looks_ahead(qtbot, window):
    window.show_page("Matrix")
    matrix = window.matrix
    col = wider_column(matrix.model)

    def held() -> int:
        return int(matrix.model.headerData(col, Qt.Orientation.Horizontal).splitlines()[2].split("/")[0])

    now = held()
    matrix.as_on.setDate(matrix.as_on.date().addYears(4))  # every 3-year renewal has lapsed by then
    assert window.controller.as_on.year == date.today().year + 4
    assert held() < now


def test_find_a_worker_reads_names_again_after_a_change(qtbot, window):
    """The names are read when first searched (not at start-up) and again after people change."""
    people = window.controller.people
    worker = next(w for w in people.workers() if w.name == "Łukasz Nowak")
    assert window.search_matches("lukasz nowak") == [f"Łukasz Nowak ({worker.staff_no})"]
    roles = [(a.id, a.role_id, a.started_on, a.ended_on) for a in worker.roles]
    assert window.controller.apply(window, people.save_worker, worker.id, {"name": "Łukasz Nowak-Zieliński"}, roles)
    assert window.search_matches("zielinski") == [f"Łukasz Nowak-Zieliński ({worker.staff_no})"]
    assert window.search_matches("lukasz nowak") == [f"Łukasz Nowak-Zieliński ({worker.staff_no})"]
