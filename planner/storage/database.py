"""Opening the database: pragmas, numbered migrations, a copy aside before migrating.

Problems a person can act on (locked, damaged, written by a newer version, disk full) are
raised as :class:`StorageError` with a message to show; anything else is a bug.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from planner import shipped
from planner.core.errors import DamagedError, UserError
from planner.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from planner.core.text import clean

_savepoints = itertools.count(1)  # names for nested savepoints, unique in the process

BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"


class StorageError(UserError):
    """A known problem with the database, with a message meant for the user."""


class NewerDatabaseError(StorageError):
    pass


class DamagedDatabaseError(StorageError, DamagedError):
    """The file is damaged, empty, or not a Pathway Planner database at all."""


class ReadOnlyError(StorageError):
    """A change was asked of data opened read-only."""


READ_ONLY_MESSAGE = QT_TRANSLATE_NOOP(
    "database",
    "This data folder is read-only (a read-only disk, share or file): you can view, print and "
    "export, but not change anything. Copy the folder somewhere you can write to, and open the copy.",
)


class Database:
    """A connection in autocommit mode, with what the repositories use: statements, rows as
    dictionaries, the table names, and nested transactions (savepoints inside a transaction).

    It was sqlite-utils' Database; the app used these five methods of it, and importing it
    (with click, dateutil and its plugin system) took about 60 ms of every start (issue 14)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers=on")

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters) if parameters is not None else self.conn.execute(sql)

    def query(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, parameters)
        keys = [d[0] for d in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction; inside one already open, a savepoint that undoes only its own part."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            return
        savepoint = f"planner_{next(_savepoints)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")


