"""How states, dates and hours look: words and symbols first, colour only as a second cue."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor

from planner.core import wording
from planner.core.dates import uk
from planner.core.hours import hours_text
from planner.core.status import State

# A symbol and a word for every state (planner.core.wording, shared with documents and exports),
# so that nothing relies on colour.
STATE_MARK = wording.STATE_MARK
STATE_BACKGROUND = wording.STATE_FILL


def state_text(state: State) -> str:
    return wording.state_label(state.value)


def state_brush(state: State) -> QBrush:
    return QBrush(QColor(STATE_BACKGROUND[state]))


def dark_text() -> QBrush:
    return QBrush(QColor(wording.TEXT_ON_FILL))


def uk_date(d: date | None) -> str:
    return uk(d)


def hours(h: float | None) -> str:
    """Exactly as recorded: 1.25, 1.5, 2."""
    return hours_text(h)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


DATE_FORMAT = "d MMM yyyy"
