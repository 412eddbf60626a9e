"""The team matrix as a Qt model over compact MatrixData. Filtering and sorting happen inside
the model on plain Python data (a proxy model is far too slow for a whole organisation), and
rows are only looked up when the view asks for them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from planner.core.matrix import BLANK, STATES
from planner.services.matrix_service import MatrixData
from planner.ui.presentation import STATE_MARK, dark_text, state_brush, uk_date
from planner.ui.table_model import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
FIXED = ("Staff no.", "Team", "Recorded")
STAFF, TEAM, TOTAL = range(3)
WORKER_ROLE = Qt.ItemDataRole.UserRole + 10
COLUMN_KEY_ROLE = Qt.ItemDataRole.UserRole + 11


def describe(label: str, code: int, ordinal: int) -> str:
    """Words for a cell: "Trauma – Skilled: overdue since 3 Mar 2026"."""
    if code == BLANK:
        return f"{label}: not required"
    state = STATES[code]
    when = uk_date(date.fromordinal(ordinal)) if ordinal > 0 else ""
    phrase = {
        "recorded": f"recorded {when}" if when else "recorded",
        "expiring": f"expiring {when}",
        "due": f"due by {when}",
        "expired": f"expired {when}",
        "overdue": f"overdue since {when}",
    }[state.value]
    return f"{label}: {phrase}".strip()


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.data_: MatrixData | None = None
        self.cols: list[int] = []  # matrix columns shown (those someone needs)
        self.rows: list[int] = []  # matrix rows shown, in display order
        self._text = ""
        self._state: int | None = None
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._search: list[str] = []
        self._counts: dict[int, tuple[int, int]] = {}

    # -- data and filtering --------------------------------------------------------------
    def set_matrix(self, data: MatrixData) -> None:
        self.beginResetModel()
        self.data_ = data
        self.cols = data.used_columns()
        self._search = [f"{n}\t{s}\t{t}".casefold() for n, s, t in zip(data.names, data.staff, data.teams, strict=True)]
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str | None = None, state: int | None | str = "keep") -> None:
        self.beginResetModel()
        if text is not None:
            self._text = text.casefold().strip()
        if state != "keep":
            self._state = state  # type: ignore[assignment]
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        d = self.data_
        if d is None:
            self.rows = []
            return
        rows = range(len(d))
        if self._text:
            needle = self._text
            rows = [r for r in rows if needle in self._search[r]]
        if self._state is not None:
            w, wanted, cols, states = d.width, self._state, self.cols, d.states
            rows = [r for r in rows if any(states[r * w + c] == wanted for c in cols)]
        rows = list(rows)
        column, order = self._sort
        if column >= 0:
            rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            names = d.names
            rows.sort(key=lambda r: names[r].casefold())
        self.rows = rows
        self._counts = {}

    def _sort_key(self, column: int) -> Any:
        d = self.data_
        assert d is not None
        if column == STAFF:
            return lambda r: d.staff[r]
        if column == TEAM:
            return lambda r: (d.teams[r].casefold(), d.names[r].casefold())
        if column == TOTAL:
            return lambda r: d.row_counts(r)
        c = self.cols[column - len(FIXED)]
        w, states, dates = d.width, d.states, d.dates
        # blank cells last; then the most pressing state first; then the earliest date
        return lambda r: (states[r * w + c] == BLANK, -states[r * w + c], dates[r * w + c])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.data_ is None else len(FIXED) + len(self.cols)

    def worker_id(self, row: int) -> str:
        assert self.data_ is not None
        return self.data_.ids[self.rows[row]]

    def column_key(self, column: int) -> str | None:
        if self.data_ is None or column < len(FIXED):
            return None
        return self.data_.columns[self.cols[column - len(FIXED)]].key

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self.data_
        if d is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) and 0 <= section < len(self.rows):
                return d.names[self.rows[section]]
            return None
        if not 0 <= section < len(FIXED) + len(self.cols):
            return None
        if section < len(FIXED):
            return FIXED[section] if role == Qt.ItemDataRole.DisplayRole else None
        c = self.cols[section - len(FIXED)]
        col = d.columns[c]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            held, required = self._column_counts(c)
            pct = f"{100 * held / required:.0f}%" if required else "–"
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{col.group}\n{col.label}\n{held}/{required} ({pct})"
            return f"{col.full_label}: {held} of {required} recorded ({pct})"
        return None

    def _column_counts(self, c: int) -> tuple[int, int]:
        if c not in self._counts:
            assert self.data_ is not None
            self._counts[c] = self.data_.column_counts(c, self.rows)
        return self._counts[c]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        d = self.data_
        if d is None or not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == WORKER_ROLE:
            return d.ids[r]
        if column < len(FIXED):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
                if column == STAFF:
                    return d.staff[r]
                if column == TEAM:
                    return d.teams[r]
                held, required = d.row_counts(r)
                return f"{held}/{required}"
            return None
        c = self.cols[column - len(FIXED)]
        code = d.states[r * d.width + c]
        if role == Qt.ItemDataRole.DisplayRole:
            if code == BLANK:
                return ""
            ordinal = d.dates[r * d.width + c]
            when = uk_date(date.fromordinal(ordinal)) if ordinal > 0 else ""
            return f"{STATE_MARK[STATES[code]]} {when}".strip()  # the state in words is in the tooltip
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(d.columns[c].full_label, code, d.dates[r * d.width + c])
        if role == Qt.ItemDataRole.BackgroundRole and code != BLANK:
            return state_brush(STATES[code])
        if role == Qt.ItemDataRole.ForegroundRole and code != BLANK:
            return dark_text()
        if role == SORT_ROLE:
            return (code == BLANK, -code, d.dates[r * d.width + c])
        if role == COLUMN_KEY_ROLE:
            return d.columns[c].key
        return None
