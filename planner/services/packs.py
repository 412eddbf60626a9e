"""Exchange packs between a worker's own copy and their organisation's (see ``core/packs.py``).

A worker pack goes worker -> manager: ``export_worker`` writes it; ``preview`` reads and checks
any pack and works out what importing it would change (nothing is written); ``apply`` writes
exactly that plan in one transaction. Records keep their ids on both sides, so a pack imported
twice changes nothing, and an edited record replaces the older by ``updated_at``. A record the
worker deleted is listed and removed here only when the importer confirms (``remove_deleted``).

Team packs (manager -> worker) are in ``team_packs.py``; both share ``PackPlan``.
"""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from planner.core import packs
from planner.core.errors import UserError
from planner.core.packs import DELETED, NEW, SKIPPED, UNCHANGED, UPDATED, Change, check_dates, compare, day_words
from planner.core.wording import plural
from planner.services.pack_files import PackFile, read_pack, write_pack
from planner.services.personal import DEFAULT_STAFF_NO, personal_worker_id
from planner.services.transfer import upsert_rows
from planner.services.transfer_schema import Row, read_rows, table_columns
from planner.services.workspace import Workspace
from planner.storage.database import now_stamp
from planner.storage.errors import NotFoundError

LAST_SENT_KEY = "pack_last_sent"
REFLECTION_COLUMNS = ("learned", "practice_change", "prompt_response")
PRIVATE_SUPERVISION = ("private_notes", "prompt_response")
WORKER_DETAILS = ("regulator", "register_part", "registration_no")
HISTORY = ("completions", "cpl_entries", "supervision_sessions", "registrations", "revalidations")


@dataclass(frozen=True)
class PackSummary:
    path: Path
    bytes: int
    counts: dict[str, int]  # records by table
    evidence: int
    missing_evidence: int
    since: str | None
    shared_reflections: int

    def describe(self) -> str:
        parts = [plural(self.counts.get(t, 0), *packs.KIND_WORDS[t]) for t in HISTORY if self.counts.get(t)]
        parts.append(plural(self.evidence, "evidence file"))
        what = ", ".join(parts) if parts else "nothing new"
        since = f" (what changed since {day_words(self.since)})" if self.since else ""
        shared = (
            f"; the words of {plural(self.shared_reflections, 'reflection')} shared"
            if self.shared_reflections
            else "; no reflection's words"
        )
        missing = f"; {plural(self.missing_evidence, 'evidence file')} missing from the data folder" * bool(
            self.missing_evidence
        )
        return f"{what}{since}{shared}{missing}"


