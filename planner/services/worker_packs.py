"""A worker's learning pack brought into a copy (usually their organisation's).

``plan_worker_pack`` reads what the pack holds against what is here and says what importing it
does; ``apply_worker_pack`` writes exactly that in one transaction. Records keep their ids on
both sides; a record changes here when the pack's ``updated_at`` is later (or the worker now
shares, or no longer shares, a reflection's words). A record the worker deleted is removed here
only when confirmed. A completion whose learning entry is deleted here stays deleted: the entry
and its completion are one event, and the entry's deletion is the later word.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from planner.core import packs
from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.packs import (
    DELETED,
    NEW,
    REFLECTION_COLUMNS,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    WORKER_DETAILS,
    Change,
    check_values,
    compare,
    day_words,
)
from planner.core.text import fold
from planner.core.wording import plural
from planner.services.pack_files import PackFile
from planner.services.pack_plan import HISTORY, PackPlan, PackResult, actor
from planner.services.personal import personal_worker_id
from planner.services.transfer import store_evidence, upsert_rows
from planner.services.transfer_schema import Row, query_rows, read_rows, table_columns
from planner.services.workspace import Workspace
from planner.storage.database import now_stamp
from planner.storage.errors import NotFoundError

KEYS = {
    "completions": ["id"],
    "cpl_entries": ["id"],
    "cpl_evidence": ["id"],
    "supervision_sessions": ["id"],
    "registrations": ["worker_id"],
    "revalidations": ["worker_id", "cycle_end"],
}
PLACE = "records.json: "
APPLIED_KEY = "pack_applied"  # the newest pack imported for a worker (when it was made)
BLANK = (None, "")


class WorkerPackImport:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today

    @property
    def conn(self) -> sqlite3.Connection:
        return self.ws.db.conn

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        return query_rows(self.conn, sql, params)

    # -- planning --------------------------------------------------------------------------
    def plan(self, pack: PackFile, path: Path) -> PackPlan:
        data = pack.data
        if not isinstance(data, dict) or not isinstance(data.get("worker"), dict):
            raise UserError(
                fill(
                    translate("worker_packs", "records.json in %1 is not a worker's records: nothing was imported."),
                    path.name,
                )
            )
        sender: dict[str, Any] = data["worker"]
        staff_no, name = sender.get("staff_no"), sender.get("name")
        if not isinstance(staff_no, str) or not isinstance(name, str):
            raise UserError(
                fill(
                    translate(
                        "worker_packs", "records.json in %1 does not say whose learning it is: nothing was imported."
                    ),
                    path.name,
                )
            )
        if staff_no != pack.manifest.get("staff_no") or name != pack.manifest.get("name"):
            raise UserError(
                fill(
                    translate(
                        "worker_packs",
                        "The manifest of %1 names someone other than its records do: the pack was altered. "
                        "Nothing was imported.",
                    ),
                    path.name,
                )
            )
        worker = self._receiver(staff_no, name)
        plan = PackPlan(packs.WORKER, path, pack.manifest, worker["id"], worker["name"], evidence=dict(pack.evidence))
        if fold(worker["name"]) != fold(name):
            plan.warning = fill(
                translate(
                    "worker_packs",
                    "the pack is from %1, and staff number %2 here is %3. Import it only if they are the same person.",
                ),
                name,
                staff_no,
                worker["name"],
            )
        last = self.ws.settings_repo.get(f"{APPLIED_KEY}:{worker['id']}")
        plan.extra["newest"] = last is None or not packs.later(last, pack.manifest.get("created"))
        rows, codes = self._read(data, worker["id"])
        self._fill_blanks(rows)
        sharing = pack.manifest.get("share_reflections") is True
        if not sharing:  # what the sender chose, whatever a row says
            for row in rows["cpl_entries"]:
                row.update({c: "" for c in REFLECTION_COLUMNS}, reflection_shared=0)
        modules = dict(self.conn.execute("SELECT code, id FROM modules"))
        self._plan_completions(plan, rows["completions"], rows["cpl_entries"], codes, modules)
        self._plan_entries(plan, rows["cpl_entries"], codes, modules)
        sent = {e["id"] for e in plan.rows["cpl_entries"]}
        plan.rows["cpl_evidence"] = [r for r in rows["cpl_evidence"] if r["entry_id"] in sent]
        if {r["sha256"] for r in plan.rows["cpl_evidence"]} - set(pack.evidence):
            raise UserError(
                fill(
                    translate("worker_packs", "%1 names evidence files it does not hold: the pack is incomplete."),
                    path.name,
                )
            )
        for table in ("supervision_sessions", "registrations", "revalidations"):
            plan.rows[table] = self._classify(plan, table, rows[table])
        self._plan_details(plan, sender, worker)
        shared = sum(1 for r in rows["cpl_entries"] if r.get("reflection_shared") and _has_words(r))
        plan.notes.append(
            fill(
                translate("worker_packs", "The worker shares the words of %1 in this pack."),
                plural(shared, "reflection"),
            )
            if sharing
            else translate(
                "worker_packs", "The worker did not share the words of their reflections (only that they wrote them)."
            )
        )
        since = pack.manifest.get("since")
        if since:
            plan.notes.append(
                fill(
                    translate(
                        "worker_packs",
                        "The pack holds only what changed since %1: if this copy never had the earlier pack, ask "
                        "for a whole one.",
                    ),
                    day_words(since),
                )
            )
        return plan

    def _receiver(self, staff_no: str, name: str) -> Row:
        try:
            worker = self.ws.people_repo.worker_by_staff_no(staff_no)
        except NotFoundError:
            mine = personal_worker_id(self.ws)
            if mine is not None:
                raise UserError(
                    fill(
                        translate(
                            "worker_packs",
                            "The pack is %1's learning (staff number %2), and this is another worker's own copy: "
                            "import it into their organisation's copy. Nothing was imported.",
                        ),
                        name,
                        staff_no,
                    )
                ) from None
            raise UserError(
                fill(
                    translate(
                        "worker_packs",
                        "The pack is %1's learning (staff number %2), and no one here has that staff number: add "
                        "them on People (or correct their staff number), then import the pack again. Nothing was "
                        "imported.",
                    ),
                    name,
                    staff_no,
                )
            ) from None
        return {"id": worker.id, "name": worker.name}

    def _read(self, data: dict[str, Any], worker_id: str) -> tuple[dict[str, list[Row]], dict[str, str | None]]:
        """The pack's rows, checked, with this copy's worker id; and each row's module code."""
        schema = table_columns(self.conn)
        codes: dict[str, str | None] = {}
        rows: dict[str, list[Row]] = {}
        for table, keys in KEYS.items():
            raw = data.get(table, [])
            if not isinstance(raw, list):
                raise UserError(
                    fill(
                        translate("worker_packs", '"%1%2" should be a list of records: nothing was imported.'),
                        PLACE,
                        table,
                    )
                )
            clean = []
            for row in raw:
                if isinstance(row, dict):
                    row = dict(row)
                    code = row.pop("module_code", None)
                    if table in ("completions", "cpl_entries"):
                        codes[f"{table}:{row.get('id')}"] = code if isinstance(code, str) else None
                    if table in HISTORY:
                        row["worker_id"] = worker_id
                clean.append(row)
            rows[table] = read_rows(table, clean, schema, PLACE)
            check_values(f"{PLACE}{table}", table, rows[table])
            seen: set[tuple[Any, ...]] = set()
            for row in rows[table]:
                key = tuple(row[k] for k in keys)
                if key in seen:
                    raise UserError(
                        fill(
                            translate("worker_packs", "%1%2 holds the record %3 twice: the pack was altered."),
                            PLACE,
                            table,
                            key[-1],
                        )
                    )
                seen.add(key)
        return rows, codes

    def _fill_blanks(self, rows: dict[str, list[Row]]) -> None:
        """Registration details the pack leaves blank keep what is here (a worker's copy that
        never recorded a date does not wipe the organisation's); with nothing new, the record
        counts as unchanged."""
        for table in ("registrations", "revalidations"):
            for row in rows[table]:
                keys = KEYS[table]
                where = " AND ".join(f'"{k}" = ?' for k in keys)
                found = self._rows(f'SELECT * FROM "{table}" WHERE {where}', [row[k] for k in keys])
                if not found:
                    continue
                here = found[0]
                for column, value in here.items():
                    if row.get(column) in BLANK and value not in BLANK:
                        row[column] = value
                if all(row.get(c) == here[c] for c in here if c not in ("created_at", "updated_at")):
                    row["updated_at"] = here["updated_at"]

    def _here(self, table: str, rows: list[Row]) -> dict[tuple[Any, ...], Row]:
        """The rows here with the same keys: their owner, last change, deletion (and sharing)."""
        keys = KEYS[table]
        deleted = "deleted_at" if table in ("cpl_entries", "supervision_sessions") else "NULL AS deleted_at"
        extra = ", reflection_shared, learned, practice_change, prompt_response" if table == "cpl_entries" else ""
        out = {}
        if keys == ["id"]:  # looked up 500 at a time: a pack of many thousand entries stays quick
            ids = [row["id"] for row in rows]
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                marks = ", ".join("?" for _ in chunk)
                sql = f'SELECT id, worker_id, updated_at, {deleted}{extra} FROM "{table}" WHERE id IN ({marks})'
                for found in self._rows(sql, chunk):
                    out[(found.pop("id"),)] = found
            return out
        where = " AND ".join(f'"{k}" = ?' for k in keys)
        sql = f'SELECT worker_id, updated_at, {deleted}{extra} FROM "{table}" WHERE {where}'
        for row in rows:  # registration details: one row a worker, a few checklists
            key = tuple(row[k] for k in keys)
            matches = self._rows(sql, key)
            if matches:
                out[key] = matches[0]
        return out

    def _classify(self, plan: PackPlan, table: str, rows: list[Row]) -> list[Row]:
        """A change for each row; returns the rows to write (new, or later than here)."""
        here = self._here(table, rows)
        out: list[Row] = []
        for row in rows:
            local = here.get(tuple(row[k] for k in KEYS[table]))
            label = _label(table, row)
            if local is not None and local["worker_id"] != plan.worker_id:
                plan.changes.append(
                    Change(
                        table,
                        SKIPPED,
                        label,
                        translate("worker_packs", "a record with the same id is someone else's here"),
                    )
                )
                continue
            if row.get("deleted_at"):
                if local is not None and local["deleted_at"] is None:
                    plan.changes.append(Change(table, DELETED, label))
                    plan.deleted.setdefault(table, []).append(str(row["id"]))
                continue
            action = compare(row.get("updated_at"), None if local is None else local["updated_at"])
            if (
                action == UNCHANGED
                and local is not None
                and table == "cpl_entries"
                and plan.extra.get("newest")  # an older pack never undoes a later choice
                and _sharing_differs(row, local)
            ):
                action = UPDATED  # the worker now shares (or no longer shares) the words
            plan.changes.append(Change(table, action, label))
            if action != UNCHANGED:
                out.append(row)
        return out

    def _plan_completions(
        self, plan: PackPlan, rows: list[Row], entries: list[Row], codes: dict[str, str | None], modules: dict[str, str]
    ) -> None:
        here = {
            (m, d): i
            for i, m, d in self.conn.execute(
                "SELECT id, module_id, completed_on FROM completions WHERE worker_id = ?", [plan.worker_id]
            )
        }
        # completions whose entry is deleted here: they stay deleted unless the pack's entry is later
        deleted_here = dict(
            self.conn.execute(
                "SELECT completion_ref, updated_at FROM cpl_entries WHERE worker_id = ? AND deleted_at IS NOT NULL "
                "AND completion_ref IS NOT NULL",
                [plan.worker_id],
            ).fetchall()
        )
        sent_entry = {e.get("completion_ref") or e.get("completion_id"): e for e in entries}
        kept: list[Row] = []
        duplicates: set[Any] = set()
        stays_deleted: set[Any] = set()
        for row in rows:
            code = codes.get(f"completions:{row['id']}")
            module_id = modules.get(code or "")
            if row["id"] in deleted_here:
                entry = sent_entry.get(row["id"])
                if (
                    entry is None
                    or entry.get("deleted_at")
                    or not packs.later(entry.get("updated_at"), deleted_here[row["id"]])
                ):
                    stays_deleted.add(row["id"])
                    continue
            if module_id is None:
                plan.notes.append(
                    fill(
                        translate(
                            "worker_packs",
                            "%1 completes %2, a module this organisation does not have: imported as learning, not as "
                            "a completion.",
                        ),
                        _label("completions", row),
                        code,
                    )
                )
                continue
            row["module_id"] = module_id
            other = here.get((module_id, row["completed_on"]))
            if other is not None and other != row["id"]:
                duplicates.add(row["id"])
                plan.changes.append(
                    Change(
                        "completions",
                        SKIPPED,
                        f"{day_words(row['completed_on'])} {code}",
                        translate("worker_packs", "already recorded here on that date (kept as recorded here)"),
                    )
                )
                continue
            kept.append(row)
        plan.extra.update(duplicates=duplicates, stays_deleted=stays_deleted)
        plan.rows["completions"] = self._classify(plan, "completions", kept)

    def _plan_entries(
        self, plan: PackPlan, rows: list[Row], codes: dict[str, str | None], modules: dict[str, str]
    ) -> None:
        kept = []
        for row in rows:
            ref = row.get("completion_ref") or row.get("completion_id")
            if ref in plan.extra["duplicates"]:
                continue  # the same learning is recorded here already: not twice
            row["module_id"] = modules.get(codes.get(f"cpl_entries:{row['id']}") or "")
            if row["module_id"] is None:  # a module not here: learning, not a completion
                row["completion_id"] = row["completion_ref"] = None
            elif ref in plan.extra["stays_deleted"]:
                row["completion_id"] = None
            kept.append(row)
        plan.rows["cpl_entries"] = self._classify(plan, "cpl_entries", kept)

    def _plan_details(self, plan: PackPlan, sent: dict[str, Any], worker: Row) -> None:
        """The regulator details the worker keeps themselves, where they say something (a blank
        or "none" never wipes what is here) and their change is the later one."""
        here = self._rows(f"SELECT {', '.join(WORKER_DETAILS)}, updated_at FROM workers WHERE id = ?", [worker["id"]])[
            0
        ]
        details = {
            k: sent[k].strip()
            for k in WORKER_DETAILS
            if isinstance(sent.get(k), str) and sent[k].strip() not in ("", "none") and sent[k].strip() != here[k]
        }
        if details.get("regulator", "SSSC") not in ("SSSC", "NMC", "GTCS"):
            raise UserError(
                fill(
                    translate("worker_packs", "%1worker.regulator is %2, not SSSC, NMC or GTCS."),
                    PLACE,
                    repr(details["regulator"]),
                )
            )
        if details and compare(sent.get("updated_at"), here["updated_at"]) == UPDATED:
            what = "; ".join(f"{k.replace('_', ' ')}: {here[k] or 'blank'} → {v}" for k, v in details.items())
            plan.changes.append(Change("workers", UPDATED, what))
            plan.rows["workers"] = [{"id": worker["id"], **details}]

    # -- writing ---------------------------------------------------------------------------
    def apply(self, plan: PackPlan, remove_deleted: bool, store_files: bool = True) -> PackResult:
        """Write the plan in one transaction; ``store_files`` False (a rehearsal, rolled back
        after) leaves the evidence folder untouched."""
        from planner.services.learning import LearningService

        created: list[Path] = []
        learning = LearningService(self.ws, self._today)
        removed = 0
        try:
            with self.ws.db.atomic():
                for row in plan.rows.get("workers", []):
                    values = {k: row[k] for k in WORKER_DETAILS if k in row}
                    sets = ", ".join(f"{k} = ?" for k in values)
                    self.conn.execute(
                        f"UPDATE workers SET {sets}, updated_at = ? WHERE id = ?",
                        [*values.values(), now_stamp(), row["id"]],
                    )
                for sha in sorted({r["sha256"] for r in plan.rows.get("cpl_evidence", [])}):
                    content = plan.evidence[sha]
                    if store_files and store_evidence(self.ws.evidence.path_for(sha), content):
                        created.append(self.ws.evidence.path_for(sha))
                    self.conn.execute(
                        "INSERT OR IGNORE INTO evidence_files (sha256, size, created_at) VALUES (?, ?, ?)",
                        [sha, len(content), now_stamp()],
                    )
                upsert_rows(self.conn, "completions", plan.rows.get("completions", []), KEYS["completions"])
                entries = plan.rows.get("cpl_entries", [])
                upsert_rows(self.conn, "cpl_entries", entries, KEYS["cpl_entries"])
                self.conn.executemany("DELETE FROM cpl_evidence WHERE entry_id = ?", [(e["id"],) for e in entries])
                for table in ("cpl_evidence", "supervision_sessions", "registrations", "revalidations"):
                    upsert_rows(self.conn, table, plan.rows.get(table, []), KEYS[table])
                if remove_deleted:
                    for entry_id in plan.deleted.get("cpl_entries", []):
                        learning.delete_entry(entry_id)
                        removed += 1
                    for session_id in plan.deleted.get("supervision_sessions", []):
                        learning.delete_session(session_id)
                        removed += 1
                made = str(plan.manifest.get("created"))
                key = f"{APPLIED_KEY}:{plan.worker_id}"
                last = self.ws.settings_repo.get(key)
                if last is None or packs.later(made, last):
                    self.ws.settings_repo.set(key, made)
                kept = 0 if remove_deleted else plan.count(DELETED)
                result = PackResult(plan.count(NEW), plan.count(UPDATED), removed, kept, len(created))
                self.ws.audit_repo.record(
                    actor(), "import", "pack", str(plan.manifest.get("created", "")), plan.worker_id, result.describe()
                )
        except BaseException as exc:
            for p in created:
                p.unlink(missing_ok=True)
            if isinstance(exc, sqlite3.IntegrityError):
                raise UserError(
                    fill(translate("worker_packs", "%1: nothing was imported."), rule_broken(exc))
                ) from None
            raise
        return result


