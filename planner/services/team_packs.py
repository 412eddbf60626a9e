"""Team packs: the organisation's mapping, and each worker's roles and booked sessions, for
workers' own copies ("Just me"), so that a worker's copy shows the same pathway as the
organisation's. Importing one changes the catalogue and the worker's roles and bookings, never
the worker's own learning.

Two copies load the starter catalogue independently, so catalogue records are matched by what
people see and keep stable: frameworks, modules and roles by code, levels by framework and rank.
Training sessions keep their ids.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from planner.core import packs
from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.packs import NEW, UNCHANGED, UPDATED, Change, WhichWorker, check_values
from planner.services.pack_files import PackFile, write_pack
from planner.services.pack_plan import PackPlan, PackResult, actor
from planner.services.personal import DEFAULT_STAFF_NO, personal_worker_id
from planner.services.transfer_schema import query_rows, read_rows, table_columns
from planner.services.workspace import Workspace
from planner.storage.base import new_id
from planner.storage.database import now_stamp

STAMPS = ("id", "created_at", "updated_at")
CATALOGUE = ("frameworks", "levels", "modules", "roles")


_rows = query_rows


def _catalogue(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """The catalogue with references as codes (ids differ between copies)."""
    return {
        "frameworks": _rows(conn, "SELECT * FROM frameworks ORDER BY position, code"),
        "levels": _rows(
            conn,
            "SELECT l.*, f.code AS framework_code FROM levels l JOIN frameworks f ON f.id = l.framework_id "
            "ORDER BY f.code, l.rank",
        ),
        "modules": _rows(conn, "SELECT * FROM modules ORDER BY code"),
        "module_grants": _rows(
            conn,
            "SELECT m.code AS module_code, f.code AS framework_code, l.rank FROM module_grants g "
            "JOIN modules m ON m.id = g.module_id JOIN levels l ON l.id = g.level_id "
            "JOIN frameworks f ON f.id = l.framework_id ORDER BY 1, 2, 3",
        ),
        "roles": _rows(conn, "SELECT * FROM roles ORDER BY code"),
        "role_levels": _rows(
            conn,
            "SELECT r.code AS role_code, f.code AS framework_code, l.rank, x.source FROM role_levels x "
            "JOIN roles r ON r.id = x.role_id JOIN levels l ON l.id = x.level_id "
            "JOIN frameworks f ON f.id = x.framework_id ORDER BY 1, 2",
        ),
        "role_modules": _rows(
            conn,
            "SELECT r.code AS role_code, m.code AS module_code, x.source FROM role_modules x "
            "JOIN roles r ON r.id = x.role_id JOIN modules m ON m.id = x.module_id ORDER BY 1, 2",
        ),
        "role_stages": _rows(
            conn,
            "SELECT r.code AS role_code, f.code AS framework_code, l.rank, m.code AS module_code, s.due_days, "
            "s.name FROM role_stages s JOIN roles r ON r.id = s.role_id LEFT JOIN levels l ON l.id = s.level_id "
            "LEFT JOIN frameworks f ON f.id = l.framework_id LEFT JOIN modules m ON m.id = s.module_id "
            "ORDER BY 1, 2, 3, 4",
        ),
    }


def export_team(ws: Workspace, path: Path, team: str | None = None, staff_no: str | None = None) -> tuple[int, int]:
    """Write a team pack for a team's current workers (or one worker); returns (workers, bytes)."""
    if personal_worker_id(ws) is not None:
        raise UserError(
            translate(
                "team_packs", "A team pack comes from an organisation's copy; this is a worker's own copy (Just me)."
            )
        )
    conn = ws.db.conn
    if staff_no:
        people = _rows(conn, "SELECT id, staff_no FROM workers WHERE staff_no = ?", [staff_no.strip()])
        if not people:
            raise UserError(
                fill(translate("team_packs", "There is no worker with staff number '%1'."), staff_no.strip())
            )
    elif team:
        team_id = ws.people_repo.team_by_name(team).id
        people = _rows(
            conn, "SELECT id, staff_no FROM workers WHERE team_id = ? AND retired = 0 ORDER BY staff_no", [team_id]
        )
        if not people:
            raise UserError(
                fill(
                    translate("team_packs", "The team %1 has no current workers: there is no one to make a pack for."),
                    team,
                )
            )
    else:
        raise UserError(
            translate("team_packs", "Say who the pack is for: --team NAME, or --staff-no STAFF_NO for one worker.")
        )
    workers: list[dict[str, Any]] = []
    session_ids: set[str] = set()
    for person in people:
        bookings = _rows(
            conn,
            "SELECT id, session_id, status, booked_at, created_at, updated_at FROM bookings WHERE worker_id = ?",
            [person["id"]],
        )
        session_ids.update(b["session_id"] for b in bookings)
        roles = _rows(
            conn,
            "SELECT r.code AS role_code, a.started_on, a.ended_on FROM worker_roles a JOIN roles r ON r.id = a.role_id "
            "WHERE a.worker_id = ? ORDER BY a.started_on",
            [person["id"]],
        )
        workers.append({"staff_no": person["staff_no"], "roles": roles, "bookings": bookings})
    sessions = [
        s
        for s in _rows(
            conn,
            "SELECT t.*, m.code AS module_code FROM training_sessions t JOIN modules m ON m.id = t.module_id "
            "ORDER BY t.held_on",
        )
        if s["id"] in session_ids
    ]
    for s in sessions:
        del s["module_id"]
    organisation = ws.settings_repo.get("organisation_name") or ""
    data = {"organisation": organisation, "catalogue": _catalogue(conn), "sessions": sessions, "workers": workers}
    about = {"organisation": organisation, "team": team or "", "staff_no": staff_no or "", "workers": len(workers)}
    return len(workers), write_pack(Path(path), packs.TEAM, about, data, {})


