"""The team matrix engine: every worker's state for every framework level, specific module
and supervision, computed in bulk into compact arrays.

It applies exactly the rules of :mod:`planner.core.status` (a test checks the two agree on
generated workers), but prepares everything that depends only on the catalogue once, and
writes one small integer and one date per cell instead of building objects, so a whole
organisation can be computed quickly and held in little memory.

Columns: every framework level, every specific module, the SSSC's two registration deadlines,
and reflective supervision. A cell's state code is ``State.severity`` (0 recorded … 4 overdue) or ``BLANK`` where no
current role asks for it. Its date is the completion date for ``recorded``, the expiry date
for ``expiring`` and ``expired``, and the due date for ``due`` and ``overdue``.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from planner.core.dates import add_months
from planner.core.model import Catalogue, Completion, Module, RoleAssignment
from planner.core.regulators import (
    SSSC_APPLY_MONTHS,
    SSSC_REGISTER_MONTHS,
    Registration,
    sssc_registration_done,
)
from planner.core.status import DEFAULT_WARNING_DAYS, State, reminder_days

BLANK = -1
STATES = sorted(State, key=lambda s: s.severity)  # index = state code
RECORDED, EXPIRING, DUE, EXPIRED, OVERDUE = range(5)


@dataclass(frozen=True)
class MatrixColumn:
    key: str  # level id, "module:<id>" or "supervision"
    group: str  # framework name, "Specific modules" or "Supervision"
    label: str  # level name, module code, or "Supervision"
    full_label: str  # "Trauma – Skilled"


@lru_cache(maxsize=65536)
def _expiry_ordinal(done: int, months: int) -> int:
    return add_months(date.fromordinal(done), months).toordinal()


class MatrixEngine:
    def __init__(
        self,
        catalogue: Catalogue,
        warning_days: int = DEFAULT_WARNING_DAYS,
        module_columns: Iterable[str] | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.warning_days = warning_days
        columns: list[MatrixColumn] = []
        self._level_col: dict[str, int] = {}
        for fw in catalogue.frameworks:
            if fw.retired:
                continue
            for lv in fw.levels:
                self._level_col[lv.id] = len(columns)
                columns.append(MatrixColumn(lv.id, fw.name, lv.name, f"{fw.name} – {lv.name}"))
        required_modules = (
            set(module_columns)
            if module_columns is not None
            else {m for r in catalogue.roles for m in r.module_requirements}
        )
        self._module_col: dict[str, int] = {}
        for m in sorted((catalogue.module(mid) for mid in required_modules), key=lambda m: m.code):
            self._module_col[m.id] = len(columns)
            columns.append(MatrixColumn(f"module:{m.id}", "Specific modules", m.code, f"{m.code} {m.title}"))
        self.registration_cols = (len(columns), len(columns) + 1)
        columns.append(MatrixColumn("sssc-apply", "SSSC registration", "Applied", "SSSC registration: applied"))
        columns.append(
            MatrixColumn("sssc-register", "SSSC registration", "Registered", "SSSC registration: registered")
        )
        self.supervision_col = len(columns)
        columns.append(MatrixColumn("supervision", "Supervision", "Supervision", "Reflective supervision"))
        self.columns = tuple(columns)
        # per framework: the column of each rank, in rank order
        self._fw_cols = {
            fw.id: [self._level_col[lv.id] for lv in fw.levels] for fw in catalogue.frameworks if not fw.retired
        }
        # per column: the modules that satisfy it, lasting ones and renewing ones with their
        # renewal in months
        self._granting: dict[int, tuple[list[str], list[tuple[str, int]]]] = {}
        for level_id, col in self._level_col.items():
            self._granting[col] = _split_granting(catalogue.modules_granting(level_id))
        for module_id, col in self._module_col.items():
            self._granting[col] = _split_granting([catalogue.module(module_id)])
        # per role: (column, due days) for every level and module it asks for (the windows of
        # Catalogue.windows, the same as the status engine's), and its supervision target
        self._roles: dict[str, tuple[list[tuple[int, int, str]], int | None]] = {}
        self._asks: dict[str, set[int]] = {}  # per role: the first level of each framework, and modules
        self._plans: dict[tuple[str, ...], _Plan] = {}
        for role in catalogue.roles:
            windows = catalogue.windows(role.id)
            due_cols = [
                (col, w.days, w.stage)
                for fw_id, per_rank in windows.levels.items()
                if fw_id in self._fw_cols
                for col, w in zip(self._fw_cols[fw_id], per_rank, strict=False)
            ]
            due_cols += [
                (self._module_col[m], w.days, w.stage) for m, w in windows.modules.items() if m in self._module_col
            ]
            self._roles[role.id] = (due_cols, role.supervision_days)
            self._asks[role.id] = {self._fw_cols[f][0] for f in windows.levels if f in self._fw_cols} | {
                self._module_col[m] for m in windows.modules if m in self._module_col
            }
        self._first_module = len(self._level_col)  # module columns follow the levels'

    @property
    def width(self) -> int:
        return len(self.columns)

    def cells(
        self,
        assignments: Iterable[RoleAssignment],
        completions: Iterable[Completion],
        session_dates: Iterable[date],
        on: date,
        regulator: str = "",
        registration: Registration | None = None,
    ) -> tuple[array[int], array[int]]:
        """(state codes, date ordinals) for one worker, one entry per column."""
        on_ord = on.toordinal()
        latest: dict[str, int] = {}
        for c in completions:
            d = c.completed_on.toordinal()
            if d <= on_ord and d > latest.get(c.module_id, 0):
                latest[c.module_id] = d
        sessions = [d.toordinal() for d in session_dates if d <= on]
        states, dates, _period = self.cells_raw(
            [(a.role_id, a.started_on.toordinal(), a.ended_on.toordinal() if a.ended_on else 0) for a in assignments],
            latest,
            max(sessions) if sessions else 0,
            on_ord,
            (registration or Registration()) if regulator == "SSSC" else None,
        )
        return states, dates

    def cells_raw(
        self,
        assignments: Iterable[tuple[str, int, int]],
        latest: dict[str, int],
        last_session: int,
        on_ord: int,
        sssc: Registration | None = None,
    ) -> tuple[array[int], array[int], int]:
        """The same from plain numbers, with the worker's supervision target in days (0 for
        none): assignments as (role id, start, end or 0) ordinals; the latest completion on or
        before the date for each module; the last supervision session on or before it (0 for
        none); for an SSSC registrant, their registration. The latest completion is enough: a
        later completion of the same module never expires sooner."""
        width = len(self.columns)
        states = array("b", [BLANK]) * width
        dates = array("i", [0]) * width
        demand = self._demand(assignments, on_ord)
        for col, (due_ord, _stage) in demand.due.items():
            code, done, expires = self._step(col, due_ord, latest, on_ord)
            states[col] = code
            dates[col] = done if code == RECORDED else expires if code in (EXPIRING, EXPIRED) else due_ord
        if sssc is not None and demand.earliest is not None:
            for col, (code, due_ord, done) in zip(
                self.registration_cols, self._registration(demand.earliest, sssc, on_ord), strict=True
            ):
                states[col], dates[col] = code, done if code == RECORDED else due_ord
        if demand.period is not None:
            code, due_ord = self._supervision(demand, last_session, on_ord)
            col = self.supervision_col
            states[col] = code
            dates[col] = due_ord if code != RECORDED or not last_session else last_session
        return states, dates, demand.period or 0

    def requirements_raw(
        self,
        assignments: Iterable[tuple[str, int, int]],
        latest: dict[str, int],
        last_session: int,
        on_ord: int,
        sssc: Registration | None = None,
    ) -> list[RequirementCell]:
        """Every requirement of one worker, from the same plain numbers as :meth:`cells_raw`,
        in the status engine's order and by its rules (:func:`planner.core.status.evaluate`:
        a level requirement is the highest level a framework is asked for, its state the worst
        of the levels up to it): what ``planner status`` lists, without building objects."""
        demand = self._demand(assignments, on_ord)
        active = tuple(demand.active)
        plan = self._plans.get(active) or self._plan(active)
        steps: dict[int, tuple[int, int, int, int, str]] = {}  # col -> (code, done, expiry, due, stage)
        step = self._step
        for col, (due_ord, stage) in demand.due.items():
            code, done, expires = step(col, due_ord, latest, on_ord)
            steps[col] = (code, done, expires, due_ord, stage)
        out = [_combine(asked, steps, roles) for asked, roles in plan.levels]
        for col, roles in plan.modules:  # by code
            code, done, expires, due_ord, stage = steps[col]
            out.append(
                RequirementCell(
                    "module", col, code, 0 if code <= EXPIRING else due_ord, expires, done, roles, col, stage
                )
            )
        if sssc is not None and demand.earliest is not None:
            for col, (code, due_ord, done) in zip(
                self.registration_cols, self._registration(demand.earliest, sssc, on_ord), strict=True
            ):
                out.append(
                    RequirementCell("registration", col, code, 0 if code == RECORDED else due_ord, 0, done, (), col, "")
                )
        if demand.period is not None:
            code, due_ord = self._supervision(demand, last_session, on_ord)
            col = self.supervision_col
            out.append(
                RequirementCell(
                    "supervision", col, code, due_ord, 0, last_session, plan.supervised, col, "", demand.period
                )
            )
        return out

    def _plan(self, active: tuple[str, ...]) -> _Plan:
        """What a set of current roles asks for, worked out once per set: each framework's
        levels asked for with the roles asking, each module (by code) with its roles, and the
        roles with a supervision target."""
        asked_cols = {col for r in active for col, _days, _stage in self._roles[r][0]}
        asking = {c: tuple(sorted({r for r in active if c in self._asks[r]})) for c in asked_cols}
        levels = []
        for fw_cols in self._fw_cols.values():
            asked = [c for c in fw_cols if c in asked_cols]
            if asked:
                levels.append((asked, asking[asked[0]]))
        plan = self._plans[active] = _Plan(
            levels,
            [(c, asking[c]) for c in sorted(c for c in asked_cols if c >= self._first_module)],
            tuple(sorted({r for r in active if self._roles[r][1]})),
        )
        return plan

    def _demand(self, assignments: Iterable[tuple[str, int, int]], on_ord: int) -> _Demand:
        """What a worker's current roles ask for: each column's earliest due ordinal and the
        stage whose window sets it (ties go to the first role listed, as in the status engine)."""
        demand = _Demand()
        due = demand.due
        for role_id, start, end in assignments:
            if end and end <= on_ord:
                continue
            spec = self._roles.get(role_id)
            if spec is None:
                continue
            demand.active.append(role_id)
            due_cols, sup_days = spec
            demand.earliest = start if demand.earliest is None else min(demand.earliest, start)
            for col, days, stage in due_cols:
                due_ord = start + days
                if col not in due or due[col][0] > due_ord:
                    due[col] = (due_ord, stage)
            if sup_days:
                demand.period = sup_days if demand.period is None else min(demand.period, sup_days)
                demand.first_start = start if demand.first_start is None else min(demand.first_start, start)
        return demand

    def _step(self, col: int, due_ord: int, latest: dict[str, int], on_ord: int) -> tuple[int, int, int]:
        """(state code, ordinal of the completion that counts or 0, its expiry or 0) of one level
        or module: the rules of the status engine's steps on plain numbers."""
        lasting, renewing = self._granting[col]
        best = -1
        for module_id in lasting:
            d = latest.get(module_id)
            if d is not None and d > best:
                best = d
        if best >= 0:
            return RECORDED, best, 0
        best_exp = best_done = -1
        for module_id, months in renewing:
            d = latest.get(module_id)
            if d is not None:
                e = _expiry_ordinal(d, months)
                if e > best_exp or (e == best_exp and d > best_done):
                    best_exp, best_done = e, d
        if best_exp < 0:
            return (DUE if on_ord <= due_ord else OVERDUE), 0, 0
        if best_exp > on_ord:
            return (EXPIRING if best_exp - on_ord <= self.warning_days else RECORDED), best_done, best_exp
        return (DUE if on_ord <= due_ord else EXPIRED), best_done, best_exp

    @staticmethod
    def _registration(earliest: int, sssc: Registration, on_ord: int) -> list[tuple[int, int, int]]:
        """(state code, due ordinal, done ordinal or 0) of the SSSC's two deadlines (the rules
        of :func:`planner.core.regulators.sssc_registration_steps`)."""
        out = []
        steps = sssc_registration_done(sssc, date.fromordinal(on_ord))
        for (done, done_on), months in zip(steps, (SSSC_APPLY_MONTHS, SSSC_REGISTER_MONTHS), strict=True):
            due_ord = _expiry_ordinal(earliest, months)
            if done:
                out.append((RECORDED, due_ord, done_on.toordinal() if done_on else 0))
            else:
                out.append(((DUE if on_ord <= due_ord else OVERDUE), due_ord, 0))
        return out

    @staticmethod
    def _supervision(demand: _Demand, last_session: int, on_ord: int) -> tuple[int, int]:
        """(state code, ordinal the next session is due)."""
        assert demand.period is not None and demand.first_start is not None
        period, first_start = demand.period, demand.first_start
        first_needed = not last_session or last_session < first_start
        due_ord = (first_start if first_needed else last_session) + period
        if on_ord > due_ord:
            return OVERDUE, due_ord
        if first_needed or due_ord - on_ord <= reminder_days(period):
            return DUE, due_ord
        return RECORDED, due_ord


