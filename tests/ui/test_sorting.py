"""Tables sort dates and numbers as dates and numbers: every column on every page whose cells
start with a number or a date sorts by a native value, and clicking its header puts the rows
in that value's order."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from planner.ui.table_model import SORT_ROLE, RowsModel

NUMBER_OR_DATE = re.compile(r"^\d")


def every_table(window) -> list[QTableView]:
    """Each page's tables, filled: the sessions page with a session chosen, a pathway whose
    worker has learning, supervision and completions."""
    from datetime import date

    people = window.controller.people
    training = window.controller.training
    module = next(m for m in window.controller.catalogue.load().modules if m.code == "NES-TSP")
    for day, start, places in (
        (date(2026, 12, 10), "13:30", 12),
        (date(2026, 12, 10), "09:30", 8),
        (date(2027, 1, 5), "", 20),
    ):
        _changed, session_id = training.add_session(
            {"module_id": module.id, "held_on": day, "start_time": start, "capacity": places}
        )
        training.book(session_id, [w.id for w in people.workers()[: places // 2]])
    busy = max(people.workers(), key=lambda w: len(window.controller.learning.history(w.id)))
    for name in window.pages:
        window.show_page(name)
    window.controller.open_worker(busy.id)
    sessions = window.page("Sessions")
    if sessions.sessions_model.rowCount():
        sessions.sessions_view.selectRow(0)
    return [
        t
        for t in window.findChildren(QTableView)
        if isinstance(getattr(t.model(), "sourceModel", lambda: None)(), RowsModel)
    ]


def test_number_and_date_columns_sort_natively_everywhere(qtbot, window):
    checked = []
    for table in every_table(window):
        proxy = table.model()
        model = proxy.sourceModel()
        if not model.rowCount() or not table.isSortingEnabled():
            continue
        for col, column in enumerate(model.COLUMNS):
            texts = [model.index(r, col).data() for r in range(model.rowCount())]
            if not any(NUMBER_OR_DATE.match(t or "") for t in texts):
                continue
            values = [model.index(r, col).data(SORT_ROLE) for r in range(model.rowCount())]
            assert all(isinstance(v, float) for v in values), (type(model).__name__, column.header, values[:3])
            table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
            shown = [proxy.index(r, col).data(SORT_ROLE) for r in range(proxy.rowCount())]
            assert shown == sorted(shown), (type(model).__name__, column.header)
            table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
            shown = [proxy.index(r, col).data(SORT_ROLE) for r in range(proxy.rowCount())]
            assert shown == sorted(shown, reverse=True), (type(model).__name__, column.header)
            checked.append(f"{type(model).__name__}.{column.header}")
    # the tables that matter were really looked at, not skipped for being empty
    for expected in (
        "DueModel.Date",
        "EntriesModel.Date",
        "EntriesModel.Hours",
        "SessionsModel.Date",
        "SupervisionModel.Date",
        "CompletionsModel.Completed",
        "CompletionsModel.Hours",
        "ModulesModel.Hours",
        "RolesModel.Due within",
    ):
        assert expected in checked, (expected, ", ".join(sorted(checked)))


def test_text_columns_sort_ignoring_case(qtbot, window):
    window.show_page("People")
    view = window.people.view
    proxy = view.model()
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