@dataclass
class PackPlan:
    """What importing a pack would do here. Nothing is written until ``apply``."""

    kind: str
    path: Path
    manifest: dict[str, Any]
    worker_id: str
    worker_name: str
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: dict[str, list[Row]] = field(default_factory=dict)  # what apply writes, by table
    deleted: dict[str, list[str]] = field(default_factory=dict)  # table -> ids here, on confirmation
    evidence: dict[str, bytes] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # team packs: their own prepared data

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def counts(self, action: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.changes:
            if c.action == action:
                out[c.table] = out.get(c.table, 0) + 1
        return out

    @property
    def changes_anything(self) -> bool:
        return any(c.action in (NEW, UPDATED, DELETED) for c in self.changes)

    def headline(self) -> str:
        sender = self.manifest.get("name") or self.manifest.get("staff_no") or ""
        made = self.manifest.get("created")
        when = f", made {day_words(made)}" if made else ""
        if self.kind == packs.WORKER:
            since = self.manifest.get("since")
            part = f" (changes since {day_words(since)})" if since else ""
            return f"Learning pack from {sender} ({self.manifest.get('staff_no')}){when}{part}, for {self.worker_name}."
        organisation = self.manifest.get("organisation") or "the organisation"
        return f"Team pack from {organisation}{when}, for {self.worker_name}."

    def summary_lines(self) -> list[str]:
        lines = [self.headline()]
        for action, words in ((NEW, "new"), (UPDATED, "updated"), (UNCHANGED, "unchanged")):
            counts = self.counts(action)
            if counts:
                lines.append(f"{words.capitalize()}: " + ", ".join(_words(counts, t) for t in counts) + ".")
        deleted = self.counts(DELETED)
        if deleted:
            lines.append(
                "Deleted on the worker's side: "
                + ", ".join(_words(deleted, t) for t in deleted)
                + " (removed here only if you confirm)."
            )
        skipped = [c for c in self.changes if c.action == SKIPPED]
        for c in skipped:
            lines.append(f"Not imported: {c.label}: {c.reason}.")
        lines.extend(self.notes)
        if not self.changes_anything:
            lines.append("Nothing would change: this copy already has everything in the pack.")
        return lines

    def detail_lines(self) -> list[str]:
        """Each record that changes, as a person recognises it ("new: 12 Mar 2026 Sowing Seeds")."""
        words = {NEW: "new", UPDATED: "updated", DELETED: "deleted on the sender's side"}
        return [
            f"{words[c.action]}: {packs.KIND_WORDS.get(c.table, (c.table,))[0]}, {c.label}"
            for c in self.changes
            if c.action in words
        ]

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "staff_no": self.manifest.get("staff_no"),
            "created": self.manifest.get("created"),
            "since": self.manifest.get("since"),
            "new": self.counts(NEW),
            "updated": self.counts(UPDATED),
            "unchanged": self.counts(UNCHANGED),
            "deleted": self.counts(DELETED),
            "skipped": [{"record": c.label, "reason": c.reason} for c in self.changes if c.action == SKIPPED],
            "notes": self.notes,
        }


@dataclass(frozen=True)
class PackResult:
    new: int
    updated: int
    deleted: int
    kept_deleted: int
    evidence: int

    def describe(self) -> str:
        kept = (
            f"; {plural(self.kept_deleted, 'record')} deleted on the other side kept here" if self.kept_deleted else ""
        )
        return (
            f"{self.new} new, {self.updated} updated, {self.deleted} removed, "
            f"{plural(self.evidence, 'evidence file')} stored{kept}"
        )


