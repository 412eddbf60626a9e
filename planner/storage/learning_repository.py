"""CPL entries, supervision sessions, registrations, the audit log and autosaved drafts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from planner.core.cpl import CplEntry
from planner.core.i18n import translate
from planner.core.regulators import Registration, Revalidation
from planner.core.supervision import SupervisionSession
from planner.storage.base import Repository, new_id
from planner.storage.database import now_stamp
from planner.storage.errors import NotFoundError

ENTRY_FIELDS = (
    "occurred_on",
    "title",
    "kind",
    "provider",
    "hours",
    "participatory",
    "module_id",
    "frameworks",
    "sssc_elements",
    "topics",
    "learned",
    "practice_change",
    "prompt",
    "prompt_response",
    "reflective_account",
    "source",
    "reflection_written",
)
SESSION_FIELDS = (
    "occurred_on",
    "kind",
    "minutes",
    "supervisor",
    "topics",
    "private_notes",
    "prompt",
    "prompt_response",
)
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
    """The worker's one learning history. An entry that completes a catalogue module is linked
    to that completion (``completion_id``); ``completion_ref`` keeps the completion's id while
    the entry is deleted, so that undoing the delete restores the same completion."""

    _COLUMNS = (
        "id, occurred_on, title, kind, hours, participatory, provider, module_id, frameworks, "
        "sssc_elements, topics, learned, practice_change, prompt, prompt_response, "
        "(SELECT COUNT(*) FROM cpl_evidence ev WHERE ev.entry_id = cpl_entries.id), "
        "reflective_account, completion_id, source, reflection_written, reflection_shared"
    )

    @staticmethod
    def _entry(r: tuple[Any, ...]) -> CplEntry:
        return CplEntry(
            id=r[0],
            occurred_on=date.fromisoformat(r[1]),
            title=r[2],
            kind=r[3],
            hours=r[4],
            participatory=bool(r[5]),
            provider=r[6],
            module_id=r[7],
            frameworks=tuple(json.loads(r[8])),
            sssc_elements=tuple(json.loads(r[9])),
            topics=tuple(json.loads(r[10])),
            learned=r[11],
            practice_change=r[12],
            prompt=r[13],
            prompt_response=r[14],
            evidence_count=r[15],
            reflective_account=bool(r[16]),
            completion_id=r[17],
            source=r[18],
            reflection_written=bool(r[19]),
            reflection_shared=bool(r[20]),
        )

    def entries(self, worker_id: str) -> list[CplEntry]:
        rows = self.db.conn.execute(
            f"SELECT {self._COLUMNS} FROM cpl_entries WHERE worker_id = ? AND deleted_at IS NULL "
            "ORDER BY occurred_on DESC, created_at DESC",
            [worker_id],
        )
        return [self._entry(r) for r in rows]

    def entries_by_worker(self, worker_ids: Iterable[str], since: date | None = None) -> dict[str, list[CplEntry]]:
        """The entries of several workers (on or after ``since``), grouped by worker."""
        out: dict[str, list[CplEntry]] = {}
        ids = list(worker_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            sql = (
                f"SELECT worker_id, {self._COLUMNS} FROM cpl_entries WHERE deleted_at IS NULL "
                f"AND worker_id IN ({', '.join('?' for _ in chunk)})"
            )
            params: list[Any] = list(chunk)
            if since is not None:
                sql += " AND occurred_on >= ?"
                params.append(since.isoformat())
            for r in self.db.conn.execute(sql, params):
                out.setdefault(r[0], []).append(self._entry(r[1:]))
        return out

    def module_entries(self) -> dict[tuple[str, str, date], tuple[str, float]]:
        """(worker, module, date) -> (entry id, hours) of every learning entry that is a module's
        completion: what an import of completions compares with."""
        rows = self.db.conn.execute(
            "SELECT worker_id, module_id, occurred_on, id, hours FROM cpl_entries "
            "WHERE module_id IS NOT NULL AND deleted_at IS NULL"
        )
        return {(w, m, date.fromisoformat(d)): (i, float(h or 0)) for w, m, d, i, h in rows}

    def entry_for_completion(self, completion_id: str, include_deleted: bool = False) -> str | None:
        """The id of the entry that is this completion, if any."""
        sql = "SELECT id FROM cpl_entries WHERE completion_ref = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        row = self.db.conn.execute(sql + " ORDER BY deleted_at IS NOT NULL LIMIT 1", [completion_id]).fetchone()
        return row[0] if row else None

    def entry(self, entry_id: str, include_deleted: bool = False) -> CplEntry:
        sql = f"SELECT {self._COLUMNS} FROM cpl_entries WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        row = self.db.conn.execute(sql, [entry_id]).fetchone()
        if row is None:
            raise NotFoundError(translate("learning_repository", "That learning entry no longer exists."))
        return self._entry(row)

    def owner(self, entry_id: str) -> tuple[str, str | None]:
        """(worker id, completion id) of an entry, deleted or not: the id of the completion it is,
        kept while it is deleted."""
        row = self.db.conn.execute(
            "SELECT worker_id, COALESCE(completion_id, completion_ref) FROM cpl_entries WHERE id = ?", [entry_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(translate("learning_repository", "That learning entry no longer exists."))
        return row[0], row[1]

    def add(self, worker_id: str, fields: Mapping[str, Any], entry_id: str | None = None) -> str:
        entry_id = entry_id or new_id()
        stamp = now_stamp()
        row = _to_row(fields, ENTRY_FIELDS, ENTRY_LISTS)
        row.update(id=entry_id, worker_id=worker_id, created_at=stamp, updated_at=stamp)
        self._insert("cpl_entries", row, "That entry already exists.")
        return entry_id

    def update(self, entry_id: str, fields: Mapping[str, Any]) -> None:
        self._update("cpl_entries", entry_id, _to_row(fields, ENTRY_FIELDS, ENTRY_LISTS))

    def set_completion(self, entry_id: str, completion_id: str | None, keep_ref: bool = False) -> None:
        """Link the entry to a completion (or unlink it). ``keep_ref`` remembers the completion's
        id while the entry is deleted, so undo can restore the same record."""
        if keep_ref:
            self.db.execute("UPDATE cpl_entries SET completion_id = ? WHERE id = ?", [completion_id, entry_id])
        else:
            self.db.execute(
                "UPDATE cpl_entries SET completion_id = ?, completion_ref = ? WHERE id = ?",
                [completion_id, completion_id, entry_id],
            )

    def mark_deleted(self, entry_id: str, deleted: bool) -> None:
        self._update("cpl_entries", entry_id, {"deleted_at": now_stamp() if deleted else None})

    # evidence links
    def link_evidence(self, entry_id: str, sha256: str, size: int, original_name: str) -> str:
        stamp = now_stamp()
        self.db.execute(
            "INSERT OR IGNORE INTO evidence_files (sha256, size, created_at) VALUES (?, ?, ?)", [sha256, size, stamp]
        )
        link_id = new_id()
        self.db.execute(
            "INSERT INTO cpl_evidence (id, entry_id, sha256, original_name, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [link_id, entry_id, sha256, original_name, stamp, stamp],
        )
        return link_id

    def unlink_evidence(self, link_id: str) -> None:
        self.db.execute("DELETE FROM cpl_evidence WHERE id = ?", [link_id])

    def evidence(self, entry_id: str) -> list[tuple[str, str, str, int]]:
        """(link id, original name, sha256, size) for each file attached to an entry."""
        return [
            tuple(r)
            for r in self.db.conn.execute(
                "SELECT l.id, l.original_name, l.sha256, f.size FROM cpl_evidence l "
                "JOIN evidence_files f ON f.sha256 = l.sha256 WHERE l.entry_id = ? ORDER BY l.created_at",
                [entry_id],
            )
        ]

    def unused_evidence(self) -> list[str]:
        return [
            r[0]
            for r in self.db.conn.execute(
                "SELECT sha256 FROM evidence_files WHERE sha256 NOT IN (SELECT sha256 FROM cpl_evidence)"
            )
        ]

    def stored_evidence(self) -> dict[str, str]:
        """Each evidence file the records know, with a name a person recognises."""
        rows = self.db.conn.execute(
            "SELECT f.sha256, COALESCE(MIN(l.original_name), '') FROM evidence_files f "
            "LEFT JOIN cpl_evidence l ON l.sha256 = f.sha256 GROUP BY f.sha256"
        )
        return {sha: name or sha[:12] for sha, name in rows}

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
            "ORDER BY occurred_on DESC, created_at DESC",
            [worker_id],
        )
        return [self._session(r) for r in rows]

    def owner(self, session_id: str) -> str:
        row = self.db.conn.execute("SELECT worker_id FROM supervision_sessions WHERE id = ?", [session_id]).fetchone()
        if row is None:
            raise NotFoundError(translate("learning_repository", "That supervision session no longer exists."))
        return str(row[0])

    def dates_by_worker(self, worker_ids: Iterable[str] | None = None) -> dict[str, list[date]]:
        out: dict[str, list[date]] = {}
        sql = "SELECT worker_id, occurred_on FROM supervision_sessions WHERE deleted_at IS NULL"
        if worker_ids is None:
            rows = self.db.conn.execute(sql)
        else:  # a few workers: through the worker index, not the whole table
            rows = self.db.conn.execute(
                sql + " AND worker_id IN (SELECT value FROM json_each(?))", [json.dumps(list(worker_ids))]
            )
        for worker_id, when in rows:
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


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class RegistrationRepository(Repository):
    _DATES = (
        "declaration_on",
        "revalidation_on",
        "signoff_on",
        "applied_on",
        "registered_on",
        "details_updated_on",
        "prd_on",
    )
    _FLAGS = ("funded_elc", "snct", "associate")

    def get(self, worker_id: str) -> Registration:
        cols = (*self._DATES, *self._FLAGS, "career_pathway")
        row = self.db.conn.execute(
            f"SELECT {', '.join(cols)} FROM registrations WHERE worker_id = ?", [worker_id]
        ).fetchone()
        if row is None:
            return Registration()
        return self._from_values(dict(zip(cols, row, strict=True)))

    @classmethod
    def _from_values(cls, values: Mapping[str, Any]) -> Registration:
        """A Registration from a row's values by column name."""
        # Typed as Any: the field names come from _DATES and _FLAGS, which mypy cannot match to
        # Registration's parameters one by one.
        fields: dict[str, Any] = {k: _d(values[k]) for k in cls._DATES}
        fields.update({k: bool(values[k]) for k in cls._FLAGS})
        return Registration(**fields, career_pathway=values["career_pathway"])

    def save(self, worker_id: str, reg: Registration) -> None:
        stamp = now_stamp()
        cols = (*self._DATES, *self._FLAGS, "career_pathway")
        values = [_iso(getattr(reg, k)) for k in self._DATES] + [int(getattr(reg, k)) for k in self._FLAGS]
        values.append(reg.career_pathway)
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols)
        self.db.execute(
            f"INSERT INTO registrations (worker_id, {', '.join(cols)}, created_at, updated_at) "
            f"VALUES (?, {', '.join('?' for _ in cols)}, ?, ?) "
            f"ON CONFLICT(worker_id) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
            [worker_id, *values, stamp, stamp],
        )

    def by_worker(self, worker_ids: Iterable[str]) -> dict[str, Registration]:
        ids = set(worker_ids)
        cols = ("worker_id", *self._DATES, *self._FLAGS, "career_pathway")
        out = {}
        for row in self.db.conn.execute(f"SELECT {', '.join(cols)} FROM registrations"):
            if row[0] in ids:
                out[row[0]] = self._from_values(dict(zip(cols, row, strict=True)))
        return out