def rule_broken(exc: sqlite3.IntegrityError) -> str:
    """SQLite's words for a broken rule, as a person reads them."""
    text = str(exc)
    found = re.search(r"(NOT NULL|CHECK|UNIQUE|FOREIGN KEY) constraint failed(?:: ([\w.]+))?", text)
    if found is None:
        return fill(translate("worker_packs", "The pack's records break a rule of this database (%1)"), text)
    kind, where = found.group(1), (found.group(2) or "").split(".")
    table = packs.KIND_WORDS.get(where[0], (where[0],))[0] if where[0] else "record"
    field_name = where[1].replace("_", " ") if len(where) > 1 else ""
    if kind == "NOT NULL":
        return fill(translate("worker_packs", "A %1 in the pack has no %2"), table, field_name)
    if kind == "CHECK":
        return fill(translate("worker_packs", "A %1 in the pack has a value this database does not allow"), table)
    if kind == "UNIQUE":
        return fill(
            translate("worker_packs", "A %1 in the pack is already here under another id (%2)"), table, field_name
        )
    return fill(translate("worker_packs", "A %1 in the pack refers to a record that is in neither place"), table)


def _label(table: str, row: Row) -> str:
    if table == "registrations":
        return "dates and details"
    when = row.get("occurred_on") or row.get("completed_on") or row.get("cycle_end")
    day = f"{day_words(when)} " if when else ""
    what = row.get("title") or row.get("kind") or packs.KIND_WORDS[table][0]
    return f"{day}{what}".strip()


def _has_words(row: Row) -> bool:
    return any(str(row.get(c) or "").strip() for c in REFLECTION_COLUMNS)


def _sharing_differs(row: Row, local: Row) -> bool:
    if bool(row.get("reflection_shared")) != bool(local.get("reflection_shared")):
        return True
    return bool(row.get("reflection_shared")) and any(row.get(c) != local.get(c) for c in REFLECTION_COLUMNS)
