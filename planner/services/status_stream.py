"""Every requirement of every worker of an organisation, streamed from the bulk engine
(:meth:`planner.core.matrix.MatrixEngine.requirements_raw`) as the workers come from the
database in name order: the rows of ``planner status`` and the status CSV. Nothing is held but
the current worker, so memory stays flat whatever the organisation's size.

The rows have the keys of :func:`planner.services.status_service.status_rows` (the per-worker
engine's rows, which tests compare them with). :class:`Naming` says, once, what each number of
a requirement reads as; the dictionaries and the JSON text are both made from it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import IO, Any

from planner.core.i18n import cached
from planner.core.matrix import STATES, MatrixEngine, RequirementCell
from planner.core.model import Catalogue
from planner.core.regulators import SSSC_STEPS, sssc_step_label
from planner.core.status import supervision_label
from planner.services import forked
from planner.services.status_service import date_words
from planner.services.workspace import Workspace
from planner.storage.people_repository import matrix_source

READ_CHARS = 256 * 1024
FIRST_SHARE = 0.5  # of the workers, this process's (0.4 and 0.45 measured no better)


class Naming:
    """What a requirement's columns, codes and ordinals read as in a row."""

    def __init__(self, catalogue: Catalogue, engine: MatrixEngine) -> None:
        codes = {f"module:{m.id}": m.code for m in catalogue.modules}
        levels = {lv.id for fw in catalogue.frameworks for lv in fw.levels}
        # per column: (requirement, framework, level, module)
        self.columns: list[tuple[str, str | None, str | None, str | None]] = [
            (c.full_label, c.group, c.label, None) if c.key in levels else (c.full_label, None, None, codes.get(c.key))
            for c in engine.columns
        ]
        for col, key in zip(engine.registration_cols, SSSC_STEPS, strict=True):
            self.columns[col] = (sssc_step_label(key), None, None, None)
        self.full = [c.full_label for c in engine.columns]
        self.role_names = {r.id: r.name for r in catalogue.roles}
        self.states = [s.value for s in STATES]

    def requirement(self, req: RequirementCell) -> tuple[str, str | None, str | None, str | None]:
        """(requirement, framework, level, module)."""
        label, framework, level, module = self.columns[req.column]
        return (supervision_label(req.period), None, None, None) if req.period else (label, framework, level, module)

    def roles(self, req: RequirementCell) -> list[str]:
        return [self.role_names[r] for r in req.roles]

    def words(self, req: RequirementCell) -> str:
        other = self.full[req.step_column] if req.step_column != req.column else ""
        return _words(self.states[req.state], req.due, req.expires, req.done, other, req.stage)


