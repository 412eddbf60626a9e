"""The team matrix as a Qt model over compact MatrixData. Filtering and sorting happen inside
the model on plain Python data (a proxy model is far too slow for a whole organisation), and
rows are only looked up when the view asks for them."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner.core.matrix import BLANK, STATES
from planner.core.text import fold
from planner.core.wording import state_words
from planner.services.matrix_service import MatrixData
from planner.ui.presentation import STATE_MARK, dark_text, state_brush, uk_date
from planner.ui.table_model import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
FIXED = (
    QT_TRANSLATE_NOOP("Column", "Staff no."),
    QT_TRANSLATE_NOOP("Column", "Team"),
    QT_TRANSLATE_NOOP("Column", "Recorded"),
)
STAFF, TEAM, TOTAL = range(3)
WORKER_ROLE = Qt.ItemDataRole.UserRole + 10
COLUMN_KEY_ROLE = Qt.ItemDataRole.UserRole + 11


def describe(label: str, code: int, ordinal: int) -> str:
    """Words for a cell: "Trauma – Skilled: overdue since 3 Mar 2026"."""
    if code == BLANK:
        return label + ": " + QCoreApplication.translate("Matrix", "not required")
    return f"{label}: {state_words(STATES[code].value, date.fromordinal(ordinal) if ordinal > 0 else None)}"


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.data_: MatrixData | None = None
        self.cols: list[int] = []  # matrix columns shown (those someone needs)
        self.rows: list[int] = []  # matrix rows shown, in display order
        self._text = ""
        self._state: int | None = None
        self._teams: set[str] | None = None  # a chosen set of teams (None: every team built)
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._search: list[str] = []
        self._by_name: list[int] = []
        self._ordered: list[int] = []  # every row, in the current sort order
        self._column_bytes: dict[int, bytes] = {}  # one byte per row: the column's state codes
        self._state_rows: dict[int, bytes] = {}  # per state: one byte per row, 1 if any cell has it
        self._counts: dict[int, tuple[int, int]] = {}

    # -- data and filtering --------------------------------------------------------------
    def set_matrix(self, data: MatrixData) -> None:
        self.beginResetModel()
        self.data_ = data
        self.cols = data.used_columns()
        w = data.width
        self._column_bytes = {c: data.states[c::w].tobytes() for c in self.cols}
        self._state_rows = {}
        self._search = [
            fold(f"{n}\t{s}\t{t}\t{r}")  # accents and case ignored: "siobhan" finds Siobhán
            for n, s, t, r in zip(data.names, data.staff, data.teams, data.roles, strict=True)
        ]
        keys = [n.casefold() for n in data.names]
        self._by_name = sorted(range(len(data)), key=keys.__getitem__)
        self._order()
        self._apply()
        self.endResetModel()

    def set_filter(
        self, text: str | None = None, state: int | None | str = "keep", teams: set[str] | None | str = "keep"
    ) -> None:
        self.beginResetModel()
        previous = self._text
        if text is not None:
            self._text = fold(text)
        if state != "keep":
            self._state = state  # type: ignore[assignment]
        if teams != "keep":
            self._teams = teams  # type: ignore[assignment]
        narrowing = state == "keep" and teams == "keep" and previous and self._text.startswith(previous)
        self._apply(self.rows if narrowing else None)
        self.endResetModel()

    def _rows_with_state(self, code: int) -> bytes:
        """One byte per row: 1 where any shown column is in this state (big-integer OR of
        the columns' masks, so the work is done in C, not per cell in Python)."""
        if code not in self._state_rows:
            table = bytes(1 if (b - 256 if b > 127 else b) == code else 0 for b in range(256))
            mask = 0
            for c in self.cols:
                mask |= int.from_bytes(self._column_bytes[c].translate(table), "big")
            n = len(self._search)
            self._state_rows[code] = mask.to_bytes(n, "big") if n else b""
        return self._state_rows[code]

    def _order(self) -> None:
        column, order = self._sort
        if column < 0 or self.data_ is None:
            self._ordered = list(self._by_name)
            return
        d = self.data_
        if column == STAFF:
            keys: list[Any] = d.staff
        elif column == TEAM:
            keys = [t.casefold() for t in d.teams]
        elif column == TOTAL:
            keys = [d.row_counts(r) for r in range(len(d))]
        else:
            # one integer per row: blank cells last, then the most pressing state, then the earliest date
            c = self.cols[column - len(FIXED)]
            states = self._column_bytes[c]
            dates = d.dates[c :: d.width]
            keys = [((5 if s > 127 else 4 - s) << 32) | dt for s, dt in zip(states, dates, strict=True)]
        ordered = sorted(self._by_name, key=keys.__getitem__)  # stable: ties stay in name order
        if order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        self._ordered = ordered

    def _apply(self, within: list[int] | None = None) -> None:
        if self.data_ is None:
            self.rows = []
            return
        rows = within if within is not None else self._ordered
        if self._text:
            needle, search = self._text, self._search
            rows = [r for r in rows if needle in search[r]]
        if self._teams is not None and self.data_ is not None:
            teams, chosen = self.data_.teams, self._teams
            rows = [r for r in rows if teams[r] in chosen]
        if self._state is not None:
            mask = self._rows_with_state(self._state)
            rows = [r for r in rows if mask[r]]
        self.rows = rows if rows is not self._ordered else list(rows)
        self._counts = {}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order()
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
            if not 0 <= section < len(self.rows):
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return d.names[self.rows[section]]
            if role == Qt.ItemDataRole.ToolTipRole:
                return d.roles[self.rows[section]]
            return None
        if not 0 <= section < len(FIXED) + len(self.cols):
            return None
        if section < len(FIXED):
            return QCoreApplication.translate("Column", FIXED[section]) if role == Qt.ItemDataRole.DisplayRole else None
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
        """(held, required) in this column over the rows shown, counted in C."""
        if c not in self._counts:
            column = self._column_bytes[c]
            if len(self.rows) == len(column):
                shown = column
            elif self.rows:
                shown = bytes(itemgetter(*self.rows)(column)) if len(self.rows) > 1 else bytes([column[self.rows[0]]])
            else:
                shown = b""
            blank = shown.count(255)
            self._counts[c] = (shown.count(0) + shown.count(1), len(shown) - blank)
        return self._counts[c]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # most of the roles a view asks for: answer fast
            return None
        d = self.data_
        if d is None or not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == WORKER_ROLE:
            return d.ids[r]
        if column < len(FIXED):
            if role in _TEXT_ROLES:
                if column == STAFF:
                    return d.staff[r]
                if column == TEAM:
                    return d.teams[r]
                held, required = d.row_counts(r)
                if role == Qt.ItemDataRole.AccessibleTextRole:  # read out in words, not "7/9"
                    return QCoreApplication.translate("Matrix", "%d of %d recorded") % (held, required)
                return f"{held}/{required}"
            return None
        c = self.cols[column - len(FIXED)]
        at = r * d.width + c
        code = d.states[at]
        if role == _DISPLAY:
            return "" if code == BLANK else _cell_text(code, d.dates[at])
        if code == BLANK and role != SORT_ROLE and role != COLUMN_KEY_ROLE:
            return describe(d.columns[c].full_label, code, 0) if role in _WORD_ROLES else None
        if role == _BACKGROUND:
            return _BRUSHES[code]
        if role == _FOREGROUND:
            return _DARK
        if role in _WORD_ROLES:
            return describe(d.columns[c].full_label, code, d.dates[at])
        if role == SORT_ROLE:
            return (code == BLANK, -code, d.dates[at])
        if role == COLUMN_KEY_ROLE:
            return d.columns[c].key
        return None


_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_WORD_ROLES = {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole}
_TEXT_ROLES = {_DISPLAY, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE}
_ROLES = {_DISPLAY, _BACKGROUND, _FOREGROUND, *_WORD_ROLES, SORT_ROLE, COLUMN_KEY_ROLE, WORKER_ROLE}
_BRUSHES = [state_brush(s) for s in STATES]
_DARK = dark_text()


@lru_cache(maxsize=8192)
def _cell_text(code: int, ordinal: int) -> str:
    when = uk_date(date.fromordinal(ordinal)) if ordinal > 0 else ""
    return f"{STATE_MARK[STATES[code]]} {when}".strip()  # the state in words is in the tooltip
