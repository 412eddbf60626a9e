"""What is due, and the learning-needs analysis, for a team or the whole organisation: the
rows behind ``planner due`` and ``planner needs`` and the GUI's lists (keep the keys)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from planner.core.cpl import TOPICS, topic_name
from planner.core.errors import UserError
from planner.core.history import modules_covering
from planner.core.i18n import translate
from planner.core.matrix import STATES, MatrixColumn
from planner.services.figures import Figures, column_modules, count, requirement_label
from planner.services.learning import LearningService
from planner.services.matrix_service import MatrixData, MatrixService, build_split
from planner.services.status_service import StatusService
from planner.services.workspace import Workspace

DUE_ORDER = {"overdue": 0, "expired": 1, "due": 2, "expiring": 3}


@dataclass(frozen=True)
class DueOverview:
    """The What is due page's data, from one matrix."""

    rows: list[dict[str, Any]]
    figures: Figures
    declarations: list[dict[str, Any]]
    needs: list[dict[str, Any]]


class PlanningService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.status = StatusService(ws)

    def due(self, on: date, days: int = 60, team: str | None = None, split: bool = False) -> list[dict[str, Any]]:
        """Every item that asks for action within ``days`` (see :mod:`planner.services.figures`),
        with the modules that would satisfy it, most pressing first. ``split``: a large
        organisation's matrix is built in two processes (the command line only; see
        :func:`planner.services.matrix_service.build_split`)."""
        _check_days(days)
        data = self._build(on, team, split)
        return self.due_rows(data, days)

    def due_with_figures(
        self, on: date, days: int = 60, team: str | None = None
    ) -> tuple[list[dict[str, Any]], Figures]:
        """The due list and its figures, from one matrix."""
        _check_days(days)
        data = MatrixService(self.ws).build(on, team)
        return self.due_rows(data, days), count(data, days)

    def due_rows(self, data: MatrixData, days: int) -> list[dict[str, Any]]:
        options = self._options(data)
        kinds = {c: _kind(col) for c, col in enumerate(data.columns)}
        return [
            {
                "staff_no": data.staff[r],
                "name": data.names[r],
                "team": data.teams[r],
                "requirement": requirement_label(data, r, c),
                "step": data.columns[c].full_label,
                "state": state,
                "date": when,
                "modules": options[c],
                "kind": kinds[c],
            }
            for r, c, state, when in _due_cells(data, days)
        ]

    def due_json(self, on: date, days: int = 60, team: str | None = None, split: bool = False) -> list[str]:
        """:meth:`due`'s rows as JSON objects, one each (``planner due --format json``), put
        together from pieces encoded once per column (a column's modules are the same on every
        row), per worker, per requirement and per date; a test checks they read back as
        :meth:`due`."""
        _check_days(days)
        data = self._build(on, team, split)
        options = self._options(data)
        text = json.JSONEncoder(ensure_ascii=False).encode
        step = [
            f'"step": {text(col.full_label)}, "modules": {text(options[c])}, "kind": {text(_kind(col))}}}'
            for c, col in enumerate(data.columns)
        ]
        workers: dict[int, str] = {}
        labels: dict[str, str] = {}
        dates: dict[str | None, str] = {}
        out = []
        for r, c, state, when in _due_cells(data, days):
            worker = workers.get(r)
            if worker is None:
                worker = workers[r] = (
                    f'{{"staff_no": {text(data.staff[r])}, "name": {text(data.names[r])}, "team": {text(data.teams[r])}, '
                )
            label = requirement_label(data, r, c)
            named = labels.get(label)
            if named is None:
                named = labels[label] = text(label)
            day = dates.get(when)
            if day is None:
                day = dates[when] = text(when)
            out.append(f'{worker}"requirement": {named}, "state": "{state}", "date": {day}, {step[c]}')
        return out

    def _build(self, on: date, team: str | None, split: bool) -> MatrixData:
        return build_split(self.ws, on, team) if split else MatrixService(self.ws).build(on, team)

    def _options(self, data: MatrixData) -> list[list[dict[str, str]]]:
        """Per column: the modules that would satisfy it (a due row's "modules")."""
        catalogue = self.ws.catalogue_repo.load()
        return [[{"code": m.code, "title": m.title} for m in column_modules(col, catalogue)] for col in data.columns]

    def figures(self, on: date, days: int = 60, team: str | None = None) -> Figures:
        """The planning figures, defined once (:mod:`planner.services.figures`)."""
        return count(MatrixService(self.ws).build(on, team), days)

    def overview(self, on: date, days: int = 60, team: str | None = None) -> DueOverview:
        """Everything the What is due page shows — the due list, its figures, the SSSC
        declarations and the learning-needs analysis — from one matrix (it was built twice)."""
        _check_days(days)
        data = MatrixService(self.ws).build(on, team)
        return DueOverview(
            self.due_rows(data, days), count(data, days), self.declarations(on, days, team), self.needs(on, team, data)
        )

    def needs(
        self, on: date, team: str | None = None, data: MatrixData | None = None, split: bool = False
    ) -> list[dict[str, Any]]:
        """Per framework level (and specific module): how many workers need it, and where they
        stand. A worker needs every level up to the one their roles ask for (levels are
        cumulative), so a worker asked for Child protection – Specific counts under Wider,
        General and Specific. Only what somebody in scope needs is listed, for a team as for
        the organisation (which levels the matrix shows as columns differs between the two)."""
        data = data if data is not None else self._build(on, team, split)
        catalogue = self.ws.catalogue_repo.load()
        levels = {lv.id: (fw.name, lv.name, lv.rank) for fw in catalogue.frameworks for lv in fw.levels}
        out: list[dict[str, Any]] = []
        modules: list[dict[str, Any]] = []
        for c, column in enumerate(data.columns):
            if column.key in levels:
                framework, level, rank = levels[column.key]
            elif column.key.startswith("module:"):
                framework, level, rank = "Specific modules", column.full_label, 0
            else:
                continue  # supervision and registration deadlines are not learning to plan
            cells = data.states[c :: data.width]  # the column, as one array
            counts = {s.value: cells.count(code) for code, s in enumerate(STATES)}
            need = sum(counts.values())
            if not need:
                continue
            row = {
                "framework": framework,
                "level": level,
                "rank": rank,
                "need": need,
                **counts,
                "percent_recorded": round(100 * (counts["recorded"] + counts["expiring"]) / need, 1),
            }
            (modules if rank == 0 else out).append(row)
        return out + sorted(modules, key=lambda m: m["level"])

    def declarations(self, on: date, days: int = 60, team: str | None = None) -> list[dict[str, Any]]:
        """SSSC registrants whose annual declaration falls due within ``days`` while trauma,
        child protection or adult support and protection learning is missing from their year,
        with the modules that would cover what is missing (``planner declarations``; keep the keys)."""
        _check_days(days)
        catalogue = self.ws.catalogue_repo.load()
        covering = {  # keyed by the topic's name as shown (the missing list's words)
            topic_name(code): [{"code": m.code, "title": m.title} for m in modules_covering(code, catalogue)]
            for code, _name in TOPICS
        }
        return [
            {
                "staff_no": d.worker.staff_no,
                "name": d.worker.name,
                "team": d.team,
                "declaration_on": d.due_on.isoformat(),
                "missing": list(d.missing),
                "modules": {name: covering[name] for name in d.missing},
            }
            for d in LearningService(self.ws).declarations_due(on, days, team)
        ]


def _check_days(days: int) -> None:
    if days < 0:
        raise UserError(translate("planning", "The number of days cannot be negative."))


def _due_cells(data: MatrixData, days: int) -> list[tuple[int, int, str, str | None]]:
    """(row, column, state, ISO date) of every item asking for action within ``days``, most
    pressing first: by state, then date, then name, then step."""
    cells = data.due_cells_raw(days)  # the rule of figures.action_cells, as numbers
    names = [n.casefold() for n in data.names]
    labels = [c.full_label for c in data.columns]
    order = [DUE_ORDER.get(s.value, len(DUE_ORDER)) for s in STATES]  # recorded never asks for action
    cells.sort(key=lambda x: (order[x[2]], x[3] or NO_DATE, names[x[0]], labels[x[1]]))
    values = [s.value for s in STATES]
    return [(r, c, values[code], _iso(ordinal)) for r, c, code, ordinal in cells]


NO_DATE = 10**9  # sorts after every date


@lru_cache(maxsize=65536)
def _iso(ordinal: int) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal > 0 else None


def _kind(column: MatrixColumn) -> str:
    if column.key == "supervision":
        return "supervision"
    if column.key.startswith("sssc-"):
        return "registration"
    return "module" if column.key.startswith("module:") else "level"