# -- into a worker's own copy --------------------------------------------------------------
def _content(row: dict[str, Any], drop: Iterable[str] = ()) -> dict[str, Any]:
    skip = set(STAMPS) | set(drop)
    return {k: v for k, v in row.items() if k not in skip}


def _requirements(catalogue: dict[str, list[dict[str, Any]]], role_code: str) -> list[Any]:
    """A role's requirement lists, as comparable values."""
    return [
        sorted(str(sorted(_content(r).items())) for r in catalogue[t] if r["role_code"] == role_code)
        for t in ("role_levels", "role_modules", "role_stages")
    ]


def _grants(catalogue: dict[str, list[dict[str, Any]]], module_code: str) -> list[Any]:
    return sorted(
        (g["framework_code"], g["rank"]) for g in catalogue["module_grants"] if g["module_code"] == module_code
    )


def plan_team_pack(ws: Workspace, pack: PackFile, path: Path, as_staff_no: str | None) -> PackPlan:
    try:
        return _plan(ws, pack, path, as_staff_no)
    except KeyError as exc:
        raise UserError(
            fill(translate("team_packs", "%1 lacks %2, which a team pack holds: nothing was imported."), path.name, exc)
        ) from None
    except (TypeError, AttributeError) as exc:
        raise UserError(
            fill(
                translate("team_packs", "%1 is not a team pack this version can read (%2): nothing was imported."),
                path.name,
                exc,
            )
        ) from None


