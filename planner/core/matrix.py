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
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from planner.core.dates import add_months
from planner.core.model import Catalogue, Completion, RoleAssignment
from planner.core.regulators import Registration, sssc_registration_steps
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
        # per column: the modules that satisfy it, with their renewal in months (None: lasting)
        self._granting: dict[int, list[tuple[str, int | None]]] = {}
        for level_id, col in self._level_col.items():
            self._granting[col] = [(m.id, m.renewal_months) for m in catalogue.modules_granting(level_id)]
        for module_id, col in self._module_col.items():
            self._granting[col] = [(module_id, catalogue.module(module_id).renewal_months)]
        # per role: (column, due days) for every level and module it asks for (the windows of
        # Catalogue.windows, the same as the status engine's), and its supervision target
        self._roles: dict[str, tuple[list[tuple[int, int]], int | None]] = {}
        for role in catalogue.roles:
            windows = catalogue.windows(role.id)
            due_cols = [
                (col, w.days)
                for fw_id, per_rank in windows.levels.items()
                if fw_id in self._fw_cols
                for col, w in zip(self._fw_cols[fw_id], per_rank, strict=False)
            ]
            due_cols += [(self._module_col[m], w.days) for m, w in windows.modules.items() if m in self._module_col]
            self._roles[role.id] = (due_cols, role.supervision_days)

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
        return self.cells_raw(
            [(a.role_id, a.started_on.toordinal(), a.ended_on.toordinal() if a.ended_on else 0) for a in assignments],
            latest,
            max(sessions) if sessions else 0,
            on_ord,
            (registration or Registration()) if regulator == "SSSC" else None,
        )

    def cells_raw(
        self,
        assignments: Iterable[tuple[str, int, int]],
        latest: dict[str, int],
        last_session: int,
        on_ord: int,
        sssc: Registration | None = None,
    ) -> tuple[array[int], array[int]]:
        """The same from plain numbers: assignments as (role id, start, end or 0) ordinals; the
        latest completion on or before the date for each module; the last supervision session
        on or before it (0 for none); for an SSSC registrant, their registration. The latest
        completion is enough: a later completion of the same module never expires sooner."""
        width = len(self.columns)
        states = array("b", [BLANK]) * width
        dates = array("i", [0]) * width
        due: dict[int, int] = {}  # column -> earliest due ordinal
        period: int | None = None
        first_start: int | None = None  # of a role with a supervision target
        earliest: int | None = None  # of any current role
        for role_id, start, end in assignments:
            if end and end <= on_ord:
                continue
            spec = self._roles.get(role_id)
            if spec is None:
                continue
            due_cols, sup_days = spec
            earliest = start if earliest is None else min(earliest, start)
            for col, days in due_cols:
                due_ord = start + days
                if due.get(col, due_ord + 1) > due_ord:
                    due[col] = due_ord
            if sup_days:
                period = sup_days if period is None else min(period, sup_days)
                first_start = start if first_start is None else min(first_start, start)
        warn = self.warning_days
        for col, due_ord in due.items():
            lasting = -1
            best_exp = -1
            best_done = -1
            for module_id, months in self._granting[col]:
                d = latest.get(module_id)
                if d is None:
                    continue
                if months is None:
                    lasting = max(lasting, d)
                else:
                    e = _expiry_ordinal(d, months)
                    if e > best_exp or (e == best_exp and d > best_done):
                        best_exp, best_done = e, d
            if lasting >= 0:
                states[col], dates[col] = RECORDED, lasting
            elif best_exp < 0:
                states[col], dates[col] = (DUE if on_ord <= due_ord else OVERDUE), due_ord
            elif best_exp > on_ord:
                states[col] = EXPIRING if best_exp - on_ord <= warn else RECORDED
                dates[col] = best_exp if states[col] == EXPIRING else best_done
            elif on_ord <= due_ord:
                states[col], dates[col] = DUE, due_ord
            else:
                states[col], dates[col] = EXPIRED, best_exp
        if sssc is not None and earliest is not None:
            steps = sssc_registration_steps(date.fromordinal(earliest), sssc, date.fromordinal(on_ord))
            for col, step in zip(self.registration_cols, steps, strict=True):
                if step.done:
                    states[col], dates[col] = RECORDED, step.done_on.toordinal() if step.done_on else 0
                else:
                    due_ord = step.due_date.toordinal()
                    states[col], dates[col] = (DUE if on_ord <= due_ord else OVERDUE), due_ord
        if period is not None and first_start is not None:
            last = last_session or None
            first_needed = last is None or last < first_start
            due_ord = (first_start if first_needed or last is None else last) + period
            col = self.supervision_col
            if on_ord > due_ord:
                states[col] = OVERDUE
            elif first_needed or due_ord - on_ord <= reminder_days(period):
                states[col] = DUE
            else:
                states[col] = RECORDED
            dates[col] = due_ord if states[col] != RECORDED or last is None else last
        return states, dates


def cell_date(ordinal: int) -> date | None:
    return date.fromordinal(ordinal) if ordinal > 0 else None


__all__ = ["BLANK", "STATES", "MatrixColumn", "MatrixEngine", "cell_date"]
