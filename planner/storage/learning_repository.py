"""CPL entries, supervision sessions, registrations, the audit log and autosaved drafts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from planner.core.cpl import CplEntry
from planner.core.regulators import Registration
from planner.core.supervision import SupervisionSession
from planner.storage.base import Repository, new_id
from planner.storage.database import now_stamp
from planner.storage.errors import NotFoundError

ENTRY_FIELDS = ("occurred_on", "title", "kind", "provider", "hours", "participatory", "module_id",
                "frameworks", "sssc_elements", "topics", "learned", "practice_change", "prompt",
                "prompt_response")
SESSION_FIELDS = ("occurred_on", "kind", "minutes", "supervisor", "topics", "private_notes", "prompt",
                  "prompt_response")
ENTRY_LISTS = ("frameworks", "sssc_elements", "topics")  # stored as JSON lists


def _to_row(fields: Mapping[str, Any], allowed: Iterable[str], lists: Iterable[str] = ()) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key in allowed:
        if key not in fields:
            continue
        value = fields[key]
        if key in lists:
            value = json.dumps(list(value))
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        elif value is None and key not in ("module_id",):
            value = ""
        row[key] = value
    return row


class CplRepository(Repository):
    _COLUMNS = ("id, occurred_on, title, kind, hours, participatory, provider, module_id, frameworks, "
                "sssc_elements, topics, learned, practice_change, prompt, prompt_response, "
                "(SELECT COUNT(*) FROM cpl_evidence ev WHERE ev.entry_id = cpl_entries.id)")

    @staticmethod
    def _entry(r: tuple[Any, ...]) -> CplEntry:
        return CplEntry(
            id=r[0], occurred_on=date.fromisoformat(r[1]), title=r[2], kind=r[3], hours=r[4],
            participatory=bool(r[5]), provider=r[6], module_id=r[7], frameworks=tuple(json.loads(r[8])),
            sssc_elements=tuple(json.loads(r[9])), topics=tuple(json.loads(r[10])), learned=r[11],
            practice_change=r[12], prompt=r[13], prompt_response=r[14], evidence_count=r[15],
        )

    def entries(self, worker_id: str) -> list[CplEntry]:
        rows = self.db.conn.execute(
            f"SELECT {self._COLUMNS} FROM cpl_entries WHERE worker_id = ? AND deleted_at IS NULL "
            "ORDER BY occurred_on DESC, created_at DESC", [worker_id])
        return [self._entry(r) for r in rows]

    def entry(self, entry_id: str, include_deleted: bool = False) -> CplEntry:
        sql = f"SELECT {self._COLUMNS} FROM cpl_entries WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        row = self.db.conn.execute(sql, [entry_id]).fetchone()
        if row is None:
            raise NotFoundError("That learning entry no longer exists.")
        return self._entry(row)

    def owner(self, entry_id: str) -> tuple[str, str | None]:
        """(worker id, completion id) of an entry, deleted or not."""
        row = self.db.conn.execute("SELECT worker_id, completion_id FROM cpl_entries WHERE id = ?", [entry_id]).fetchone()
        if row is None:
            raise NotFoundError("That learning entry no longer exists.")
        return row[0], row[1]

    def add(self, worker_id: str, fields: Mapping[str, Any]) -> str:
        entry_id = new_id()
        stamp = now_stamp()
        row = _to_row(fields, ENTRY_FIELDS, ENTRY_LISTS)
        row.update(id=entry_id, worker_id=worker_id, created_at=stamp, updated_at=stamp)
        self._insert("cpl_entries", row, "That entry already exists.")
        return entry_id

    def update(self, entry_id: str, fields: Mapping[str, Any]) -> None:
        self._update("cpl_entries", entry_id, _to_row(fields, ENTRY_FIELDS, ENTRY_LISTS))

    def set_completion(self, entry_id: str, completion_id: str | None) -> None:
        self.db.execute("UPDATE cpl_entries SET completion_id = ? WHERE id = ?", [completion_id, entry_id])

    def mark_deleted(self, entry_id: str, deleted: bool) -> None:
        self._update("cpl_entries", entry_id, {"deleted_at": now_stamp() if deleted else None})

    # evidence links
    def link_evidence(self, entry_id: str, sha256: str, size: int, original_name: str) -> str:
        stamp = now_stamp()
        self.db.execute("INSERT OR IGNORE INTO evidence_files (sha256, size, created_at) VALUES (?, ?, ?)",
                        [sha256, size, stamp])
        link_id = new_id()
        self.db.execute(
            "INSERT INTO cpl_evidence (id, entry_id, sha256, original_name, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [link_id, entry_id, sha256, original_name, stamp, stamp])
        return link_id

    def unlink_evidence(self, link_id: str) -> None:
        self.db.execute("DELETE FROM cpl_evidence WHERE id = ?", [link_id])

    def evidence(self, entry_id: str) -> list[tuple[str, str, str, int]]:
        """(link id, original name, sha256, size) for each file attached to an entry."""
        return [tuple(r) for r in self.db.conn.execute(  # type: ignore[misc]
            "SELECT l.id, l.original_name, l.sha256, f.size FROM cpl_evidence l "
            "JOIN evidence_files f ON f.sha256 = l.sha256 WHERE l.entry_id = ? ORDER BY l.created_at", [entry_id])]

    def unused_evidence(self) -> list[str]:
        return [r[0] for r in self.db.conn.execute(
            "SELECT sha256 FROM evidence_files WHERE sha256 NOT IN (SELECT sha256 FROM cpl_evidence)")]

    def forget_evidence(self, sha256: str) -> None:
        self.db.execute("DELETE FROM evidence_files WHERE sha256 = ?", [sha256])

    def purge_deleted(self, older_than: timedelta) -> int:
        """Remove entries deleted long enough ago that no session can still undo them."""
        cutoff = (datetime.now(UTC) - older_than).isoformat(timespec="seconds")
        cur = self.db.execute("DELETE FROM cpl_entries WHERE deleted_at IS NOT NULL AND deleted_at < ?", [cutoff])
        self.db.execute("DELETE FROM supervision_sessions WHERE deleted_at IS NOT NULL AND deleted_at < ?", [cutoff])
        return cur.rowcount


class SupervisionRepository(Repository):
    _COLUMNS = "id, occurred_on, kind, minutes, supervisor, topics, private_notes, prompt, prompt_response"

    @staticmethod
    def _session(r: tuple[Any, ...]) -> SupervisionSession:
        return SupervisionSession(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8])

    def sessions(self, worker_id: str) -> list[SupervisionSession]:
        rows = self.db.conn.execute(
            f"SELECT {self._COLUMNS} FROM supervision_sessions WHERE worker_id = ? AND deleted_at IS NULL "
            "ORDER BY occurred_on DESC, created_at DESC", [worker_id])
        return [self._session(r) for r in rows]

    def owner(self, session_id: str) -> str:
        row = self.db.conn.execute("SELECT worker_id FROM supervision_sessions WHERE id = ?", [session_id]).fetchone()
        if row is None:
            raise NotFoundError("That supervision session no longer exists.")
        return str(row[0])

    def dates_by_worker(self, worker_ids: Iterable[str] | None = None) -> dict[str, list[date]]:
        out: dict[str, list[date]] = {}
        ids = set(worker_ids) if worker_ids is not None else None
        for worker_id, when in self.db.conn.execute(
                "SELECT worker_id, occurred_on FROM supervision_sessions WHERE deleted_at IS NULL"):
            if ids is None or worker_id in ids:
                out.setdefault(worker_id, []).append(date.fromisoformat(when))
        return out

    def add(self, worker_id: str, fields: Mapping[str, Any]) -> str:
        session_id = new_id()
        stamp = now_stamp()
        row = _to_row(fields, SESSION_FIELDS)
        row.update(id=session_id, worker_id=worker_id, created_at=stamp, updated_at=stamp)
        self._insert("supervision_sessions", row, "That session already exists.")
        return session_id

    def update(self, session_id: str, fields: Mapping[str, Any]) -> None:
        self._update("supervision_sessions", session_id, _to_row(fields, SESSION_FIELDS))

    def mark_deleted(self, session_id: str, deleted: bool) -> None:
        self._update("supervision_sessions", session_id, {"deleted_at": now_stamp() if deleted else None})


class RegistrationRepository(Repository):
    def get(self, worker_id: str) -> Registration:
        row = self.db.conn.execute(
            "SELECT declaration_on, career_pathway, funded_elc, revalidation_on, signoff_on FROM registrations "
            "WHERE worker_id = ?", [worker_id]).fetchone()
        if row is None:
            return Registration()
        d = lambda v: date.fromisoformat(v) if v else None  # noqa: E731
        return Registration(declaration_on=d(row[0]), career_pathway=row[1], funded_elc=bool(row[2]),
                            revalidation_on=d(row[3]), signoff_on=d(row[4]))

    def save(self, worker_id: str, reg: Registration) -> None:
        stamp = now_stamp()
        iso = lambda v: v.isoformat() if v else None  # noqa: E731
        self.db.execute(
            "INSERT INTO registrations (worker_id, declaration_on, career_pathway, funded_elc, revalidation_on, "
            "signoff_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(worker_id) DO UPDATE SET declaration_on = excluded.declaration_on, "
            "career_pathway = excluded.career_pathway, funded_elc = excluded.funded_elc, "
            "revalidation_on = excluded.revalidation_on, signoff_on = excluded.signoff_on, "
            "updated_at = excluded.updated_at",
            [worker_id, iso(reg.declaration_on), reg.career_pathway, int(reg.funded_elc), iso(reg.revalidation_on),
             iso(reg.signoff_on), stamp, stamp])


class AuditRepository(Repository):
    def record(self, actor: str, action: str, entity: str, entity_id: str, worker_id: str | None,
               summary: str = "") -> None:
        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, worker_id, summary) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [now_stamp(), actor, action, entity, entity_id, worker_id, summary])

    def entries(self, worker_id: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        sql = "SELECT at, actor, action, entity, entity_id, worker_id, summary FROM audit_log"
        params: list[Any] = []
        if worker_id:
            sql += " WHERE worker_id = ?"
            params.append(worker_id)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        keys = ("at", "actor", "action", "entity", "entity_id", "worker_id", "summary")
        return [dict(zip(keys, r, strict=True)) for r in self.db.conn.execute(sql, params)]


class DraftRepository(Repository):
    def save(self, key: str, payload: Mapping[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO drafts (key, payload, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
            [key, json.dumps(payload, ensure_ascii=False), now_stamp()])

    def load(self, key: str) -> dict[str, Any] | None:
        row = self.db.conn.execute("SELECT payload FROM drafts WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else None

    def clear(self, key: str) -> None:
        self.db.execute("DELETE FROM drafts WHERE key = ?", [key])
