"""What every repository shares: the connection, inserts and updates with friendly errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from planner.core.i18n import fill, translate
from planner.storage.database import Database, StorageError, now_stamp
from planner.storage.errors import DuplicateError, InUseError, NotFoundError


def new_id() -> str:
    import uuid  # only when something is written (its import costs start-up time)

    return str(uuid.uuid4())


def required(value: Any, message: str) -> Any:
    """The value, stripped if text; a StorageError with ``message`` if it is missing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise StorageError(message)
    return value.strip() if isinstance(value, str) else value


class Repository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _insert(self, table: str, row: Mapping[str, Any], duplicate: str) -> None:
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        try:
            self.db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc):
                raise DuplicateError(duplicate) from exc
            raise

    def _update(self, table: str, record_id: str, row: Mapping[str, Any], duplicate: str = "") -> None:
        if not row:
            return
        sets = ", ".join(f"{k} = ?" for k in row)
        try:
            cur = self.db.execute(
                f"UPDATE {table} SET {sets}, updated_at = ? WHERE id = ?",
                [*row.values(), now_stamp(), record_id],
            )
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc) and duplicate:
                raise DuplicateError(duplicate) from exc
            raise
        if cur.rowcount == 0:
            raise NotFoundError(fill(translate("base", "That record no longer exists (%1)."), table))

    def _touch(self, table: str, record_id: str) -> None:
        self.db.execute(f"UPDATE {table} SET updated_at = ? WHERE id = ?", [now_stamp(), record_id])

    def _require(self, table: str, record_id: str) -> None:
        if self.db.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone() is None:
            raise NotFoundError(fill(translate("base", "That record no longer exists (%1)."), table))

    def _delete(self, table: str, record_id: str) -> None:
        try:
            cur = self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
        except sqlite3.IntegrityError as exc:
            if "FOREIGN KEY" in str(exc):
                raise InUseError(translate("base", "Other records depend on this one. Retire it instead.")) from exc
            raise
        if cur.rowcount == 0:
            raise NotFoundError(fill(translate("base", "That record no longer exists (%1)."), table))
