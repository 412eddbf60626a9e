"""Opening the database: pragmas, numbered migrations, a copy aside before migrating.

Problems a person can act on (locked, damaged, written by a newer version, disk full) are
raised as :class:`StorageError` with a message to show; anything else is a bug.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from sqlite_utils import Database

from planner.core.errors import UserError

BUSY_TIMEOUT_MS = 10_000


class StorageError(UserError):
    """A known problem with the database, with a message meant for the user."""


class NewerDatabaseError(StorageError):
    pass


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrations() -> list[Migration]:
    """The numbered schema migrations shipped under ``db/`` (``planner._migrations``)."""
    found = []
    for entry in resources.files("planner._migrations").iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.number)
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n without gaps: {numbers}")
    return found


def schema_version() -> int:
    return len(migrations())


def _connect(path: Path | None) -> Database:
    if path is None:
        conn = sqlite3.connect(":memory:", timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn)
    try:
        if path is not None:
            db.query("PRAGMA journal_mode=WAL").__next__()
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StorageError(_explain(exc, path)) from exc
    return db


def _explain(exc: sqlite3.Error, path: Path | None) -> str:
    text = str(exc)
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return f"The database{where} is in use by another program. Close it and try again."
    if "not a database" in text or "malformed" in text:
        return (
            f"The database{where} is damaged or is not a Pathway Planner database. "
            "Restore a backup copy, or choose another data folder."
        )
    if "disk" in text and "full" in text:
        return f"The disk holding the database{where} is full. Free some space and try again."
    if "readonly" in text or "read-only" in text:
        return f"The database{where} cannot be written: check the folder's permissions."
    return f"The database{where} could not be used: {text}"


def applied_migrations(db: Database) -> list[int]:
    if "schema_migrations" not in db.table_names():
        return []
    return [row["number"] for row in db.query("SELECT number FROM schema_migrations ORDER BY number")]


def migrate(db: Database, path: Path | None) -> list[int]:
    """Apply the migrations this database lacks, each inside one transaction.

    Refuses a database written by a newer version. Before changing an existing file, copies
    it aside (``planner.before-NNNN-<time>.sqlite3`` beside it). Returns the numbers applied.
    """
    known = migrations()
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    done = applied_migrations(db)
    if done and max(done) > len(known):
        raise NewerDatabaseError(
            f"This database was written by a newer version of Pathway Planner (schema {max(done)}; "
            f"this version knows up to {len(known)}). Install the newer version to open it."
        )
    pending = [m for m in known if m.number not in done]
    if pending and done and path is not None:
        backup(db, path.with_name(f"{path.stem}.before-{pending[0].number:04d}-{_file_stamp()}{path.suffix}"))
    for migration in pending:
        with db.atomic():
            db.executescript(migration.sql)
            db.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                [migration.number, migration.name, now_stamp()],
            )
    return [m.number for m in pending]


def _file_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S")


def backup(db: Database, target: Path) -> Path:
    """A consistent copy of the open database (SQLite's online backup), written atomically."""
    partial = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(str(partial))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    partial.replace(target)
    return target


def open_database(path: Path | None) -> Database:
    """Open (creating if need be) and migrate the database at ``path``; ``None`` for memory."""
    db = _connect(path)
    try:
        migrate(db, path)
    except NewerDatabaseError:
        db.close()
        raise
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StorageError(_explain(exc, path)) from exc
    return db


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks, plus the schema's own version: [] when sound."""
    problems = []
    for row in db.conn.execute("PRAGMA integrity_check"):
        if row[0] != "ok":
            problems.append(f"integrity: {row[0]}")
    for table, rowid, parent, _ in db.conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} points to a missing {parent} record")
    done = applied_migrations(db)
    if done != list(range(1, schema_version() + 1)):
        problems.append(f"schema migrations applied {done}, expected 1..{schema_version()}")
    return problems