def _plan(ws: Workspace, pack: PackFile, path: Path, as_staff_no: str | None) -> PackPlan:
    me_id = personal_worker_id(ws)
    if me_id is None:
        raise UserError(
            translate(
                "team_packs",
                "A team pack updates a worker's own copy (Just me); this is an organisation's copy. To "
                "combine two organisations' data, use a JSON export (planner import json FILE --merge).",
            )
        )
    data = pack.data
    if not isinstance(data, dict) or not isinstance(data.get("catalogue"), dict):
        raise UserError(
            fill(
                translate("team_packs", "team.json in %1 is not a team pack's contents: nothing was imported."),
                path.name,
            )
        )
    conn = ws.db.conn
    _check(data, table_columns(conn))
    me = _rows(conn, "SELECT id, staff_no, name FROM workers WHERE id = ?", [me_id])[0]
    workers = [w for w in data.get("workers", []) if isinstance(w, dict)]
    wanted = (as_staff_no or "").strip() or me["staff_no"]
    mine = next((w for w in workers if w.get("staff_no") == wanted), None)
    if mine is None and len(workers) == 1 and not as_staff_no and me["staff_no"] == DEFAULT_STAFF_NO:
        mine = workers[0]
    if mine is None:
        yours = (
            translate("team_packs", "Your copy has no staff number yet")
            if wanted == DEFAULT_STAFF_NO
            else fill(translate("team_packs", "Your staff number (%1) is not one of them"), wanted)
        )
        raise WhichWorker(
            fill(
                translate(
                    "team_packs",
                    "The pack is for %1 %2. %3: import it saying which staff number is yours, the one your "
                    "employer or service gave you (the app asks; on the command line: --as STAFF_NO). Nothing "
                    "was imported.",
                ),
                len(workers),
                "person" if len(workers) == 1 else "people",
                yours,
            ),
            sorted(str(w.get("staff_no")) for w in workers),
        )
    plan = PackPlan(packs.TEAM, path, pack.manifest, me_id, me["name"])
    theirs: dict[str, list[dict[str, Any]]] = data["catalogue"]
    ours = _catalogue(conn)
    for table, key in (("frameworks", "code"), ("modules", "code"), ("roles", "code")):
        local = {r[key]: r for r in ours[table]}
        for row in theirs.get(table, []):
            here = local.get(row.get(key))
            if here is None:
                action = NEW
            else:
                same = _content(row) == _content(here)
                if table == "roles":
                    same = same and _requirements(theirs, row[key]) == _requirements(ours, row[key])
                if table == "modules":
                    same = same and _grants(theirs, row[key]) == _grants(ours, row[key])
                action = UNCHANGED if same else UPDATED
            plan.changes.append(Change(table, action, str(row.get("name") or row.get("title") or row.get(key))))
    local_levels = {(r["framework_code"], r["rank"]): r for r in ours["levels"]}
    for row in theirs.get("levels", []):
        here = local_levels.get((row.get("framework_code"), row.get("rank")))
        same = here is not None and _content(row, ("framework_id",)) == _content(here, ("framework_id",))
        plan.changes.append(Change("levels", NEW if here is None else (UNCHANGED if same else UPDATED), row["name"]))
    my_roles = _rows(
        conn,
        "SELECT r.code AS role_code, a.started_on, a.ended_on FROM worker_roles a JOIN roles r ON r.id = a.role_id "
        "WHERE a.worker_id = ? ORDER BY a.started_on",
        [me_id],
    )
    pack_roles = mine.get("roles", [])
    held = sorted(str((r.get("role_code"), r.get("started_on"), r.get("ended_on"))) for r in my_roles)
    sent = sorted(str((r.get("role_code"), r.get("started_on"), r.get("ended_on"))) for r in pack_roles)
    same_roles = held == sent
    plan.changes.append(Change("worker_roles", UNCHANGED if same_roles else UPDATED, "your roles"))
    local_sessions = {
        s["id"]: s
        for s in _rows(
            conn, "SELECT t.*, m.code AS module_code FROM training_sessions t JOIN modules m ON m.id = t.module_id"
        )
    }
    for s in data.get("sessions", []):
        here = local_sessions.get(s.get("id"))
        action = NEW if here is None else (UNCHANGED if _content(s) == _content(here, ("module_id",)) else UPDATED)
        plan.changes.append(Change("training_sessions", action, f"{s.get('held_on')} {s.get('module_code')}"))
    local_bookings = {b["session_id"]: b for b in _rows(conn, "SELECT * FROM bookings WHERE worker_id = ?", [me_id])}
    for b in mine.get("bookings", []):
        here = local_bookings.get(b.get("session_id"))
        action = NEW if here is None else (UNCHANGED if here["status"] == b.get("status") else UPDATED)
        plan.changes.append(Change("bookings", action, str(b.get("status"))))
    if mine.get("staff_no") != me["staff_no"]:
        plan.notes.append(
            fill(
                translate(
                    "team_packs",
                    "Your staff number here becomes %1 (it was %2). Make sure it is yours: the learning packs "
                    "you send go to that person's record.",
                ),
                mine.get("staff_no"),
                me["staff_no"],
            )
        )
    plan.notes.append(translate("team_packs", "Your own learning, supervision and reflections are not changed."))
    plan.extra = {
        "catalogue": theirs,
        "mine": mine,
        "sessions": data.get("sessions", []),
        "me": me,
        "organisation": data.get("organisation") or "",
    }
    return plan


