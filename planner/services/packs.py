"""Exchange packs between a worker's own copy and their organisation's (see ``core/packs.py``).

A worker pack goes worker -> manager: ``export_worker`` writes it; ``preview`` reads and checks
any pack and works out what importing it would change (nothing is written); ``apply`` writes
exactly that plan in one transaction. Records keep their ids on both sides, so a pack imported
twice changes nothing, and an edited record replaces the older by ``updated_at``. A record the
worker deleted is listed and removed here only when the importer confirms (``remove_deleted``).

Team packs (manager -> worker) are in ``team_packs.py``; both share ``PackPlan``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from planner.core import packs
from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.packs import PRIVATE_SUPERVISION, REFLECTION_COLUMNS, WORKER_DETAILS
from planner.services.pack_files import read_pack, write_pack
from planner.services.pack_plan import HISTORY, PackPlan, PackResult, PackSummary
from planner.services.personal import DEFAULT_STAFF_NO, personal_worker_id
from planner.services.transfer_schema import Row, query_rows
from planner.services.workspace import Workspace
from planner.storage.database import now_stamp

LAST_SENT_KEY = "pack_last_sent"
LAST_SHARED_KEY = "pack_last_shared"  # whether the last pack shared reflections' words


class _Rehearsed(Exception):
    """Raised to roll back a rehearsal that went through."""


class PackService:
    def __init__(self, ws: Workspace, today: date | None = None) -> None:
        self.ws = ws
        self._today = today

    @property
    def conn(self) -> sqlite3.Connection:
        return self.ws.db.conn

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        return query_rows(self.conn, sql, params)

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
                    translate(
                        "packs",
                        "This is an organisation's copy: say whose learning to pack (planner pack export STAFF_NO "
                        "-o FILE).",
                    )
                )
            found = self._rows("SELECT * FROM workers WHERE id = ?", [mine])
        else:
            found = self._rows("SELECT * FROM workers WHERE staff_no = ?", [staff_no.strip()])
            if not found:
                raise UserError(
                    fill(translate("packs", "There is no worker with staff number '%1'."), staff_no.strip())
                )
        return found[0]

    def export_worker(
        self, path: Path, staff_no: str | None = None, share_reflections: bool = False, since_last: bool = False
    ) -> PackSummary:
        """Write a worker pack of one worker's learning (in a "Just me" copy, the worker's own)."""
        me = self._sender(staff_no)
        if me["staff_no"] == DEFAULT_STAFF_NO and personal_worker_id(self.ws) == me["id"]:
            raise UserError(
                translate(
                    "packs",
                    "Your copy has no staff number yet: set the one your employer or fostering service gave "
                    "you (My details… in the app), so that their copy can match the pack to you.",
                )
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
        # A change of mind about sharing reaches the other copy even for entries not edited since:
        # every entry with a reflection goes again when the choice differs from the last pack's.
        shared_key = f"{LAST_SHARED_KEY}:{me['id']}"
        choice_changed = since is not None and (self.ws.settings_repo.get(shared_key) == "1") != share_reflections
        entries = self._rows(
            f"SELECT e.*, m.code AS module_code FROM cpl_entries e LEFT JOIN modules m ON m.id = e.module_id "
            f"WHERE e.worker_id = ? AND ({newer('e.')} OR (? AND (e.reflection_written = 1 OR e.learned <> '' "
            "OR e.practice_change <> '' OR e.prompt_response <> ''))) ORDER BY e.occurred_on",
            [wid, since, int(choice_changed)],
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
        self.ws.settings_repo.set(shared_key, "1" if share_reflections else "0")
        counts = {t: len(data[t]) for t in HISTORY}
        return PackSummary(Path(path), size, counts, len(evidence), len(missing), since, shared)

    def export_team(self, path: Path, team: str | None = None, staff_no: str | None = None) -> tuple[int, int]:
        """A team pack (the mapping, and each worker's roles and bookings); returns (workers, bytes)."""
        from planner.services.team_packs import export_team

        return export_team(self.ws, Path(path), team, staff_no)

    # -- the receiving side ---------------------------------------------------------------
    def preview(self, path: Path, as_staff_no: str | None = None) -> PackPlan:
        """Read and check a pack and work out what importing it would change; the import is
        rehearsed and rolled back, so that a pack the database would refuse is refused here,
        with its reason, and not only when it is imported. Nothing is kept."""
        pack = read_pack(Path(path))
        if pack.kind == packs.TEAM:
            from planner.services.team_packs import plan_team_pack

            plan = plan_team_pack(self.ws, pack, Path(path), as_staff_no)
        else:
            from planner.services.worker_packs import WorkerPackImport

            plan = WorkerPackImport(self.ws, self._today).plan(pack, Path(path))
        if plan.changes_anything and not self.ws.read_only:
            try:
                with self.ws.db.atomic():
                    self._write(plan, remove_deleted=True, store_files=False)
                    raise _Rehearsed
            except _Rehearsed:
                pass
        return plan

    def apply(self, plan: PackPlan, remove_deleted: bool = False, same_person: bool = False) -> PackResult:
        """Write what ``plan`` says, all or nothing (``remove_deleted``: also remove what the
        worker deleted). A plan with a warning (the pack's name is not the name here) is
        written only when the importer says it is the same person (``same_person``)."""
        if plan.warning and not same_person:
            raise UserError(
                fill(
                    translate(
                        "packs",
                        "Not imported: %1 If they are, import it again saying so (planner pack import FILE "
                        "--same-person).",
                    ),
                    plan.warning,
                )
            )
        return self._write(plan, remove_deleted)

    def _write(self, plan: PackPlan, remove_deleted: bool, store_files: bool = True) -> PackResult:
        if plan.kind == packs.TEAM:
            from planner.services.team_packs import apply_team_pack

            return apply_team_pack(self.ws, plan)
        from planner.services.worker_packs import WorkerPackImport

        return WorkerPackImport(self.ws, self._today).apply(plan, remove_deleted, store_files)
