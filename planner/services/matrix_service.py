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
    organisation is built in two halves at once: the first on this thread, the second by one
    helper process, which writes it to a temporary file (see :func:`_build_halves`)."""
    if ws.folder is None:
        return MatrixService(ws).build(on, team, progress)
    reader = Workspace.reader(ws.folder)
    try:
        total = reader.people_repo.count_current()
        if team is not None or total < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
            return MatrixService(reader).build(on, team, progress)
        return _build_halves(reader, on, reader.people_repo.worker_id_splits(2)[0], total, progress)
    finally:
        reader.close()


def _build_halves(reader: Workspace, on: date, middle: str, total: int, progress: Progress | None) -> MatrixData:
    """The workers before ``middle`` (by id) on this thread, the rest at the same time in a
    helper process. The helper is spawned, not forked (the app runs Qt's threads), and there is
    one, not one per core: the app and its helper together stay within the memory the whole
    organisation's view may use. It pickles its half into a temporary file (no copy of it held
    in memory to send); cancelling stops it; its failure is raised with its traceback."""
    import tempfile
    from multiprocessing import get_context

    if progress is not None and not progress(0, total):
        raise Cancelled()
    handle, path = tempfile.mkstemp(prefix="planner-matrix-", suffix=".pickle")  # readable by this user only
    os.close(handle)
    assert reader.folder is not None
    helper = get_context("spawn").Process(
        target=_build_part, args=(str(reader.folder), on, (middle, None), path), daemon=True
    )
    helper.start()
    try:
        halfway = None if progress is None else (lambda done, _total: progress(min(total - 1, done * 2), total))
        first = MatrixService(reader).build(on, id_range=(None, middle), progress=halfway)
        while helper.is_alive():  # still cancellable while the helper finishes
            helper.join(0.05)
            if progress is not None and not progress(min(total - 1, len(first) * 2), total):
                raise Cancelled()
        with open(path, "rb") as file:
            outcome, second = pickle.load(file) if os.path.getsize(path) else ("failed", "")
        if helper.exitcode != 0 or outcome != "built":
            raise RuntimeError(
                f"the helper building the matrix's second half failed (exit {helper.exitcode}):\n{second}"
            )
    finally:
        if helper.is_alive():
            helper.terminate()
        helper.join()
        os.unlink(path)
    if progress is not None:
        progress(total, total)
    assert isinstance(second, MatrixData)
    return _merged([first, second])


def build_split(ws: Workspace, on: date, team: str | None = None, split_from: int | None = None) -> MatrixData:
    """:meth:`MatrixService.build` for the command line: a large organisation's second half
    (by worker id) built at the same time by a forked copy of this process (see
    :mod:`planner.services.forked`), the halves joined in worker-id order, as one build makes
    them. A team, a small organisation, or a system without fork: one process."""
    from planner.services import forked

    service = MatrixService(ws)
    folder = ws.folder
    least = forked.SPLIT_FROM if split_from is None else split_from
    if folder is None or team is not None or not forked.available() or ws.people_repo.count_current() < least:
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


def _build_part(folder: str, on: date, id_range: tuple[str | None, str | None], path: str) -> None:
    """One slice of the organisation, in a process of its own, pickled into ``path`` as
    ("built", the slice), or ("failed", the traceback) for the app's bug log."""
    import traceback

    try:
        ws = Workspace.reader(Path(folder))
        try:
            outcome: tuple[str, object] = ("built", MatrixService(ws).build(on, id_range=id_range))
        finally:
            ws.close()
    except Exception:  # noqa: BLE001 - handed to the app, which raises it as a bug
        outcome = ("failed", traceback.format_exc())
    with open(path, "wb") as file:
        pickle.dump(outcome, file, protocol=5)
    if outcome[0] != "built":
        raise SystemExit(1)


def state_of(code: int) -> State | None:
    return None if code == BLANK else STATES[code]