# The code-based lists: each field and the type it must have.
LINKS: dict[str, dict[str, Any]] = {
    "module_grants": {"module_code": str, "framework_code": str, "rank": int},
    "role_levels": {"role_code": str, "framework_code": str, "rank": int, "source": (str, type(None))},
    "role_modules": {"role_code": str, "module_code": str, "source": (str, type(None))},
    "role_stages": {
        "role_code": str,
        "framework_code": (str, type(None)),
        "rank": (int, type(None)),
        "module_code": (str, type(None)),
        "due_days": int,
        "name": (str, type(None)),
    },
    "roles held": {"role_code": str, "started_on": str, "ended_on": (str, type(None))},
}


def _check(data: dict[str, Any], schema: dict[str, Any]) -> None:
    """Every value of a team pack has the type and form its column needs (a hand-edited pack is
    refused here, with where and why, before anything is written)."""
    catalogue = data["catalogue"]
    for table in ("frameworks", "modules", "roles"):
        rows = read_rows(table, catalogue.get(table, []), schema, "team.json: ")
        if any(not isinstance(r.get("code"), str) for r in rows):
            raise UserError(
                fill(translate("team_packs", "team.json: a record of %1 has no code: nothing was imported."), table)
            )
        check_values(f"team.json: {table}", table, rows)
    for table, extra in (("levels", "framework_code"), ("training_sessions", "module_code")):
        raw = catalogue.get(table, []) if table == "levels" else data.get("sessions", [])
        if not isinstance(raw, list) or not all(isinstance(r, dict) and isinstance(r.get(extra), str) for r in raw):
            raise UserError(
                fill(
                    translate("team_packs", "team.json: every record of %1 needs its %2: nothing was imported."),
                    table,
                    extra,
                )
            )
        rows = read_rows(table, [{k: v for k, v in r.items() if k != extra} for r in raw], schema, "team.json: ")
        check_values(f"team.json: {table}", table, rows)
    lists = {t: catalogue.get(t, []) for t in LINKS if t != "roles held"}
    held: list[Any] = []
    workers = data.get("workers", [])
    for worker in workers if isinstance(workers, list) else [None]:
        if not isinstance(worker, dict) or not isinstance(worker.get("staff_no"), str):
            raise UserError(
                translate("team_packs", "team.json: every worker needs a staff number: nothing was imported.")
            )
        roles = worker.get("roles", [])
        held.extend(roles if isinstance(roles, list) else [roles])
        bookings = read_rows("bookings", worker.get("bookings", []), schema, "team.json: ")
        check_values("team.json: bookings", "bookings", bookings)
    lists["roles held"] = held
    check_values("team.json: roles held", "worker_roles", [r for r in held if isinstance(r, dict)])
    for table, fields in LINKS.items():
        rows = lists.get(table, [])
        for i, row in enumerate(rows if isinstance(rows, list) else [None]):
            if not isinstance(row, dict):
                raise UserError(
                    fill(translate("team_packs", "team.json: %1[%2] is not a record: nothing was imported."), table, i)
                )
            for name, kind in fields.items():
                value = row.get(name)
                if not isinstance(value, kind) or isinstance(value, bool):
                    raise UserError(
                        fill(
                            translate(
                                "team_packs", "team.json: %1[%2].%3 is %4, which it cannot be: nothing was imported."
                            ),
                            table,
                            i,
                            name,
                            repr(value),
                        )
                    )


