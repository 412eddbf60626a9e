"""The team matrix as compact data: one row per worker, one cell per framework level, specific
module and supervision, built in bulk and held in flat arrays (a byte and an int per cell),
with filtering and sorting done on plain Python data."""

from __future__ import annotations

import os
import pickle
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from planner.core.errors import Cancelled
from planner.core.matrix import BLANK, DUE, EXPIRED, EXPIRING, OVERDUE, STATES, MatrixColumn, MatrixEngine
from planner.core.status import State
from planner.services.status_service import StatusService
from planner.services.workspace import Workspace
from planner.storage.people_repository import matrix_source

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
DUE_CODE, EXPIRING_CODE = DUE, EXPIRING
_OPEN_CODES = re.compile(bytes(sorted({EXPIRING, DUE, EXPIRED, OVERDUE})).join([b"[", b"]"]))


@dataclass
class MatrixData:
    on: date
    columns: tuple[MatrixColumn, ...]
    ids: list[str] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # current role names, joined
    states: array[int] = field(default_factory=lambda: array("b"))  # row-major, width per row
    dates: array[int] = field(default_factory=lambda: array("i"))
    periods: array[int] = field(default_factory=lambda: array("i"))  # per row: supervision target in days, or 0

    @property
    def width(self) -> int:
        return len(self.columns)

    def __len__(self) -> int:
        return len(self.ids)

    def state(self, row: int, col: int) -> int:
        return self.states[row * len(self.columns) + col]

    def date_ordinal(self, row: int, col: int) -> int:
        return self.dates[row * len(self.columns) + col]

    def row_counts(self, row: int) -> tuple[int, int]:
        """(held, required) for one worker."""
        w = len(self.columns)
        cells = self.states[row * w : (row + 1) * w]
        required = sum(1 for s in cells if s != BLANK)
        held = sum(1 for s in cells if s in (0, 1))
        return held, required

    def column_counts(self, col: int, rows: list[int] | None = None) -> tuple[int, int]:
        """(held, required) for one column over the given rows (default: all)."""
        w = len(self.columns)
        held = required = 0
        for r in rows if rows is not None else range(len(self.ids)):
            s = self.states[r * w + col]
            if s != BLANK:
                required += 1
                held += s in (0, 1)
        return held, required

    def due_cells(self, days: int) -> list[tuple[int, int, str, date | None]]:
        """(row, column, state, date) of every cell that is overdue or expired, or due or
        expiring within ``days`` of the matrix's date: the rule behind Home's figures and the
        team report's due list."""
        values = [s.value for s in STATES]
        return [
            (r, c, values[code], date.fromordinal(ordinal) if ordinal > 0 else None)
            for r, c, code, ordinal in self.due_cells_raw(days)
        ]

    def due_cells_raw(self, days: int) -> list[tuple[int, int, int, int]]:
        """:meth:`due_cells` as (row, column, state code, date ordinal or 0)."""
        horizon = self.on.toordinal() + days
        w = len(self.columns)
        out = []
        states, dates = self.states, self.dates
        # the cells that are neither blank (-1) nor recorded (0), found by a scan in C: most
        # of a large organisation's cells are one or the other
        for found in _OPEN_CODES.finditer(states.tobytes()):
            i = found.start()
            code = states[i]
            ordinal = dates[i]
            if ordinal > horizon and (code == DUE_CODE or code == EXPIRING_CODE):
                continue
            out.append((i // w, i % w, code, ordinal))
        return out

    def used_columns(self) -> list[int]:
        """Columns that at least one worker needs (the others would be blank throughout)."""
        w = len(self.columns)
        used = [False] * w
        for i, s in enumerate(self.states):
            if s != BLANK:
                used[i % w] = True
        return [c for c in range(w) if used[c]]


class MatrixService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def build(
        self,
        on: date,
        team: str | None = None,
        progress: Progress | None = None,
        every: int = 2000,
        id_range: tuple[str | None, str | None] = (None, None),
        extra: dict[str, list[tuple[str, date]]] | None = None,
    ) -> MatrixData:
        """Compute the matrix for a team (by name) or the organisation. ``progress`` is called
        every ``every`` workers and may return False to cancel (raises Cancelled). ``extra``
        adds completions that have not happened (worker id -> (module id, date)): a forecast."""
        people = self.ws.people_repo
        team_id = people.team_by_name(team).id if team else None
        catalogue = self.ws.catalogue_repo.load()
        engine = MatrixEngine(catalogue, StatusService(self.ws).warning_days)
        team_names = {t.id: t.name for t in people.teams(include_retired=True)}
        role_names = {r.id: r.name for r in catalogue.roles}
        on_ord = on.toordinal()
        total = people.count("workers") if team_id is None else 0
        data = MatrixData(on, engine.columns)
        on_ord = on.toordinal()
        for n, (worker_id, staff_no, name, team_id_, roles, latest, last, sssc) in enumerate(
            matrix_source(people, on, team_id, id_range), start=1
        ):
            for module_id, when in (extra or {}).get(worker_id, ()):
                d = when.toordinal()
                if d <= on_ord and d > latest.get(module_id, 0):
                    latest[module_id] = d
            states, dates, period = engine.cells_raw(roles, latest, last, on_ord, sssc)
            data.ids.append(worker_id)
            data.staff.append(staff_no)
            data.names.append(name)
            data.teams.append(team_names.get(team_id_ or "", ""))
            data.roles.append(
                ", ".join(sorted({role_names.get(r, "") for r, _s, end in roles if not end or end > on_ord}))
            )
            data.states.extend(states)
            data.dates.extend(dates)
            data.periods.append(period)
            if progress is not None and n % every == 0 and not progress(n, max(total, n)):
                raise Cancelled()
        if progress is not None:
            progress(len(data), len(data))
        return data


PARALLEL_FROM = 20_000  # workers: below this, starting processes costs more than it saves


def build_detached(ws: Workspace, on: date, team: str | None = None, progress: Progress | None = None) -> MatrixData:
    """Build the matrix on connections of its own, so it can run on a worker thread. A large
    organisation is split by worker id across processes, one per core."""
    if ws.folder is None:
        return MatrixService(ws).build(on, team, progress)
    reader = Workspace.reader(ws.folder)
    try:
        total = reader.people_repo.count_current()
        cores = min(os.cpu_count() or 1, 4)
        if team is not None or total < PARALLEL_FROM or cores < 2:
            return MatrixService(reader).build(on, team, progress)
        splits = reader.people_repo.worker_id_splits(cores)
    finally:
        reader.close()
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    bounds = list(zip([None, *splits], [*splits, None], strict=True))
    if progress is not None and not progress(0, total):
        raise Cancelled()
    with ProcessPoolExecutor(max_workers=len(bounds), mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(_build_part, str(ws.folder), on, bound) for bound in bounds]
        parts = []
        done = 0
        for future in futures:
            part = future.result()
            parts.append(part)
            done += len(part)
            if progress is not None and not progress(done, total):
                raise Cancelled()
    return _merged(parts)


SPLIT_FROM = 2_000  # current workers: below this, a second process costs more than it saves


def build_split(ws: Workspace, on: date, team: str | None = None, split_from: int = SPLIT_FROM) -> MatrixData:
    """:meth:`MatrixService.build` for the command line: a large organisation's second half
    (by worker id) built at the same time by a forked copy of this process (see
    :mod:`planner.services.forked`), the halves joined in worker-id order, as one build makes
    them. A team, a small organisation, or a system without fork: one process."""
    from planner.services import forked

    service = MatrixService(ws)
    folder = ws.folder
    if folder is None or team is not None or not forked.available() or ws.people_repo.count_current() < split_from:
        return service.build(on, team)
    middle = ws.people_repo.worker_id_splits(2)[0]

    def second_half(file: IO[bytes]) -> None:  # in the copy, on a connection of its own
        pickle.dump(MatrixService(Workspace.reader(folder)).build(on, id_range=(middle, None)), file, protocol=5)

    with forked.Forked(second_half, "the second half of the matrix") as helper:
        first = service.build(on, id_range=(None, middle))
        return _merged([first, pickle.load(helper.result())])


def _merged(parts: list[MatrixData]) -> MatrixData:
    """Parts of one organisation's matrix (in worker-id order) as one."""
    merged = parts[0]
    for part in parts[1:]:
        merged.ids += part.ids
        merged.staff += part.staff
        merged.names += part.names
        merged.teams += part.teams
        merged.roles += part.roles
        merged.states.extend(part.states)
        merged.dates.extend(part.dates)
        merged.periods.extend(part.periods)
    return merged


def count_declarations(ws: Workspace, on: date, team: str | None, days: int = 60) -> int:
    """SSSC declarations due within ``days`` with mandatory learning missing, counted on a
    connection of its own (for a worker thread)."""
    from planner.services.learning import LearningService

    if ws.folder is None:
        return len(LearningService(ws).declarations_due(on, days, team))
    reader = Workspace.reader(ws.folder)
    try:
        return len(LearningService(reader).declarations_due(on, days, team))
    finally:
        reader.close()


def _build_part(folder: str, on: date, id_range: tuple[str | None, str | None]) -> MatrixData:
    """One slice of the organisation, in a process of its own."""
    ws = Workspace.reader(Path(folder))
    try:
        return MatrixService(ws).build(on, id_range=id_range)
    finally:
        ws.close()


def state_of(code: int) -> State | None:
    return None if code == BLANK else STATES[code]
