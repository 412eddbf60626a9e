"""Teams, workers, their roles and their completions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.model import REGULATORS, Completion, RoleAssignment, Team, Worker
from planner.core.regulators import Registration
from planner.storage.base import Repository, new_id, required
from planner.storage.database import StorageError, now_stamp
from planner.storage.errors import InUseError, NotFoundError

WORKER_FIELDS = ("staff_no", "name", "email", "team_id", "regulator", "register_part", "registration_no")


# The columns :meth:`PeopleRepository._worker` reads, in its order.
_WORKER_COLUMNS = "id, staff_no, name, team_id, email, regulator, register_part, registration_no, retired, left_on"


def _worker_filter(worker_ids: Iterable[str] | None) -> tuple[str | None, list[str]]:
    """A WHERE clause limiting rows to some workers: ("", []) for everyone, (None, []) for nobody.
    Long lists read every row instead (one indexed pass beats thousands of parameters);
    callers look rows up by worker id, so extra rows do no harm."""
    if worker_ids is None:
        return "", []
    ids = list(worker_ids)
    if not ids:
        return None, []
    if len(ids) >= 500:
        return "", []
    return f" WHERE worker_id IN ({', '.join('?' for _ in ids)})", ids


class PeopleRepository(Repository):
    # -- teams -----------------------------------------------------------------------------
    def teams(self, include_retired: bool = False) -> list[Team]:
        sql = "SELECT id, name, sector, retired FROM teams"
        if not include_retired:
            sql += " WHERE retired = 0"
        return [Team(r[0], r[1], r[2], bool(r[3])) for r in self.db.conn.execute(sql + " ORDER BY name")]

    def team_by_name(self, name: str) -> Team:
        row = self.db.conn.execute(
            "SELECT id, name, sector, retired FROM teams WHERE name = ? COLLATE NOCASE", [name]
        ).fetchone()
        if row is None:
            raise NotFoundError(fill(translate("people_repository", "There is no team called '%1'."), name))
        return Team(row[0], row[1], row[2], bool(row[3]))

    def add_team(self, name: str, sector: str = "") -> str:
        team_id = new_id()
        stamp = now_stamp()
        self._insert(
            "teams",
            {
                "id": team_id,
                "name": required(name, "A team needs a name."),
                "sector": sector,
                "retired": 0,
                "created_at": stamp,
                "updated_at": stamp,
            },
            f"A team called '{name}' already exists.",
        )
        return team_id

    def rename_team(self, team_id: str, name: str) -> None:
        self._update(
            "teams",
            team_id,
            {"name": required(name, "A team needs a name.")},
            duplicate=f"A team called '{name}' already exists.",
        )

    def delete_team(self, team_id: str) -> None:
        count = self.db.conn.execute("SELECT COUNT(*) FROM workers WHERE team_id = ?", [team_id]).fetchone()[0]
        if count:
            raise InUseError(
                fill(
                    translate(
                        "people_repository", "%1 worker(s) belong to this team. Move them first, or retire the team."
                    ),
                    count,
                )
            )
        with self.db.atomic():
            self._delete("teams", team_id)

    def set_team_retired(self, team_id: str, retired: bool) -> None:
        self._update("teams", team_id, {"retired": int(retired)})

    # -- workers ---------------------------------------------------------------------------
    def _assignments(self, worker_ids: Iterable[str] | None = None) -> dict[str, list[RoleAssignment]]:
        where, params = _worker_filter(worker_ids)
        if where is None:
            return {}
        out: dict[str, list[RoleAssignment]] = {}
        sql = "SELECT id, worker_id, role_id, started_on, ended_on FROM worker_roles"
        for r in self.db.conn.execute(sql + where + " ORDER BY started_on", params):
            out.setdefault(r[1], []).append(
                RoleAssignment(r[2], date.fromisoformat(r[3]), date.fromisoformat(r[4]) if r[4] else None, id=r[0])
            )
        return out

    def workers(self, team_id: str | None = None, include_retired: bool = False) -> list[Worker]:
        sql = f"SELECT {_WORKER_COLUMNS} FROM workers"
        where, params = [], []
        if team_id is not None:
            where.append("team_id = ?")
            params.append(team_id)
        if not include_retired:
            where.append("retired = 0")
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.db.conn.execute(sql + " ORDER BY name, staff_no", params).fetchall()
        roles = self._assignments([r[0] for r in rows] if team_id is not None else None)
        return [self._worker(r, roles.get(r[0], [])) for r in rows]

    def leavers(self) -> list[Worker]:
        """The workers who have left (retired, with a leaving date), by name, with their roles."""
        rows = self.db.conn.execute(
            f"SELECT {_WORKER_COLUMNS} FROM workers WHERE retired = 1 AND left_on IS NOT NULL ORDER BY name, staff_no"
        ).fetchall()
        roles = self._assignments([r[0] for r in rows])
        return [self._worker(r, roles.get(r[0], [])) for r in rows]

    @staticmethod
    def _worker(r: tuple[Any, ...], roles: list[RoleAssignment]) -> Worker:
        return Worker(
            id=r[0],
            staff_no=r[1],
            name=r[2],
            team_id=r[3],
            email=r[4],
            regulator=r[5],
            register_part=r[6],
            registration_no=r[7],
            retired=bool(r[8]),
            roles=tuple(roles),
            left_on=date.fromisoformat(r[9]) if r[9] else None,
        )

    def worker(self, worker_id: str) -> Worker:
        row = self.db.conn.execute(
            f"SELECT {_WORKER_COLUMNS} FROM workers WHERE id = ?",
            [worker_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(translate("people_repository", "That worker no longer exists."))
        return self._worker(row, self._assignments([worker_id]).get(worker_id, []))

    def worker_by_staff_no(self, staff_no: str) -> Worker:
        row = self.db.conn.execute("SELECT id FROM workers WHERE staff_no = ?", [staff_no.strip()]).fetchone()
        if row is None:
            raise NotFoundError(
                fill(translate("people_repository", "There is no worker with staff number '%1'."), staff_no)
            )
        return self.worker(row[0])

    def _check_worker_fields(self, row: dict[str, Any]) -> None:
        if "staff_no" in row:
            row["staff_no"] = required(row["staff_no"], "A worker needs a staff number.")
        if "name" in row:
            row["name"] = required(row["name"], "A worker needs a name.")
        if "regulator" in row and row["regulator"] not in REGULATORS:
            raise StorageError(
                fill(translate("people_repository", "Regulator must be one of %1."), ", ".join(REGULATORS))
            )
        for key in ("email", "register_part", "registration_no"):
            if key in row and row[key] is None:
                row[key] = ""

    def add_worker(self, fields: Mapping[str, Any], roles: Iterable[tuple[str, date]] = ()) -> str:
        worker_id = new_id()
        stamp = now_stamp()
        row: dict[str, Any] = {k: fields.get(k) for k in WORKER_FIELDS if k in fields}
        row.setdefault("regulator", "none")
        row.setdefault("staff_no", None)
        row.setdefault("name", None)
        self._check_worker_fields(row)
        row.update(id=worker_id, retired=0, created_at=stamp, updated_at=stamp)
        for key in ("email", "register_part", "registration_no"):
            row.setdefault(key, "")
        with self.db.atomic():
            self._insert("workers", row, f"Staff number '{row['staff_no']}' is already in use.")
            for role_id, started_on in roles:
                self.assign_role(worker_id, role_id, started_on)
        return worker_id

    def update_worker(self, worker_id: str, fields: Mapping[str, Any]) -> None:
        row = {k: fields[k] for k in WORKER_FIELDS if k in fields}
        self._check_worker_fields(row)
        self._update("workers", worker_id, row, duplicate="That staff number is already in use.")

    def set_worker_retired(self, worker_id: str, retired: bool) -> None:
        self._update("workers", worker_id, {"retired": int(retired)})

    def mark_left(self, worker_id: str, left_on: date) -> None:
        """The worker left on this date: their current roles end then."""
        with self.db.atomic():
            self._update("workers", worker_id, {"retired": 1, "left_on": left_on.isoformat()})
            self.db.execute(
                "UPDATE worker_roles SET ended_on = ?, updated_at = ? WHERE worker_id = ? "
                "AND (ended_on IS NULL OR ended_on > ?)",
                [left_on.isoformat(), now_stamp(), worker_id, left_on.isoformat()],
            )

    def undo_left(self, worker_id: str) -> None:
        """Back as current: the roles that ended on the leaving date are reopened."""
        with self.db.atomic():
            row = self.db.conn.execute("SELECT left_on FROM workers WHERE id = ?", [worker_id]).fetchone()
            if row is None:
                raise NotFoundError(translate("people_repository", "That worker no longer exists."))
            if row[0]:
                self.db.execute(
                    "UPDATE worker_roles SET ended_on = NULL, updated_at = ? WHERE worker_id = ? AND ended_on = ?",
                    [now_stamp(), worker_id, row[0]],
                )
            self._update("workers", worker_id, {"retired": 0, "left_on": None})

    def delete_worker(self, worker_id: str) -> None:
        q = self.db.conn.execute
        learning = q(
            "SELECT (SELECT COUNT(*) FROM cpl_entries WHERE worker_id = ?) + (SELECT COUNT(*) FROM "
            "completions c WHERE worker_id = ? AND NOT EXISTS (SELECT 1 FROM cpl_entries e WHERE "
            "e.completion_ref = c.id))",
            [worker_id, worker_id],
        ).fetchone()[0]
        sessions = q("SELECT COUNT(*) FROM supervision_sessions WHERE worker_id = ?", [worker_id]).fetchone()[0]
        bookings = q("SELECT COUNT(*) FROM bookings WHERE worker_id = ?", [worker_id]).fetchone()[0]
        if learning or sessions or bookings:
            held = ", ".join(
                x
                for x in (
                    f"{learning} learning record(s)" if learning else "",
                    f"{sessions} supervision session(s)" if sessions else "",
                    f"{bookings} training booking(s)" if bookings else "",
                )
                if x
            )
            raise InUseError(
                fill(
                    translate(
                        "people_repository",
                        "This worker has %1, which deleting would lose. Use People ▸ Mark as left instead: their "
                        "record is kept and they leave the team screens.",
                    ),
                    held,
                )
            )
        with self.db.atomic():
            self.db.execute("DELETE FROM worker_roles WHERE worker_id = ?", [worker_id])
            self._delete("workers", worker_id)

    # -- roles held ------------------------------------------------------------------------
    def assign_role(self, worker_id: str, role_id: str, started_on: date) -> str:
        assignment_id = new_id()
        stamp = now_stamp()
        self._require("workers", worker_id)
        self._require("roles", role_id)
        self.db.execute(
            "INSERT INTO worker_roles (id, worker_id, role_id, started_on, ended_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, NULL, ?, ?)",
            [assignment_id, worker_id, role_id, started_on.isoformat(), stamp, stamp],
        )
        return assignment_id

    def update_assignment(self, assignment_id: str, started_on: date, ended_on: date | None) -> None:
        if ended_on is not None and ended_on < started_on:
            raise StorageError(translate("people_repository", "A role cannot end before it starts."))
        self._update(
            "worker_roles",
            assignment_id,
            {"started_on": started_on.isoformat(), "ended_on": ended_on.isoformat() if ended_on else None},
        )

    def remove_assignment(self, assignment_id: str) -> None:
        with self.db.atomic():
            self._delete("worker_roles", assignment_id)

    # -- completions -----------------------------------------------------------------------
    def add_completion(
        self,
        worker_id: str,
        module_id: str,
        completed_on: date,
        source: str = "manual",
        completion_id: str | None = None,
    ) -> str:
        completion_id = completion_id or new_id()
        stamp = now_stamp()
        self._require("workers", worker_id)
        self._require("modules", module_id)
        self.db.execute(
            "INSERT INTO completions (id, worker_id, module_id, completed_on, source, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [completion_id, worker_id, module_id, completed_on.isoformat(), source, stamp, stamp],
        )
        return completion_id

    def update_completion(self, completion_id: str, module_id: str, completed_on: date) -> None:
        self._require("modules", module_id)
        self._update("completions", completion_id, {"module_id": module_id, "completed_on": completed_on.isoformat()})

    def delete_completion(self, completion_id: str) -> None:
        with self.db.atomic():
            self._delete("completions", completion_id)

    def find_completion(self, worker_id: str, module_id: str, completed_on: date) -> str | None:
        """The id of this worker's completion of this module on this date, if there is one."""
        row = self.db.conn.execute(
            "SELECT id FROM completions WHERE worker_id = ? AND module_id = ? AND completed_on = ?",
            [worker_id, module_id, completed_on.isoformat()],
        ).fetchone()
        return row[0] if row else None

    def completion(self, completion_id: str) -> tuple[str, Completion]:
        """(worker id, completion)."""
        row = self.db.conn.execute(
            "SELECT worker_id, module_id, completed_on, source, id FROM completions WHERE id = ?", [completion_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(translate("people_repository", "That completion no longer exists."))
        return row[0], Completion(row[1], date.fromisoformat(row[2]), row[3], id=row[4])

    def completions(self, worker_id: str) -> list[Completion]:
        return [
            Completion(r[1], date.fromisoformat(r[2]), r[3], id=r[0])
            for r in self.db.conn.execute(
                "SELECT id, module_id, completed_on, source FROM completions WHERE worker_id = ? "
                "ORDER BY completed_on DESC",
                [worker_id],
            )
        ]

    def completions_by_worker(self, worker_ids: Iterable[str] | None = None) -> dict[str, list[Completion]]:
        """Every completion, grouped by worker, in one pass over the index."""
        where, params = _worker_filter(worker_ids)
        if where is None:
            return {}
        out: dict[str, list[Completion]] = {}
        sql = "SELECT worker_id, module_id, completed_on, source, id FROM completions"
        cursor: Iterator[tuple[str, str, str, str, str]] = self.db.conn.execute(sql + where, params)
        for worker_id, module_id, done, source, cid in cursor:
            out.setdefault(worker_id, []).append(Completion(module_id, date.fromisoformat(done), source, id=cid))
        return out

    def worker_id_splits(self, parts: int) -> list[str]:
        """Worker ids that cut the organisation into ``parts`` slices of about equal size."""
        total = self.count_current()
        return [
            row[0]
            for k in range(1, parts)
            for row in self.db.conn.execute(
                "SELECT id FROM workers WHERE retired = 0 ORDER BY id LIMIT 1 OFFSET ?", [total * k // parts]
            )
        ]

    def name_split(self, share: float, team_id: str | None = None, at_least: int = 2) -> tuple[str, str] | None:
        """(name, staff number) of the worker that cuts the current workers (of a team), in
        name order, after ``share`` of them; None if there are fewer than ``at_least``."""
        where, params = ("WHERE retired = 0 AND team_id = ?", [team_id]) if team_id else ("WHERE retired = 0", [])
        total = int(self.db.conn.execute(f"SELECT COUNT(*) FROM workers {where}", params).fetchone()[0])
        if total < max(at_least, 2):
            return None
        row = self.db.conn.execute(
            f"SELECT name, staff_no FROM workers {where} ORDER BY name, staff_no LIMIT 1 OFFSET ?",
            [*params, min(total - 1, max(1, round(total * share)))],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def count_current(self) -> int:
        return int(self.db.conn.execute("SELECT COUNT(*) FROM workers WHERE retired = 0").fetchone()[0])

    def count(self, table: str) -> int:
        if table not in ("workers", "teams", "completions", "worker_roles"):
            raise UserError(table)
        return int(self.db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


_ORDINAL = "CAST(julianday({}) - 1721424.5 AS INTEGER)"  # SQLite date -> Python date ordinal


Source = Iterator[
    tuple[str, str, str, str | None, list[tuple[str, int, int]], dict[str, int], int, Registration | None]
]


def matrix_source(
    repo: PeopleRepository,
    on: date,
    team_id: str | None = None,
    id_range: tuple[str | None, str | None] = (None, None),
    by_name: bool = False,
    names_from: tuple[str, str] | None = None,
    names_before: tuple[str, str] | None = None,
) -> Source:
    """Every current worker (of a team, or all; of a slice of worker ids [low, high)) as plain
    values for the matrix engine: (id, staff number, name, team id, roles as (role id, start,
    end or 0) ordinals, the latest completion on or before ``on`` per module, the last
    supervision session on or before ``on`` or 0, and for an SSSC registrant their
    registration, else None). In worker-id order, or ``by_name`` in the order lists show
    workers (name, then staff number); ``names_from`` and ``names_before`` keep the workers
    from one (name, staff number) on and before another.

    One query: SQLite gathers each worker's roles, completions, sessions and registration
    through the worker indexes as the workers stream past, so nothing is held but the current
    worker (and, by name, the sort of the workers themselves)."""
    when = on.isoformat()
    where, params = " WHERE w.retired = 0", [when, when]
    if team_id:
        where += " AND w.team_id = ?"
        params.append(team_id)
    low, high = id_range
    if low is not None:
        where += " AND w.id >= ?"
        params.append(low)
    if high is not None:
        where += " AND w.id < ?"
        params.append(high)
    if names_from is not None:
        where += " AND (w.name, w.staff_no) >= (?, ?)"
        params += names_from
    if names_before is not None:
        where += " AND (w.name, w.staff_no) < (?, ?)"
        params += names_before
    rows = repo.db.conn.execute(
        "SELECT w.id, w.staff_no, w.name, w.team_id, w.regulator, w.registration_no, "
        f" (SELECT json_group_array(json_array(role_id, {_ORDINAL.format('started_on')}, "
        f"   COALESCE({_ORDINAL.format('ended_on')}, 0))) FROM worker_roles r WHERE r.worker_id = w.id), "
        # every completion up to the date, oldest first within each module, so the object's
        # last value for a module (the one json.loads keeps) is its latest: a walk along the
        # index, cheaper than grouping
        f" (SELECT json_group_object(module_id, done) FROM (SELECT module_id, {_ORDINAL.format('completed_on')} "
        "   AS done FROM completions c WHERE c.worker_id = w.id AND completed_on <= ? "
        "   ORDER BY module_id, completed_on)), "
        f" (SELECT {_ORDINAL.format('MAX(occurred_on)')} FROM supervision_sessions s "
        "   WHERE s.worker_id = w.id AND deleted_at IS NULL AND occurred_on <= ?), "
        " (SELECT json_array(applied_on, registered_on) FROM registrations g WHERE g.worker_id = w.id) "
        "FROM workers w" + where + (" ORDER BY w.name, w.staff_no" if by_name else " ORDER BY w.id"),
        params,
    )
    loads = json.loads
    for worker_id, staff_no, name, team, regulator, registration_no, roles, done, last, reg in rows:
        sssc = None
        if regulator == "SSSC":
            applied, registered = loads(reg) if reg else (None, None)
            sssc = Registration(
                applied_on=date.fromisoformat(applied) if applied else None,
                registered_on=date.fromisoformat(registered) if registered else None,
                registration_no=registration_no,
            )
        yield worker_id, staff_no, name, team, loads(roles), loads(done) if done else {}, last or 0, sssc


class SettingsRepository(Repository):
    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


def bulk_load(
    repo: PeopleRepository,
    teams: list[tuple[str, str, str]],
    workers: list[tuple[str, str, str, str, str, str, str, str]],
    assignments: list[tuple[str, str, str, str]],
    completions: list[tuple[str, str, str, str, str]],
    sessions: list[tuple[str, str, str, str, int, str]] = (),  # type: ignore[assignment]
    cpl: list[tuple[Any, ...]] = (),  # type: ignore[assignment]
    registrations: list[tuple[Any, ...]] = (),  # type: ignore[assignment]
) -> None:
    """Insert a whole organisation in one transaction with executemany (the fast path for the
    example organisation and benchmarks). Rows are plain tuples:
    teams (id, name, sector); workers (id, staff_no, name, email, team_id, regulator,
    register_part, registration_no); assignments (id, worker_id, role_id, started_on);
    completions (id, worker_id, module_id, completed_on, source); supervision sessions (id,
    worker_id, occurred_on, kind, minutes, supervisor); CPL entries (id, worker_id, occurred_on,
    title, kind, provider, hours, participatory, module_id, completion_id, source, frameworks JSON,
    sssc_elements JSON, topics JSON, reflection_written, reflective_account) — every completion must have its
    entry (one learning history); registrations (worker_id, declaration_on, applied_on,
    registered_on, revalidation_on, signoff_on, snct, details_updated_on, prd_on, funded_elc)."""
    stamp = now_stamp()
    conn = repo.db.conn
    with repo.db.atomic():
        conn.executemany(
            "INSERT INTO teams (id, name, sector, retired, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)",
            [(*t, stamp, stamp) for t in teams],
        )
        conn.executemany(
            "INSERT INTO workers (id, staff_no, name, email, team_id, regulator, register_part, registration_no, "
            "retired, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            [(*w, stamp, stamp) for w in workers],
        )
        conn.executemany(
            "INSERT INTO worker_roles (id, worker_id, role_id, started_on, ended_on, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, NULL, ?, ?)",
            [(*a, stamp, stamp) for a in assignments],
        )
        conn.executemany(
            "INSERT INTO completions (id, worker_id, module_id, completed_on, source, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*c, stamp, stamp) for c in completions],
        )
        conn.executemany(
            "INSERT INTO supervision_sessions (id, worker_id, occurred_on, kind, minutes, supervisor, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*x, stamp, stamp) for x in sessions],
        )
        conn.executemany(
            "INSERT INTO cpl_entries (id, worker_id, occurred_on, title, kind, provider, hours, participatory, "
            "module_id, completion_id, completion_ref, source, frameworks, sssc_elements, topics, reflection_written, "
            "reflective_account, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*x[:10], x[9], *x[10:], stamp, stamp) for x in cpl],
        )
        conn.executemany(
            "INSERT INTO registrations (worker_id, declaration_on, applied_on, registered_on, revalidation_on, "
            "signoff_on, snct, details_updated_on, prd_on, funded_elc, career_pathway, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
            [(*x, stamp, stamp) for x in registrations],
        )