class PlannerDatabase(Database):
    """The database with the transaction rules this app needs.

    - The connection autocommits; every write transaction is ``BEGIN IMMEDIATE``, which takes the
      write lock at the start and waits (the busy timeout) for another writer, instead of failing
      at once with SQLITE_BUSY_SNAPSHOT when a read turns into a write.
    - Reads never take the write lock. Work that only needs doing when something is written (a
      clean-up) waits in ``before_first_write`` until the first write transaction.
    - Known failures inside a transaction (disk full, locked, damaged) become StorageError with a
      message; the transaction is rolled back.
    - A read-only database refuses writes with :class:`ReadOnlyError`.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None, read_only: bool = False) -> None:
        super().__init__(conn)
        self.path = path
        self.read_only = read_only
        self.before_first_write: list[Callable[[PlannerDatabase], None]] = []
        self._after_commit: list[Callable[[], None]] = []
        self._wrote = False

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Every text written is cleaned of control characters (terminal escapes, NUL) here,
        the one place all repositories write through."""
        if parameters and sql.lstrip()[:6].upper() in ("INSERT", "UPDATE"):
            if isinstance(parameters, dict):
                parameters = {k: clean(v) if isinstance(v, str) else v for k, v in parameters.items()}
            else:
                parameters = [clean(v) if isinstance(v, str) else v for v in parameters]
        return super().execute(sql, parameters)

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the current write transaction has committed (files to remove)."""
        self._after_commit.append(action)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PlannerDatabase]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        if self.read_only:
            raise ReadOnlyError(translate("database", READ_ONLY_MESSAGE))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(explain(exc, self.path)) from exc
        try:
            if not self._wrote:
                self._wrote = True
                for action in self.before_first_write:
                    action(self)
            yield self
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._after_commit.clear()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            known = as_storage_error(exc, self.path)
            if known is not None:
                raise known from exc
            raise
        actions, self._after_commit = self._after_commit, []
        for after in actions:
            after()


def as_storage_error(exc: BaseException, path: Path | None) -> StorageError | None:
    """The StorageError a SQLite failure stands for (disk full, locked, damaged), if it is one."""
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    ):
        text = str(exc).lower()
        if any(word in text for word in ("locked", "busy", "full", "malformed", "not a database", "readonly", "i/o")):
            kind = DamagedDatabaseError if ("malformed" in text or "not a database" in text) else StorageError
            kind = ReadOnlyError if "readonly" in text else kind
            return kind(explain(exc, path))
    return None


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
    for entry in shipped.folder("planner._migrations").iterdir():
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


def is_read_only(path: Path) -> bool:
    """Whether the database at ``path`` (or its folder) cannot be written by this user."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _check_file(path: Path) -> None:
    """Refuse an empty or foreign file rather than turning it into a new, empty database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DamagedDatabaseError(
            fill(translate("database", "%1 is a folder, not a database file: choose another data folder."), path)
        )
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(
            fill(
                translate("database", "The database %1 cannot be read (%2): check its permissions."), path, exc.strerror
            )
        ) from exc
    if not header:
        raise DamagedDatabaseError(
            fill(
                translate(
                    "database",
                    "The database %1 is empty (0 bytes): it holds no records, and was probably cut short by a "
                    "failed copy. Restore a backup copy, or move the empty file aside and start again.",
                ),
                path,
            )
        )
    if header != SQLITE_HEADER:
        raise DamagedDatabaseError(
            fill(
                translate(
                    "database",
                    "%1 is not a Pathway Planner database (it is some other kind of file). Move it aside, or "
                    "choose another data folder.",
                ),
                path,
            )
        )


def _connect(path: Path | None, read_only: bool = False) -> PlannerDatabase:
    if path is None:
        conn = sqlite3.connect(":memory:", timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    elif read_only:
        # immutable: nothing (not even a -shm file) is written beside a read-only database; but a
        # write-ahead log left with data in it can only be read without that flag.
        wal = path.with_name(path.name + "-wal")
        flags = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "mode=ro&immutable=1"
        uri = f"{path.resolve().as_uri()}?{flags}"
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None)
    try:
        db = PlannerDatabase(conn, path, read_only)
        _refuse_foreign([r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")], path)
        if path is not None and not read_only:
            db.query("PRAGMA journal_mode=WAL").__next__()
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise (as_storage_error(exc, path) or StorageError(explain(exc, path))) from exc
    except StorageError:
        conn.close()
        raise
    return db


def _refuse_foreign(tables: list[str], path: Path | None) -> None:
    """Another program's database is never turned into ours (nor switched to WAL)."""
    others = [n for n in tables if not n.startswith("sqlite_") and n != "schema_migrations"]
    if others and "schema_migrations" not in tables:
        raise DamagedDatabaseError(
            fill(
                translate(
                    "database",
                    "%1 is another program's SQLite database (it has tables such as '%2'), not a Pathway "
                    "Planner one: nothing in it was changed. Choose another data folder.",
                ),
                path or "The database",
                others[0],
            )
        )