class RevalidationRepository(Repository):
    """NMC revalidation checklists, one per worker and cycle (the date the cycle ends)."""

    _COLS = (
        "practice_hours",
        "dual_registration",
        "feedback",
        "discussion_on",
        "discussion_with",
        "confirmer",
        "confirmed_on",
        "health_character",
        "indemnity",
    )

    def get(self, worker_id: str, cycle_end: date) -> Revalidation:
        row = self.db.conn.execute(
            f"SELECT {', '.join(self._COLS)} FROM revalidations WHERE worker_id = ? AND cycle_end = ?",
            [worker_id, cycle_end.isoformat()],
        ).fetchone()
        if row is None:
            return Revalidation(cycle_end)
        return Revalidation(
            cycle_end,
            practice_hours=row[0],
            dual_registration=bool(row[1]),
            feedback=row[2],
            discussion_on=_d(row[3]),
            discussion_with=row[4],
            confirmer=row[5],
            confirmed_on=_d(row[6]),
            health_character=bool(row[7]),
            indemnity=bool(row[8]),
        )

    def save(self, worker_id: str, rv: Revalidation) -> None:
        stamp = now_stamp()
        values = [
            rv.practice_hours,
            int(rv.dual_registration),
            rv.feedback,
            _iso(rv.discussion_on),
            rv.discussion_with,
            rv.confirmer,
            _iso(rv.confirmed_on),
            int(rv.health_character),
            int(rv.indemnity),
        ]
        updates = ", ".join(f"{c} = excluded.{c}" for c in self._COLS)
        self.db.execute(
            f"INSERT INTO revalidations (worker_id, cycle_end, {', '.join(self._COLS)}, created_at, updated_at) "
            f"VALUES (?, ?, {', '.join('?' for _ in self._COLS)}, ?, ?) "
            f"ON CONFLICT(worker_id, cycle_end) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
            [worker_id, rv.cycle_end.isoformat(), *values, stamp, stamp],
        )


class AuditRepository(Repository):
    def record(
        self, actor: str, action: str, entity: str, entity_id: str, worker_id: str | None, summary: str = ""
    ) -> None:
        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, worker_id, summary) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now_stamp(), actor, action, entity, entity_id, worker_id, summary],
        )

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
            [key, json.dumps(payload, ensure_ascii=False), now_stamp()],
        )

    def load(self, key: str) -> dict[str, Any] | None:
        row = self.db.conn.execute("SELECT payload FROM drafts WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else None

    def clear(self, key: str) -> None:
        self.db.execute("DELETE FROM drafts WHERE key = ?", [key])