def _words(counts: dict[str, int], table: str) -> str:
    if table == "worker_roles":  # one change: the worker's roles as a whole
        return "your roles"
    return plural(counts[table], *packs.KIND_WORDS.get(table, (table, table)))


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class PackService:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today

    @property
    def conn(self) -> sqlite3.Connection:
        return self.ws.db.conn

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        cursor = self.conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    # -- the worker's side: sending -------------------------------------------------------
    def last_sent(self, staff_no: str | None = None) -> str | None:
        """When this copy last wrote a learning pack (for this worker), or None."""
        me = self._sender(staff_no)
        return self.ws.settings_repo.get(f"{LAST_SENT_KEY}:{me['id']}")

    def changed_since_last(self, staff_no: str | None = None) -> int:
        """How many of the worker's records changed since this copy's last pack (all of them
        when it has made none): what "send what changed since" would send."""
        me = self._sender(staff_no)
        since = self.ws.settings_repo.get(f"{LAST_SENT_KEY}:{me['id']}") or ""
        return sum(
            self.conn.execute(
                f"SELECT COUNT(*) FROM {t} WHERE worker_id = ? AND updated_at > ?", [me["id"], since]
            ).fetchone()[0]
            for t in HISTORY
        )

    def _sender(self, staff_no: str | None) -> Row:
        mine = personal_worker_id(self.ws)
        if staff_no is None or not staff_no.strip():
            if mine is None:
                raise UserError(
                    "This is an organisation's copy: say whose learning to pack (planner pack export STAFF_NO -o FILE)."
                )
            found = self._rows("SELECT * FROM workers WHERE id = ?", [mine])
        else:
            found = self._rows("SELECT * FROM workers WHERE staff_no = ?", [staff_no.strip()])
            if not found:
                raise UserError(f"There is no worker with staff number '{staff_no.strip()}'.")
        return found[0]

    def export_worker(
        self, path: Path, staff_no: str | None = None, share_reflections: bool = False, since_last: bool = False
    ) -> PackSummary:
        """Write a worker pack of one worker's learning (in a "Just me" copy, the worker's own)."""
        me = self._sender(staff_no)
        if me["staff_no"] == DEFAULT_STAFF_NO and personal_worker_id(self.ws) == me["id"]:
            raise UserError(
                "Your copy has no staff number yet: set the one your employer or fostering service gave you "
                "(My details… in the app), so that their copy can match the pack to you."
            )
        key = f"{LAST_SENT_KEY}:{me['id']}"
        since = self.ws.settings_repo.get(key) if since_last else None
        stamp = now_stamp()  # taken first: a change made while the pack is written is sent next time

        def newer(alias: str = "") -> str:
            # stamps are to the second: a change in the second the last pack was made goes again
            return f"{alias}updated_at >= ?" if since else "? IS NULL"

        wid = me["id"]
        completions = self._rows(
            f"SELECT c.*, m.code AS module_code FROM completions c JOIN modules m ON m.id = c.module_id "
            f"WHERE c.worker_id = ? AND {newer('c.')} ORDER BY c.completed_on",
            [wid, since],
        )
        entries = self._rows(
            f"SELECT e.*, m.code AS module_code FROM cpl_entries e LEFT JOIN modules m ON m.id = e.module_id "
            f"WHERE e.worker_id = ? AND {newer('e.')} ORDER BY e.occurred_on",
            [wid, since],
        )
        shared = 0
        for e in entries:
            has_words = any(str(e[c] or "").strip() for c in REFLECTION_COLUMNS)
            e["reflection_written"] = int(bool(e["reflection_written"]) or has_words)
            if share_reflections and has_words and e["deleted_at"] is None:
                e["reflection_shared"] = 1
                shared += 1
            else:
                e["reflection_shared"] = 0
                for c in REFLECTION_COLUMNS:
                    e[c] = ""
        links = self._rows(
            "SELECT l.* FROM cpl_evidence l JOIN cpl_entries e ON e.id = l.entry_id WHERE e.worker_id = ?", [wid]
        )
        sent_ids = {e["id"] for e in entries}
        links = [link for link in links if link["entry_id"] in sent_ids]
        evidence: dict[str, bytes] = {}
        missing: set[str] = set()
        for link in links:
            sha = str(link["sha256"])
            if sha in evidence or sha in missing:
                continue
            try:
                evidence[sha] = self.ws.evidence.path_for(sha).read_bytes()
            except OSError:
                missing.add(sha)
        links = [link for link in links if link["sha256"] in evidence]
        sessions = self._rows(
            f"SELECT * FROM supervision_sessions WHERE worker_id = ? AND {newer()} ORDER BY occurred_on", [wid, since]
        )
        for s in sessions:  # private notes and answers never leave the worker's copy
            for c in PRIVATE_SUPERVISION:
                s[c] = ""
        registration = self._rows(f"SELECT * FROM registrations WHERE worker_id = ? AND {newer()}", [wid, since])
        revalidations = self._rows(f"SELECT * FROM revalidations WHERE worker_id = ? AND {newer()}", [wid, since])
        for table in (completions, entries, sessions, registration, revalidations):
            for row in table:
                row.pop("worker_id", None)
                row.pop("module_id", None)
        data = {
            "worker": {k: me[k] for k in ("staff_no", "name", *WORKER_DETAILS, "updated_at")},
            "completions": completions,
            "cpl_entries": entries,
            "cpl_evidence": links,
            "supervision_sessions": sessions,
            "registrations": registration,
            "revalidations": revalidations,
        }
        about = {
            "created": stamp,
            "staff_no": me["staff_no"],
            "name": me["name"],
            "since": since,
            "share_reflections": bool(share_reflections),
        }
        size = write_pack(Path(path), packs.WORKER, about, data, evidence)
        self.ws.settings_repo.set(key, stamp)
        counts = {t: len(data[t]) for t in HISTORY}
        return PackSummary(Path(path), size, counts, len(evidence), len(missing), since, shared)

    def export_team(self, path: Path, team: str | None = None, staff_no: str | None = None) -> tuple[int, int]:
        """A team pack (the mapping, and each worker's roles and bookings); returns (workers, bytes)."""
        from planner.services.team_packs import export_team

        return export_team(self.ws, Path(path), team, staff_no)

    # -- the receiving side ---------------------------------------------------------------
    def preview(self, path: Path, as_staff_no: str | None = None) -> PackPlan:
        """Read and check a pack and work out what importing it would change: nothing is written."""
        pack = read_pack(Path(path))
        if pack.kind == packs.TEAM:
            from planner.services.team_packs import plan_team_pack

            return plan_team_pack(self.ws, pack, Path(path), as_staff_no)
        return self._plan_worker_pack(pack, Path(path))

    def apply(self, plan: PackPlan, remove_deleted: bool = False) -> PackResult:
        """Write what ``plan`` says, all or nothing (``remove_deleted``: also remove what the
        worker deleted)."""
        if plan.kind == packs.TEAM:
            from planner.services.team_packs import apply_team_pack

            return apply_team_pack(self.ws, plan)
        return self._apply_worker_pack(plan, remove_deleted)

    def _plan_worker_pack(self, pack: PackFile, path: Path) -> PackPlan:
        manifest = pack.manifest
        staff_no = str(manifest.get("staff_no") or "").strip()
        if not isinstance(pack.data, dict):
            raise UserError(f"records.json in {path.name} is not a worker's records: nothing was imported.")
        try:
            worker = self.ws.people_repo.worker_by_staff_no(staff_no)
        except NotFoundError:
            raise UserError(
                f"The pack is {manifest.get('name', 'a worker')}'s learning (staff number {staff_no or 'none'}), and "
                "no one here has that staff number: add them on People (or correct their staff number), then "
                "import the pack again. Nothing was imported."
            ) from None
        plan = PackPlan(packs.WORKER, path, manifest, worker.id, worker.name, evidence=dict(pack.evidence))
        schema = table_columns(self.conn)
        data = pack.data
        modules = dict(self.conn.execute("SELECT code, id FROM modules"))
        raw = {t: data.get(t, []) for t in (*HISTORY, "cpl_evidence")}
        codes: dict[str, dict[str, str | None]] = {}
        for table in ("completions", "cpl_entries"):
            if not isinstance(raw[table], list):
                raise UserError(f'"{table}" in {path.name} should be a list of records: nothing was imported.')
            codes[table] = {}
            for row in raw[table]:
                if isinstance(row, dict):
                    code = row.pop("module_code", None)
                    codes[table][str(row.get("id"))] = code if isinstance(code, str) else None
        rows = {t: read_rows(t, raw[t], schema) for t in raw}
        for t, table_rows in rows.items():
            check_dates(f"records.json: {t}", table_rows)
        for t in HISTORY:
            for row in rows[t]:
                row["worker_id"] = worker.id
        self._plan_completions(plan, rows["completions"], codes["completions"], modules)
        self._plan_entries(plan, rows["cpl_entries"], codes["cpl_entries"], modules)
        plan.rows["cpl_evidence"] = [
            r for r in rows["cpl_evidence"] if any(e["id"] == r["entry_id"] for e in plan.rows["cpl_entries"])
        ]
        missing_files = {r["sha256"] for r in plan.rows["cpl_evidence"]} - set(pack.evidence)
        if missing_files:
            raise UserError(f"{path.name} names evidence files it does not hold: the pack is incomplete.")
        self._plan_simple(plan, "supervision_sessions", rows["supervision_sessions"], ["id"])
        self._plan_simple(plan, "registrations", rows["registrations"], ["worker_id"])
        self._plan_simple(plan, "revalidations", rows["revalidations"], ["worker_id", "cycle_end"])
        self._plan_worker_details(plan, data.get("worker"), worker.id)
        if manifest.get("share_reflections"):
            shared = sum(1 for r in plan.rows["cpl_entries"] if r.get("reflection_shared"))
            plan.notes.append(f"The worker shared the words of {plural(shared, 'reflection')}.")
        else:
            plan.notes.append("The worker did not share the words of their reflections (only that they wrote them).")
        return plan

    def _here(self, table: str, keys: list[str], ids: list[tuple[Any, ...]]) -> dict[tuple[Any, ...], Row]:
        """The rows here with the keys of ``ids``: their owner, last change and deletion."""
        deleted = "deleted_at" if table in ("cpl_entries", "supervision_sessions") else "NULL AS deleted_at"
        where = " AND ".join(f'"{k}" = ?' for k in keys)
        sql = f'SELECT worker_id, updated_at, {deleted} FROM "{table}" WHERE {where}'
        out = {}
        for key in ids:
            found = self._rows(sql, key)
            if found:
                out[key] = found[0]
        return out

    def _label(self, table: str, row: Row) -> str:
        when = row.get("occurred_on") or row.get("completed_on") or row.get("cycle_end")
        day = f"{day_words(when)} " if when else ""
        what = row.get("title") or row.get("kind") or packs.KIND_WORDS[table][0]
        return f"{day}{what}".strip()

    def _classify(self, plan: PackPlan, table: str, rows: list[Row], keys: list[str]) -> list[Row]:
        """Changes for ``rows``; returns the rows to write (new or later than here)."""
        here = self._here(table, keys, [tuple(row[k] for k in keys) for row in rows])
        out: list[Row] = []
        for row in rows:
            local = here.get(tuple(row[k] for k in keys))
            label = self._label(table, row)
            if local is not None and local["worker_id"] != plan.worker_id:
                plan.changes.append(Change(table, SKIPPED, label, "a record with the same id is someone else's here"))
                continue
            if row.get("deleted_at"):
                if local is not None and local["deleted_at"] is None:
                    plan.changes.append(Change(table, DELETED, label))
                    plan.deleted.setdefault(table, []).append(str(row["id"]))
                continue
            action = compare(row.get("updated_at"), None if local is None else local["updated_at"])
            plan.changes.append(Change(table, action, label))
            if action != UNCHANGED:
                out.append(row)
        return out

    def _plan_simple(self, plan: PackPlan, table: str, rows: list[Row], keys: list[str]) -> None:
        plan.rows[table] = self._classify(plan, table, rows, keys)

    def _plan_completions(
        self, plan: PackPlan, rows: list[Row], codes: dict[str, str | None], modules: dict[str, str]
    ) -> None:
        here = {
            (m, d): i
            for i, m, d in self.conn.execute(
                "SELECT id, module_id, completed_on FROM completions WHERE worker_id = ?", [plan.worker_id]
            )
        }
        kept, skip = [], set()
        for row in rows:
            code = codes.get(str(row["id"]))
            module_id = modules.get(code or "")
            if module_id is None:
                skip.add(row["id"])
                plan.notes.append(
                    f"{self._label('completions', row)} completes {code}, a module this organisation does not have: "
                    "imported as learning, not as a completion."
                )
                continue
            row["module_id"] = module_id
            other = here.get((module_id, row["completed_on"]))
            if other is not None and other != row["id"]:
                skip.add(row["id"])
                plan.changes.append(
                    Change(
                        "completions",
                        SKIPPED,
                        f"{day_words(row['completed_on'])} {code}",
                        "already recorded here on that date (kept as recorded here)",
                    )
                )
                continue
            kept.append(row)
        plan.extra["skipped_completions"] = skip
        plan.rows["completions"] = self._classify(plan, "completions", kept, ["id"])

    def _plan_entries(
        self, plan: PackPlan, rows: list[Row], codes: dict[str, str | None], modules: dict[str, str]
    ) -> None:
        skip: set[Any] = plan.extra["skipped_completions"]
        kept = []
        for row in rows:
            ref = row.get("completion_ref") or row.get("completion_id")
            if ref in skip and modules.get(codes.get(str(row["id"])) or "") is not None:
                continue  # the same learning is recorded here already: not twice
            row["module_id"] = modules.get(codes.get(str(row["id"])) or "")
            if row["module_id"] is None or ref in skip:
                row["completion_id"] = row["completion_ref"] = None
            kept.append(row)
        plan.rows["cpl_entries"] = self._classify(plan, "cpl_entries", kept, ["id"])

    def _plan_worker_details(self, plan: PackPlan, sent: Any, worker_id: str) -> None:
        if not isinstance(sent, dict):
            return
        here = self._rows(f"SELECT {', '.join(WORKER_DETAILS)}, updated_at FROM workers WHERE id = ?", [worker_id])[0]
        details = {k: sent.get(k) for k in WORKER_DETAILS if isinstance(sent.get(k), str)}
        differs = any(details[k] != here[k] for k in details)
        if differs and compare(sent.get("updated_at"), here["updated_at"]) == UPDATED:
            plan.changes.append(Change("workers", UPDATED, "registration details"))
            plan.rows["workers"] = [{"id": worker_id, **details}]

    def _apply_worker_pack(self, plan: PackPlan, remove_deleted: bool) -> PackResult:
        from planner.services.learning import LearningService
        from planner.services.transfer import store_evidence

        created: list[Path] = []
        learning = LearningService(self.ws, self._today)
        removed = 0
        try:
            with self.ws.db.atomic():
                for row in plan.rows.get("workers", []):
                    sets = ", ".join(f"{k} = ?" for k in WORKER_DETAILS if k in row)
                    values = [row[k] for k in WORKER_DETAILS if k in row]
                    self.conn.execute(
                        f"UPDATE workers SET {sets}, updated_at = ? WHERE id = ?", [*values, now_stamp(), row["id"]]
                    )
                wanted = {r["sha256"] for r in plan.rows.get("cpl_evidence", [])}
                for sha in sorted(wanted):
                    content = plan.evidence[sha]
                    if store_evidence(self.ws.evidence.path_for(sha), content):
                        created.append(self.ws.evidence.path_for(sha))
                    self.conn.execute(
                        "INSERT OR IGNORE INTO evidence_files (sha256, size, created_at) VALUES (?, ?, ?)",
                        [sha, len(content), now_stamp()],
                    )
                upsert_rows(self.conn, "completions", plan.rows.get("completions", []), ["id"])
                entries = plan.rows.get("cpl_entries", [])
                upsert_rows(self.conn, "cpl_entries", entries, ["id"])
                self.conn.executemany("DELETE FROM cpl_evidence WHERE entry_id = ?", [(e["id"],) for e in entries])
                upsert_rows(self.conn, "cpl_evidence", plan.rows.get("cpl_evidence", []), ["id"])
                upsert_rows(self.conn, "supervision_sessions", plan.rows.get("supervision_sessions", []), ["id"])
                upsert_rows(self.conn, "registrations", plan.rows.get("registrations", []), ["worker_id"])
                upsert_rows(self.conn, "revalidations", plan.rows.get("revalidations", []), ["worker_id", "cycle_end"])
                if remove_deleted:
                    for entry_id in plan.deleted.get("cpl_entries", []):
                        learning.delete_entry(entry_id)
                        removed += 1
                    for session_id in plan.deleted.get("supervision_sessions", []):
                        learning.delete_session(session_id)
                        removed += 1
                result = PackResult(
                    plan.count(NEW),
                    plan.count(UPDATED),
                    removed,
                    0 if remove_deleted else plan.count(DELETED),
                    len(created),
                )
                self.ws.audit_repo.record(
                    _actor(), "import", "pack", str(plan.manifest.get("created", "")), plan.worker_id, result.describe()
                )
        except BaseException as exc:
            for p in created:
                p.unlink(missing_ok=True)
            if isinstance(exc, sqlite3.IntegrityError):
                raise UserError(
                    f"The pack's records clash with the rules of this database ({exc}): nothing was imported."
                ) from None
            raise
        return result