def apply_team_pack(ws: Workspace, plan: PackPlan) -> PackResult:
    conn = ws.db.conn
    theirs: dict[str, list[dict[str, Any]]] = plan.extra["catalogue"]
    mine, me = plan.extra["mine"], plan.extra["me"]
    stamp = now_stamp()
    try:
        with ws.db.atomic():
            ids = {t: _upsert_by_code(conn, t, theirs.get(t, []), stamp) for t in ("frameworks", "modules", "roles")}
            levels = _upsert_levels(conn, theirs.get("levels", []), ids["frameworks"], stamp)
            module_ids = {m: ids["modules"][m] for m in ids["modules"]}
            conn.executemany("DELETE FROM module_grants WHERE module_id = ?", [(i,) for i in module_ids.values()])
            conn.executemany(
                "INSERT OR IGNORE INTO module_grants (module_id, level_id) VALUES (?, ?)",
                [
                    (module_ids[g["module_code"]], levels[(g["framework_code"], g["rank"])])
                    for g in theirs.get("module_grants", [])
                ],
            )
            role_ids = ids["roles"]
            for table in ("role_levels", "role_modules", "role_stages"):
                conn.executemany(f"DELETE FROM {table} WHERE role_id = ?", [(i,) for i in role_ids.values()])
            conn.executemany(
                "INSERT INTO role_levels (role_id, framework_id, level_id, source) VALUES (?, ?, ?, ?)",
                [
                    (
                        role_ids[r["role_code"]],
                        ids["frameworks"][r["framework_code"]],
                        levels[(r["framework_code"], r["rank"])],
                        r.get("source") or "",
                    )
                    for r in theirs.get("role_levels", [])
                ],
            )
            conn.executemany(
                "INSERT INTO role_modules (role_id, module_id, source) VALUES (?, ?, ?)",
                [
                    (role_ids[r["role_code"]], module_ids[r["module_code"]], r.get("source") or "")
                    for r in theirs.get("role_modules", [])
                ],
            )
            conn.executemany(
                "INSERT INTO role_stages (id, role_id, level_id, module_id, due_days, name) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        new_id(),
                        role_ids[r["role_code"]],
                        levels[(r["framework_code"], r["rank"])] if r.get("framework_code") else None,
                        module_ids[r["module_code"]] if r.get("module_code") else None,
                        r["due_days"],
                        r.get("name") or "",
                    )
                    for r in theirs.get("role_stages", [])
                ],
            )
            conn.execute("DELETE FROM worker_roles WHERE worker_id = ?", [me["id"]])
            conn.executemany(
                "INSERT INTO worker_roles (id, worker_id, role_id, started_on, ended_on, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (new_id(), me["id"], role_ids[r["role_code"]], r["started_on"], r.get("ended_on"), stamp, stamp)
                    for r in mine.get("roles", [])
                ],
            )
            session_columns = {r[1] for r in conn.execute("PRAGMA table_info(training_sessions)")}
            for s in plan.extra["sessions"]:
                row = {k: v for k, v in s.items() if k in session_columns}
                row["module_id"] = module_ids[s["module_code"]]
                cols = list(row)
                conn.execute(
                    f"INSERT INTO training_sessions ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
                    f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in cols if c != 'id')}",
                    [row[c] for c in cols],
                )
            for b in mine.get("bookings", []):
                conn.execute("DELETE FROM bookings WHERE session_id = ? AND worker_id = ?", [b["session_id"], me["id"]])
                conn.execute(
                    "INSERT INTO bookings (id, session_id, worker_id, status, booked_at, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [b["id"], b["session_id"], me["id"], b["status"], b["booked_at"], b["created_at"], b["updated_at"]],
                )
            if mine.get("staff_no") and mine["staff_no"] != me["staff_no"]:
                conn.execute(
                    "UPDATE workers SET staff_no = ?, updated_at = ? WHERE id = ?", [mine["staff_no"], stamp, me["id"]]
                )
            if plan.extra["organisation"]:
                ws.settings_repo.set("organisation_name", plan.extra["organisation"])
            result = PackResult(plan.count(NEW), plan.count(UPDATED), 0, 0, 0)
            ws.audit_repo.record(
                actor(), "import", "team pack", str(plan.manifest.get("created", "")), me["id"], result.describe()
            )
    except KeyError as exc:
        key = exc.args[0] if exc.args else ""
        what = (
            fill(translate("team_packs", "level %1 of %2"), key[1], key[0])
            if isinstance(key, tuple) and len(key) == 2
            else repr(key)
        )
        raise UserError(
            fill(
                translate("team_packs", "The team pack refers to %1, which it does not hold: nothing was imported."),
                what,
            )
        ) from None
    except (TypeError, AttributeError, sqlite3.InterfaceError, sqlite3.ProgrammingError):
        raise UserError(
            translate(
                "team_packs", "The team pack holds a value of a kind this version cannot store: nothing was imported."
            )
        ) from None
    except sqlite3.IntegrityError as exc:
        from planner.services.worker_packs import rule_broken

        raise UserError(
            fill(
                translate("team_packs", "%1: nothing was imported."),
                rule_broken(exc).replace("the pack", "the team pack"),
            )
        ) from None
    return result