def explain(exc: sqlite3.Error, path: Path | None) -> str:
    """What went wrong with the database, in words (in the interface's language)."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return fill(
            translate(
                "database",
                "The database%1 is busy: another program (or another copy of Pathway Planner) kept "
                "it locked for over 10 seconds. Try again in a moment.",
            ),
            where,
        )
    if "not a database" in text or "malformed" in text:
        return fill(
            translate(
                "database",
                "The database%1 is damaged or is not a Pathway Planner database. "
                "Restore a backup copy, or choose another data folder; `planner check` says what is wrong.",
            ),
            where,
        )
    if "full" in text:
        return fill(
            translate("database", "The disk is full: nothing was saved%1. Free some space and try again."), where
        )
    if "readonly" in text or "read-only" in text:
        return translate("database", READ_ONLY_MESSAGE)
    if "i/o" in text:
        return fill(
            translate(
                "database",
                "The disk holding the database%1 could not be read or written (an I/O error): check the disk.",
            ),
            where,
        )
    return fill(translate("database", "The database%1 could not be used: %2"), where, exc)


def applied_migrations(db: Database) -> list[int]:
    if "schema_migrations" not in db.table_names():
        return []
    return [row["number"] for row in db.query("SELECT number FROM schema_migrations ORDER BY number")]


def migrate(db: Database, path: Path | None) -> list[int]:
    """Apply the migrations this database lacks, each inside one transaction.

    Refuses a database written by a newer version. Before changing an existing file, copies
    it aside (``backups/planner-<time>-before-upgrade-NNNN.sqlite3`` beside it). Returns the
    numbers applied.
    """
    known = migrations()
    done = applied_migrations(db)
    if not done:
        _refuse_foreign(db.table_names(), path)
    if done and max(done) > len(known):
        raise NewerDatabaseError(
            fill(
                translate(
                    "database",
                    "This database was written by a newer version of Pathway Planner (schema %1; this version "
                    "knows up to %2). Install the newer version to open it.",
                ),
                max(done),
                len(known),
            )
        )
    pending = [m for m in known if m.number not in done]
    if not pending:
        return []  # nothing is written: opening to read never needs the write lock
    if getattr(db, "read_only", False):
        raise ReadOnlyError(
            translate(
                "database",
                "This read-only data was written by an older version of Pathway Planner and needs "
                "upgrading, which changes it. Copy the folder somewhere you can write to, and open the "
                "copy.",
            )
        )
    if not done:
        with db.atomic():
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
    if done and path is not None:
        from planner.storage import backups  # backups builds on this module

        backups.make(db.conn, path.parent, f"before-upgrade-{pending[0].number:04d}")
    for migration in pending:
        with db.atomic():
            # statement by statement: executescript would commit half a migration on its own
            for statement in statements(migration.sql):
                db.conn.execute(statement)
            db.execute(
                "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                [migration.number, migration.name, now_stamp()],
            )
    return [m.number for m in pending]


def statements(script: str) -> list[str]:
    """A SQL script split into its statements (triggers' inner semicolons kept)."""
    out, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;") and _has_code(buffer):
                out.append(buffer.strip())
            buffer = ""
    return out


def _has_code(sql: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in sql.replace(";", "").splitlines())


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


def open_database(path: Path | None, read_only: bool | None = None) -> PlannerDatabase:
    """Open (creating if need be) and migrate the database at ``path``; ``None`` for memory.
    A database this user cannot write opens read-only (``read_only`` forces it either way)."""
    if path is not None:
        _check_file(path)
    if read_only is None:
        read_only = path is not None and is_read_only(path)
    db = _connect(path, read_only)
    try:
        migrate(db, path)
    except StorageError:
        db.close()
        raise
    except sqlite3.DatabaseError as exc:
        db.close()
        raise (as_storage_error(exc, path) or DamagedDatabaseError(explain(exc, path))) from exc
    return db


def quick_problems(db: Database | None = None, path: Path | None = None, most: int = 20) -> list[str]:
    """SQLite's quick check (pages and structure, not indexes against tables): [] when sound.
    Given a path instead of an open database, it opens the file read-only just for this."""
    conn = db.conn if db is not None else None
    try:
        if conn is None:
            assert path is not None
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA quick_check({int(most)})")]
    except sqlite3.DatabaseError as exc:
        return [f"integrity: {exc}"]
    finally:
        if db is None and conn is not None:
            conn.close()
    if rows == ["ok"]:
        return []
    lines = [line.strip() for r in rows for line in r.splitlines() if line.strip() and not line.startswith("***")]
    return [f"integrity: {line}" for line in lines[:most]]


def damage_summary(problems: list[str]) -> str:
    """The first problem, and how many more: short enough for a message."""
    first = problems[0].removeprefix("integrity: ")
    more = len(problems) - 1
    return first + (f" (and {more} more problem{'s' if more != 1 else ''})" if more else "")


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks, plus the schema's own version: [] when sound."""
    problems = []
    try:
        rows = [str(row[0]) for row in db.conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return quick_problems(db) or [f"integrity: {exc}"]
    for text in rows:
        if text != "ok":
            problems += [
                f"integrity: {line.strip()}"
                for line in text.splitlines()
                if line.strip() and not line.startswith("***")
            ]
    if problems:
        return problems
    for table, rowid, parent, _ in db.conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} points to a missing {parent} record")
    done = applied_migrations(db)
    if done != list(range(1, schema_version() + 1)):
        problems.append(f"schema migrations applied {done}, expected 1..{schema_version()}")
    return problems
