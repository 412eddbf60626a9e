"""The figures a manager plans with, each defined once, here, and read from the bulk matrix (the
same states as the team matrix screen). Home, What is due, Training sessions, the team report,
``planner due`` and ``planner figures`` all count through this module, so they always agree.

Definitions (as on a date, looking ahead N days):

- an **item** is one thing a worker's roles ask of them: a framework level, a specific module,
  or one of the SSSC's registration deadlines (one cell of the matrix). Reflective supervision is
  counted on its own, in people;
- **overdue**: items not recorded whose due date has passed;
- **expired**: items recorded once whose learning has expired, past their due date;
- **due within N days**: items not recorded, due within the next N days;
- **expiring**: recorded items whose learning expires within the warning window (a setting,
  60 days unless changed) and within the next N days;
- **people with …**: the workers with at least one such item;
- **supervision overdue**: the workers whose next reflective supervision session is overdue.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from planner.core.i18n import counted, fill, translate
from planner.core.matrix import BLANK, STATES, MatrixColumn
from planner.core.model import Catalogue, Module
from planner.core.regulators import sssc_step_label
from planner.core.status import supervision_label
from planner.services.matrix_service import MatrixData

SUPERVISION = "supervision"
ACTION_STATES = ("overdue", "expired", "due", "expiring")  # the order a manager acts in


@dataclass(frozen=True)
class Figure:
    key: str
    items: int
    people: int

    def parts(self, days: int, warning_days: int | None = None) -> tuple[str, str, str]:
        """("94 items", "due within 60 days", "for 31 people"): the figure's words, a line each on Home."""
        n = self.items
        items = counted(n, "item", "items", translate("Counted", "%n item(s)", None, n))
        if self.key in ("due", "expiring"):
            n = days if self.key == "due" else min(days, warning_days or days)
            within = counted(n, "day", "days", translate("Counted", "%n day(s)", None, n))
            what = fill(
                translate("Figures", "due within %1")
                if self.key == "due"
                else translate("Figures", "expiring within %1"),
                within,
            )
        else:
            what = translate("Figures", "overdue") if self.key == "overdue" else translate("Figures", "expired")
        people = counted(self.people, "person", "people", translate("Counted", "%n person(s)", None, self.people))
        return items, what, fill(translate("Figures", "for %1"), people)

    def words(self, days: int, warning_days: int | None = None) -> str:
        """ "94 items overdue, for 31 people"."""
        return fill(translate("Figures", "%1 %2, %3"), *self.parts(days, warning_days))


@dataclass(frozen=True)
class Figures:
    on: date
    days: int
    workers: int
    by_state: dict[str, Figure] = field(default_factory=dict)
    supervision_overdue: int = 0  # people

    def __getitem__(self, key: str) -> Figure:
        return self.by_state[key]


ITEM_NOTE = (
    "An item is one cell of the team matrix: a framework level, a specific module or an SSSC "
    "registration step, so a worker with two lapsed levels of one framework has two items (a "
    "requirement in `planner status` and on the Pathway page is a framework's highest level, with "
    "its lower levels inside it). Reflective supervision is counted in people, apart from the items."
)


def summary_lines(figures: Figures, warning_days: int | None, declarations: int | None = None) -> list[str]:
    """The figures in words, one line each, as every screen, document and command prints them."""
    lines = [f.words(figures.days, warning_days) for f in figures.by_state.values()]
    n = figures.supervision_overdue
    people = counted(n, "person", "people", translate("Counted", "%n person(s)", None, n))
    lines.append(fill(translate("Figures", "%1 with reflective supervision overdue"), people))
    if declarations is not None:
        people = counted(declarations, "person", "people", translate("Counted", "%n person(s)", None, declarations))
        days = counted(figures.days, "day", "days", translate("Counted", "%n day(s)", None, figures.days))
        lines.append(
            fill(
                translate("Figures", "%1 with an SSSC declaration due within %2 and mandatory learning missing"),
                people,
                days,
            )
        )
    return lines


def is_item(column: MatrixColumn) -> bool:
    return column.key != SUPERVISION


def action_cells(data: MatrixData, days: int) -> Iterator[tuple[int, int, str, date | None]]:
    """(row, column, state, date) of every cell that asks for action within ``days``: overdue or
    expired; due within the days; expiring (within the warning window) within the days."""
    yield from data.due_cells(days)


def count(data: MatrixData, days: int) -> Figures:
    """The figures for everyone in ``data``."""
    items = {s: 0 for s in ACTION_STATES}
    people: dict[str, set[int]] = {s: set() for s in ACTION_STATES}
    supervision: set[int] = set()
    kinds = [is_item(c) for c in data.columns]
    for row, col, state, _when in action_cells(data, days):
        if kinds[col]:
            items[state] += 1
            people[state].add(row)
        elif state == "overdue":
            supervision.add(row)
    return Figures(
        data.on, days, len(data), {s: Figure(s, items[s], len(people[s])) for s in ACTION_STATES}, len(supervision)
    )


def state_totals(data: MatrixData, columns: list[int] | None = None) -> dict[str, int]:
    """Items in each of the five states (every item, whatever its date): the team report's
    summary and the Training sessions forecast."""
    wanted = {c for c in (columns if columns is not None else range(data.width)) if is_item(data.columns[c])}
    totals = {s.value: 0 for s in STATES}
    width = data.width
    for i, code in enumerate(data.states):
        if code != BLANK and i % width in wanted:
            totals[STATES[code].value] += 1
    return totals


def column_modules(column: MatrixColumn, catalogue: Catalogue) -> list[Module]:
    """The current modules that would satisfy a matrix column, shortest first (none for
    supervision or a registration deadline)."""
    if column.key.startswith("module:"):
        module_id = column.key.removeprefix("module:")
        return [catalogue.module(module_id)] if catalogue.has_module(module_id) else []
    try:
        mods = [m for m in catalogue.modules_granting(column.key) if not m.retired]
    except KeyError:
        return []
    return sorted(mods, key=lambda m: (m.hours is None, m.hours or 0.0, m.code))


def requirement_label(data: MatrixData, row: int, col: int) -> str:
    """The requirement a cell belongs to, named as ``planner status`` names it: for a level, the
    highest level of that framework the worker's roles ask for ("Trauma – Enhanced" for the
    cell "Trauma – Informed"); supervision with the worker's target ("every 30 days"); a
    registration deadline with its window."""
    column = data.columns[col]
    if column.key == SUPERVISION:
        return supervision_label(data.periods[row])
    if column.key.startswith("sssc-"):
        return sssc_step_label(column.key)
    if column.key.startswith("module:"):
        return column.full_label
    label = column.full_label
    for c in range(col + 1, data.width):
        if data.columns[c].group != column.group:
            break
        if data.state(row, c) != BLANK:
            label = data.columns[c].full_label
    return label