def _upsert_by_code(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]], stamp: str) -> dict[str, str]:
    """Rows matched by code: updated in place (keeping the id here) or added; returns code -> id here."""
    here = dict(conn.execute(f"SELECT code, id FROM {table}"))
    taken = {r[0] for r in conn.execute(f"SELECT id FROM {table}")}
    columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    for row in rows:
        values = {k: v for k, v in row.items() if k in columns and k not in STAMPS}
        if row["code"] in here:
            sets = ", ".join(f"{k} = ?" for k in values)
            conn.execute(
                f"UPDATE {table} SET {sets}, updated_at = ? WHERE id = ?", [*values.values(), stamp, here[row["code"]]]
            )
        else:
            record_id = row["id"] if row.get("id") and row["id"] not in taken else new_id()
            cols = ["id", *values, "created_at", "updated_at"]
            conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [record_id, *values.values(), stamp, stamp],
            )
            here[row["code"]] = record_id
    return here


def _upsert_levels(
    conn: sqlite3.Connection, rows: list[dict[str, Any]], frameworks: dict[str, str], stamp: str
) -> dict[tuple[str, int], str]:
    here = {
        (code, rank): level_id
        for level_id, code, rank in conn.execute(
            "SELECT l.id, f.code, l.rank FROM levels l JOIN frameworks f ON f.id = l.framework_id"
        )
    }
    for row in rows:
        key = (row["framework_code"], row["rank"])
        if key in here:
            conn.execute(
                "UPDATE levels SET name = ?, description = ?, updated_at = ? WHERE id = ?",
                [row["name"], row.get("description") or "", stamp, here[key]],
            )
        else:
            level_id = new_id()
            conn.execute(
                "INSERT INTO levels (id, framework_id, rank, name, description, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    level_id,
                    frameworks[row["framework_code"]],
                    row["rank"],
                    row["name"],
                    row.get("description") or "",
                    stamp,
                    stamp,
                ],
            )
            here[key] = level_id
    return here
