"""Certificates issued, by verification code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from planner.storage.base import Repository
from planner.storage.database import now_stamp


@dataclass(frozen=True)
class IssuedCertificate:
    code: str
    completion_id: str | None
    worker_id: str
    digest: str
    summary: dict[str, Any]
    issued_at: str


class CertificateRepository(Repository):
    def _row(self, r: tuple[Any, ...]) -> IssuedCertificate:
        return IssuedCertificate(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5])

    def by_code(self, code: str) -> IssuedCertificate | None:
        row = self.db.conn.execute(
            "SELECT code, COALESCE(completion_id, completion_ref), worker_id, digest, summary, issued_at "
            "FROM certificates WHERE code = ?",
            [code],
        ).fetchone()
        return self._row(row) if row else None

    def for_completion(self, completion_id: str) -> list[IssuedCertificate]:
        """Every certificate issued for a completion (kept while it is deleted), oldest first."""
        return [
            self._row(r)
            for r in self.db.conn.execute(
                "SELECT code, completion_ref, worker_id, digest, summary, issued_at FROM certificates "
                "WHERE completion_ref = ? ORDER BY issued_at, code",
                [completion_id],
            )
        ]

    def add(
        self,
        code: str,
        completion_id: str,
        worker_id: str,
        digest: str,
        summary: dict[str, Any],
        issued_at: str | None = None,
    ) -> None:
        """Record an issued code; ``issued_at`` is an ISO timestamp with its zone (now if None)."""
        self.db.execute(
            "INSERT INTO certificates (code, completion_id, completion_ref, worker_id, digest, summary, issued_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                code,
                completion_id,
                completion_id,
                worker_id,
                digest,
                json.dumps(summary, ensure_ascii=False),
                issued_at or now_stamp(),
            ],
        )

    def relink(self, completion_id: str) -> None:
        """A deleted completion is back (undo): its certificates point at it again."""
        self.db.execute(
            "UPDATE certificates SET completion_id = ? WHERE completion_ref = ?", [completion_id, completion_id]
        )