class StatusStream:
    def __init__(self, ws: Workspace, on: date, team: str | None, warning_days: int) -> None:
        """A team that does not exist is refused here, before anything is written."""
        self.ws = ws
        self.on = on
        self.team_id = ws.people_repo.team_by_name(team).id if team else None
        catalogue = ws.catalogue_repo.load()
        self.engine = MatrixEngine(catalogue, warning_days)
        self.naming = Naming(catalogue, self.engine)
        self.helper = 0  # the process id of the copy working out the second half, once forked

    def workers(
        self, names_from: tuple[str, str] | None = None, names_before: tuple[str, str] | None = None
    ) -> Iterator[tuple[str, str, str, list[RequirementCell]]]:
        """(staff number, name, team, requirements) of each current worker, in name order
        (from one (name, staff number) on, before another)."""
        teams = {t.id: t.name for t in self.ws.people_repo.teams(include_retired=True)}
        on_ord = self.on.toordinal()
        requirements = self.engine.requirements_raw
        for _id, staff_no, name, team_id, roles, latest, last, sssc in matrix_source(
            self.ws.people_repo, self.on, self.team_id, by_name=True, names_from=names_from, names_before=names_before
        ):
            yield staff_no, name, teams.get(team_id or "", ""), requirements(roles, latest, last, on_ord, sssc)

    def rows(self) -> Iterator[dict[str, Any]]:
        naming = self.naming
        states = naming.states
        for staff_no, name, team, requirements in self.workers():
            for req in requirements:
                label, framework, level, module = naming.requirement(req)
                yield {
                    "staff_no": staff_no,
                    "name": name,
                    "team": team,
                    "requirement": label,
                    "kind": req.kind,
                    "framework": framework,
                    "level": level,
                    "module": module,
                    "state": states[req.state],
                    "due_date": _iso(req.due),
                    "expires_on": _iso(req.expires),
                    "completed_on": _iso(req.done),
                    "roles": naming.roles(req),
                    "date_words": naming.words(req),
                }

    def json_rows(
        self, names_from: tuple[str, str] | None = None, names_before: tuple[str, str] | None = None
    ) -> Iterator[str]:
        """:meth:`rows` as JSON objects (the C encoder's spacing), put together from pieces
        encoded once: a worker's names, a column's names, a date, a role list, a phrase."""
        naming = self.naming
        text = _json
        column: dict[tuple[int, int], str] = {}
        roles: dict[tuple[str, ...], str] = {}
        words: dict[tuple[int, int, int, int, int, str], str] = {}
        state_text = [f'"state": {text(s)}, ' for s in naming.states]
        iso = _iso_json
        for staff_no, name, team, requirements in self.workers(names_from, names_before):
            worker = f'{{"staff_no": {text(staff_no)}, "name": {text(name)}, "team": {text(team)}, '
            for req in requirements:
                _kind, col, state, due, expires, done, held, step_col, stage, period = req
                named = column.get((col, period))
                if named is None:
                    label, framework, level, module = naming.requirement(req)
                    named = column[(col, period)] = (
                        f'"requirement": {text(label)}, "kind": {text(req.kind)}, "framework": {text(framework)}, '
                        f'"level": {text(level)}, "module": {text(module)}, '
                    )
                held_by = roles.get(held)
                if held_by is None:
                    held_by = roles[held] = f'"roles": {text(naming.roles(req))}, '
                key = (state, due, expires, done, step_col if step_col != col else -1, stage)
                phrase = words.get(key)
                if phrase is None:
                    phrase = words[key] = text(naming.words(req))
                yield (
                    f'{worker}{named}{state_text[state]}"due_date": {iso(due)}, "expires_on": {iso(expires)}, '
                    f'"completed_on": {iso(done)}, {held_by}"date_words": {phrase}}}'
                )

    def json_runs(self, split_from: int = forked.SPLIT_FROM) -> Iterator[str]:
        """:meth:`json_rows` as runs of JSON objects joined by ",\\n" (the way
        :func:`planner.cli.output.json_array` joins its pieces), with the second half of the
        workers (by name) worked out at the same time by a forked copy of this process, on a
        connection of its own, into a temporary file that is read back after the first half:
        the same text in the same order, on two cores. Memory stays flat (the file holds the
        second half's text, and is deleted when closed). Small organisations, and systems
        without fork, use one process."""
        folder = self.ws.folder
        if folder is None or not forked.available():
            yield from self.json_rows()
            return
        middle = self.ws.people_repo.name_split(FIRST_SHARE, self.team_id, at_least=split_from)
        if middle is None:
            yield from self.json_rows()
            return

        def second_half(file: IO[bytes]) -> None:  # in the copy
            self.ws = Workspace.reader(folder)
            with open(file.fileno(), "w", encoding="utf-8", newline="\n", closefd=False) as out:
                out.writelines(_batched(self.json_rows(names_from=middle)))

        with forked.Forked(second_half, "the second half of the status list") as helper:
            self.helper = helper.pid
            yield from self.json_rows(names_before=middle)
            with open(helper.result().fileno(), encoding="utf-8", newline="\n", closefd=False) as back:
                rest = ""
                while block := back.read(READ_CHARS):
                    block = rest + block
                    cut = block.rfind("\n")  # the end of the last whole row (JSON text holds no newline)
                    rest = block[cut + 1 :]
                    if cut > 0:
                        yield block[:cut].replace("\n", ",\n")


def _batched(rows: Iterator[str], size: int = 500) -> Iterator[str]:
    """Rows a line each, about ``size`` rows a piece."""
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield "\n".join(batch) + "\n"
            batch.clear()
    if batch:
        yield "\n".join(batch) + "\n"


_json = json.JSONEncoder(ensure_ascii=False).encode


@lru_cache(maxsize=65536)
def _iso(ordinal: int) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal else None


@lru_cache(maxsize=65536)
def _iso_json(ordinal: int) -> str:
    return f'"{date.fromordinal(ordinal).isoformat()}"' if ordinal else "null"


@cached(maxsize=65536)
def _words(state: str, due: int, expires: int, done: int, other: str, stage: str) -> str:
    def day(ordinal: int) -> date | None:
        return date.fromordinal(ordinal) if ordinal else None

    return date_words(state, day(due), day(expires), day(done), other, stage)


__all__ = ["Naming", "StatusStream"]