@dataclass
class _Demand:
    due: dict[int, tuple[int, str]] = field(default_factory=dict)  # column -> (earliest due ordinal, stage)
    active: list[str] = field(default_factory=list)  # the current roles (that the catalogue has)
    period: int | None = None  # the shortest supervision period
    first_start: int | None = None  # of a role with a supervision target
    earliest: int | None = None  # of any current role


class _Plan(NamedTuple):
    levels: list[tuple[list[int], tuple[str, ...]]]  # per framework asked: its level columns, the roles asking
    modules: list[tuple[int, tuple[str, ...]]]  # (column, roles asking), by code
    supervised: tuple[str, ...]  # the roles with a supervision target


class RequirementCell(NamedTuple):
    """One requirement of one worker as plain numbers (ordinals, 0 for none), as the status
    engine's :class:`~planner.core.status.RequirementStatus` has it. ``column`` is the level
    asked for (the framework's highest), the module, the registration step or supervision;
    ``step_column`` the level or step whose date and stage the requirement's date words name
    (the due date's for an open requirement, the expiry's for an expiring or expired one)."""

    kind: str  # "level", "module", "registration", "supervision"
    column: int
    state: int  # state code
    due: int
    expires: int
    done: int
    roles: tuple[str, ...]
    step_column: int
    stage: str
    period: int = 0  # supervision: the target, in days


