"""A table model over a list of plain Python rows, with its columns declared as constants.

Each concrete model lists its ``COLUMNS``: a header, how to show a row's value, and the
native value to sort by (returned for ``SORT_ROLE``, so a proxy sorts dates as dates).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from planner.core.text import fold

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def sort_value(value: Any) -> Any:
    """A value Qt's proxy can compare: text ignoring case, dates as day numbers, numbers as
    numbers; nothing (None) sorts first. A column's own ``sort`` returns one kind only."""
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return float(value.toordinal())
    if value is None:
        return float("-inf")
    if isinstance(value, bool | int | float):
        return float(value)
    raise TypeError(f"a column sorts by text, a date or a number, not {type(value).__name__}")


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    background: Callable[[T], Any] | None = None
    foreground: Callable[[T], Any] | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    COLUMNS: Sequence[Column[Any]] = ()

    def __init__(self, rows: Sequence[T] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._rows: list[T] = list(rows)
        self._search = [None] * len(self._rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.generation += 1  # a filter over these rows knows its matches are out of date
        self.beginResetModel()
        self._rows = list(rows)
        self._search: list[str | None] = [None] * len(self._rows)
        self.endResetModel()

    def search_text(self, index: int) -> str:
        """Every column's text of a row, folded for matching (accents and case ignored)."""
        found = self._search[index]
        if found is None:
            row = self._rows[index]
            found = self._search[index] = fold(" ".join(col.text(row) for col in self.COLUMNS))
        return found

    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, index: int) -> T:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate("Column", self.COLUMNS[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.text(row)
        if role == SORT_ROLE:
            return sort_value(col.sort(row) if col.sort else col.text(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text, for a cell cut short to fit
            return col.tooltip(row) if col.tooltip else col.text(row)
        if role == Qt.ItemDataRole.BackgroundRole and col.background:
            return col.background(row)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground:
            return col.foreground(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
