"""Small helpers every screen uses: labelled fields, confirmations, table set-up."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from planner.core.text import fold
from planner.ui.table_model import SORT_ROLE, RowsModel


def button(text: str, accessible: str, parent: QWidget | None = None, tip: str = "") -> QPushButton:
    b = QPushButton(text, parent)
    b.setAccessibleName(accessible)
    if tip:
        b.setToolTip(tip)
    return b


def search_box(placeholder: str, accessible: str) -> QLineEdit:
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setAccessibleName(accessible)
    box.setClearButtonEnabled(True)
    return box


class FoldingFilter(QSortFilterProxyModel):
    """Sorts by each column's native value (dates as dates, numbers as numbers) and filters as
    people type: every word must appear somewhere in the row, accents and case ignored."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self._accepted: set[int] | None = None  # the rows that match, found in one pass
        self._generation = -1  # of the source rows they were found in

    def set_text(self, text: str) -> None:
        """Match every row in one pass here; Qt then only asks, row by row, whether it is in the
        set (a few microseconds each: a keystroke over 10,000 workers stays well under 50 ms)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        accepted = self._accepted
        if not self._words:
            return True
        if accepted is None or self._generation != self._model.generation:
            accepted = self._match()
        return source_row in accepted

    def _match(self) -> set[int]:
        """The rows holding every word typed, found in one pass over the rows' folded text."""
        model = self._model
        texts = [model.search_text(i) for i in range(model.rowCount())]
        first, *rest = self._words
        self._accepted = {i for i, t in enumerate(texts) if first in t and all(w in t for w in rest)}
        self._generation = model.generation
        return self._accepted

    def setSourceModel(self, model: Any) -> None:
        assert isinstance(model, RowsModel)
        self._model = model
        super().setSourceModel(model)


def table_view(model: RowsModel, accessible: str, *, sortable: bool = True) -> tuple[QTableView, FoldingFilter]:
    """A read-only, row-selecting table over ``model`` through a sorting/filtering proxy."""
    proxy = FoldingFilter()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # No sort until the person clicks a header: the model's own order is meaningful
    # (pathway steps in order, workers by name).
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.horizontalHeader().setSortIndicatorShown(sortable)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view, proxy


def fit_columns(view: QTableView, cap_chars: int = 26) -> None:
    """Columns as wide as their content, but none wider than ``cap_chars`` average characters
    (longer text ends in "…", whole in its tooltip), so the state and date columns stay in
    view on a 1024-pixel screen. The last column stretches into what is left."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    cap = view.fontMetrics().averageCharWidth() * cap_chars
    for c in range(header.count() - 1):
        if header.sectionSize(c) > cap:
            header.resizeSection(c, cap)


def selected_row(view: QTableView) -> object | None:
    """The plain row behind the selected (highlighted) line, or None: an action never falls on
    a row the person cannot see is chosen."""
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes:
        return None
    proxy = view.model()
    assert isinstance(proxy, QSortFilterProxyModel)
    source = proxy.mapToSource(indexes[0])
    model = proxy.sourceModel()
    assert isinstance(model, RowsModel)
    return model.row(source.row())


def follow_selection(
    view: QTableView, buttons: Iterable[QWidget], when: Callable[[object], bool] | None = None
) -> Callable[[], None]:
    """Enable ``buttons`` only while a row is selected (and ``when(row)`` holds): an action on
    nothing is never offered. Returns the update, for when something else changes."""
    chosen = list(buttons)

    def update(*_args: object) -> None:
        row = selected_row(view)
        ok = row is not None and (when is None or when(row))
        for b in chosen:
            b.setEnabled(ok)

    view.selectionModel().selectionChanged.connect(update)
    model = view.model()
    for signal in (model.modelReset, model.layoutChanged, model.rowsRemoved):
        signal.connect(update)
    update()
    return update


def follow_rows(model: QAbstractItemModel, buttons: Iterable[QWidget]) -> Callable[[], None]:
    """Enable ``buttons`` only while the table has rows (printing or exporting nothing is never
    offered)."""
    chosen = list(buttons)

    def update(*_args: object) -> None:
        for b in chosen:
            b.setEnabled(model.rowCount() > 0)

    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
        signal.connect(update)
    update()
    return update


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def ask_to_save(parent: QWidget, what: str) -> str:
    """ "save", "discard" or "cancel": asked before leaving changes that are not saved."""
    box = QMessageBox(
        QMessageBox.Icon.Question, parent.tr("Save changes?"), what + " " + parent.tr("Save them?"), parent=parent
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
        QMessageBox.StandardButton(answer), "cancel"
    )


def add_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget, str]]) -> None:
    """Add labelled rows to a form, giving each control its accessible name."""
    for label, widget, accessible in rows:
        widget.setAccessibleName(accessible)
        form.addRow(label, widget)


REGULATOR_LABELS = {
    "SSSC": QT_TRANSLATE_NOOP("Regulator", "SSSC (social services)"),
    "NMC": QT_TRANSLATE_NOOP("Regulator", "NMC (nurses, health visitors)"),
    "GTCS": QT_TRANSLATE_NOOP("Regulator", "GTCS (teachers)"),
    "none": QT_TRANSLATE_NOOP("Regulator", "None"),
}


def heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)  # a long heading wraps rather than widening the page
    return label


def hint(text: str) -> QLabel:
    """Secondary text, muted from the palette's own text colour towards the window's as far as
    stays readable (4.5:1, WCAG AA): dark, light and high-contrast themes keep it legible."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    text_colour, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    for weight in (0.7, 0.8, 0.9):
        muted = mix(text_colour, window, weight)
        if contrast(muted, window) >= 4.5:
            palette.setColor(QPalette.ColorRole.WindowText, muted)
            label.setPalette(palette)
            break
    return label


def mix(a: QColor, b: QColor, weight: float) -> QColor:
    """``weight`` of ``a`` and the rest of ``b``."""
    return QColor.fromRgbF(
        a.redF() * weight + b.redF() * (1 - weight),
        a.greenF() * weight + b.greenF() * (1 - weight),
        a.blueF() * weight + b.blueF() * (1 - weight),
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class _KeyActions(QObject):
    def __init__(self, view: QTableView, actions: dict[tuple[Qt.Key, Qt.KeyboardModifier], Callable[[], None]]) -> None:
        super().__init__(view)
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._actions.get((Qt.Key(event.key()), event.modifiers()))
            if action is not None:
                action()
                return True
        return False


def on_keys(view: QTableView, actions: dict[tuple[Qt.Key, Qt.KeyboardModifier], Callable[[], None]]) -> None:
    """Keys that act on a table (Delete, Ctrl+Z). An event filter, because item views take
    these keys before a window's shortcuts would see them."""
    view.installEventFilter(_KeyActions(view, actions))


def on_delete_key(view: QTableView, delete: Callable[[], None], undo: Callable[[], None] | None = None) -> None:
    actions = {(Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): delete}
    if undo is not None:
        actions[(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)] = undo
    on_keys(view, actions)