def _combine(
    cols: list[int], steps: dict[int, tuple[int, int, int, int, str]], roles: tuple[str, ...]
) -> RequirementCell:
    """A level requirement from the steps up to its level, by the rules of
    :func:`planner.core.status._combine_levels`: the worst state; an open requirement is due by
    its earliest open step (which names the stage), a held one expires with its earliest
    expiry, a lapsed one by its earliest lapsed expiry (ties: the lowest level)."""
    code = done = held_expiry = lapsed_expiry = due = 0
    dating = driving = lapsing = cols[-1]
    for c in cols:
        s, d, e, u, _stage = steps[c]
        code = max(code, s)
        done = max(done, d)
        if s >= DUE:
            if not due or u < due:
                due, driving = u, c
            if e and (not lapsed_expiry or e < lapsed_expiry):
                lapsed_expiry, lapsing = e, c
        elif e and (not held_expiry or e < held_expiry):
            held_expiry, dating = e, c
    target = cols[-1]
    if code <= EXPIRING:
        return RequirementCell("level", target, code, 0, held_expiry, done, roles, dating, "")
    if code == EXPIRED:
        return RequirementCell("level", target, code, due, lapsed_expiry, done, roles, lapsing, "")
    return RequirementCell("level", target, code, due, lapsed_expiry, done, roles, driving, steps[driving][4])


def _split_granting(modules: Iterable[Module]) -> tuple[list[str], list[tuple[str, int]]]:
    ms = list(modules)
    return [m.id for m in ms if m.renewal_months is None], [
        (m.id, m.renewal_months) for m in ms if m.renewal_months is not None
    ]


def cell_date(ordinal: int) -> date | None:
    return date.fromordinal(ordinal) if ordinal > 0 else None


__all__ = ["BLANK", "STATES", "MatrixColumn", "MatrixEngine", "RequirementCell", "cell_date"]
