"""Backup copies of the database in ``<data folder>/backups``: making, reading, rotating, restoring.

Every copy is made with SQLite's online backup API (a consistent copy even while another copy of
the app writes), into a temporary name that is renamed when complete, so a backup appears whole
or not at all. Copies are standalone files (rollback-journal mode: no ``-wal`` beside them) named
``planner-YYYYMMDD-HHMMSS[-reason].sqlite3`` in local time.

Restoring writes the backup *into* the live database through the same API rather than replacing
the file: another copy of the app that has the file open then sees the restored data (and
refreshes) instead of writing on into a file that has been swapped away under it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from planner.core.i18n import fill, translate
from planner.storage import paths
from planner.storage.database import (
    BUSY_TIMEOUT_MS,
    READ_ONLY_MESSAGE,
    SQLITE_HEADER,
    NewerDatabaseError,
    ReadOnlyError,
    StorageError,
    explain,
    is_read_only,
    open_database,
    schema_version,
)
from planner.storage.files import STALE_AFTER_S

FOLDER = "backups"
PREFIX = "planner-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
NAME = re.compile(r"planner-(\d{8})-(\d{6})(?:-([a-z0-9-]+))?\.sqlite3")
# The copy made before the last restore and the one before the last upgrade hold data no other
# file holds: the newest of each is kept whatever the rotation says.
PROTECTED = ("before-restore", "before-upgrade")
RECENT_HOURS = 24


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # local time, from the name (a copied file's mtime would lie)
    reason: str

    @property
    def kind(self) -> str:
        """The reason without a migration number: ``before-upgrade-0005`` is ``before-upgrade``."""
        return re.sub(r"-\d+$", "", self.reason)


@dataclass(frozen=True)
class Inspection:
    """What a backup holds, read without writing anything beside it."""

    problem: str | None  # None: sound, and a Pathway Planner database this version can open
    workers: int | None
    schema: int | None


def folder_of(data_folder: Path) -> Path:
    return data_folder / FOLDER


def clean_reason(reason: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9-]", "-", reason.lower())).strip("-")


def parse(path: Path) -> BackupFile | None:
    match = NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, made, match[3] or "")


def backups(data_folder: Path) -> list[BackupFile]:
    """The backups of a data folder, the newest first."""
    folder = folder_of(data_folder)
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if p.is_file() and (b := parse(p)) is not None]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def write_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent, standalone copy of the open database at ``target``, written atomically."""
    partial = target.with_name(target.name + PARTIAL)
    dest = sqlite3.connect(str(partial), isolation_level=None)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")  # one file, readable without a -wal beside it
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)
        raise
    dest.close()
    with partial.open("rb") as f:
        os.fsync(f.fileno())
    partial.replace(target)
    return target


def make(conn: sqlite3.Connection, data_folder: Path, reason: str = "", now: datetime | None = None) -> Path:
    """A new backup in the data folder's backups folder; never replaces an earlier one."""
    folder = folder_of(data_folder)
    folder.mkdir(exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    reason = clean_reason(reason)
    base = f"{PREFIX}{stamp}" + (f"-{reason}" if reason else "")
    target, n = folder / f"{base}{SUFFIX}", 1
    while target.exists() or target.with_name(target.name + PARTIAL).exists():  # two in one second
        n += 1
        target = folder / f"{base}{'-' if reason else '-copy-'}{n}{SUFFIX}"
    return write_copy(conn, target)


def make_of_file(database: Path, data_folder: Path, reason: str, now: datetime | None = None) -> Path:
    """A backup of the database file at ``database`` (through a connection of its own)."""
    conn = sqlite3.connect(str(database), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        return make(conn, data_folder, reason, now)
    finally:
        conn.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable: nothing is written beside the file; a write-ahead log with data in it (a copy
    # of someone's live folder) can only be read without that flag.
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None)


def inspect(path: Path, thorough: bool = False) -> Inspection:
    """Whether ``path`` is a sound Pathway Planner database this version can open, and how many
    workers it holds. ``thorough``: SQLite's full integrity check, else its quick check."""
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        return Inspection(f"cannot be read ({exc.strerror})", None, None)
    if header != SQLITE_HEADER:
        return Inspection("empty (0 bytes)" if not header else "not a SQLite database", None, None)
    try:
        conn = _open_read_only(path)
    except sqlite3.Error as exc:
        return Inspection(f"cannot be opened ({exc})", None, None)
    try:
        check = "integrity_check" if thorough else "quick_check"
        bad = [r[0] for r in conn.execute(f"PRAGMA {check}") if r[0] != "ok"]
        if bad:
            return Inspection(f"damaged ({bad[0]})", None, None)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"schema_migrations", "workers"} <= tables:
            return Inspection("not a Pathway Planner database", None, None)
        done = [r[0] for r in conn.execute("SELECT number FROM schema_migrations ORDER BY number")]
        workers = int(conn.execute("SELECT COUNT(*) FROM workers").fetchone()[0])
        schema = max(done, default=0)
        if done != list(range(1, schema + 1)):
            return Inspection(f"damaged (schema migrations {done})", workers, schema)
        if schema > schema_version():
            return Inspection(f"written by a newer version of Pathway Planner (schema {schema})", workers, schema)
        return Inspection(None, workers, schema)
    except sqlite3.DatabaseError as exc:
        return Inspection(f"damaged ({exc})", None, None)
    finally:
        conn.close()


def to_remove(found: Iterable[BackupFile], daily: int, weekly: int, keep: Path | None = None) -> list[BackupFile]:
    """The backups rotation removes: it keeps every backup of the last 24 hours, the newest
    backup of each of the last ``daily`` days that have backups, the newest of each of the last
    ``weekly`` ISO weeks that have backups, ``keep`` (the one just made) and the newest of each
    protected kind."""
    ordered = sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)
    kept: set[Path] = {keep} if keep is not None else set()
    if ordered:  # everything from the last day stays: a bad import this morning can still be undone
        recent = ordered[0].made_at - timedelta(hours=RECENT_HOURS)
        kept.update(b.path for b in ordered if b.made_at > recent)
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    kinds: set[str] = set()
    for b in ordered:
        day, week = b.made_at.date(), (b.made_at.isocalendar().year, b.made_at.isocalendar().week)
        if day not in days and len(days) < daily:
            days.add(day)
            kept.add(b.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            kept.add(b.path)
        if b.kind in PROTECTED and b.kind not in kinds:
            kinds.add(b.kind)
            kept.add(b.path)
    return [b for b in ordered if b.path not in kept]


def rotate(data_folder: Path, daily: int, weekly: int, keep: Path | None = None) -> list[Path]:
    """Remove the backups the rotation does not keep; returns those removed."""
    removed = []
    for b in to_remove(backups(data_folder), daily, weekly, keep):
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            continue  # not ours to remove (permissions): it stays, nothing else depends on it
    return removed


def evidence_in_backups(data_folder: Path) -> set[str]:
    """The evidence files (sha256 names) any backup refers to: restoring one would need them."""
    found: set[str] = set()
    for backup in backups(data_folder):
        try:
            conn = _open_read_only(backup.path)
            try:
                found.update(r[0] for r in conn.execute("SELECT sha256 FROM evidence_files"))
            finally:
                conn.close()
        except sqlite3.Error:
            continue  # a damaged backup cannot be restored anyway
    return found


def leftovers(data_folder: Path) -> list[Path]:
    folder = folder_of(data_folder)
    return sorted(p for p in folder.glob(f"*{PARTIAL}") if p.is_file()) if folder.is_dir() else []


def remove_leftovers(data_folder: Path, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Half-written backups left by a killed copy (younger ones may still be being written)."""
    removed = []
    now = time.time()
    for path in leftovers(data_folder):
        try:
            if now - path.stat().st_mtime >= older_than_s:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def check_restorable(backup: Path, data_folder: Path) -> Inspection:
    """Refuse (StorageError) anything but a sound Pathway Planner database this version opens."""
    if not backup.exists():
        raise StorageError(fill(translate("backups", "There is no file at %1: give the backup's full name."), backup))
    if backup.is_dir():
        raise StorageError(
            fill(translate("backups", "%1 is a folder: give a backup file (planner-….sqlite3) inside it."), backup)
        )
    database = paths.database_path(data_folder)
    if database.exists() and backup.resolve() == database.resolve():
        raise StorageError(
            fill(translate("backups", "%1 is the database in use now: choose a backup of it instead."), backup)
        )
    found = inspect(backup, thorough=True)
    if found.problem is not None:
        kind = NewerDatabaseError if found.problem.startswith("written by a newer") else StorageError
        raise kind(f"{backup} cannot be restored: it is {found.problem}. Nothing was changed.")
    return found


def restore_into(data_folder: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Put ``backup`` back as the folder's database, once it passes SQLite's integrity check.

    The data in use is kept first as a backup made just before (reason ``before-restore``), or
    moved aside if it is too damaged to copy; that file's path is returned (None when there was
    no database). A backup from an earlier version is upgraded like any database."""
    check_restorable(backup, data_folder)
    database = paths.database_path(data_folder)
    if is_read_only(database) or (data_folder.exists() and not os.access(data_folder, os.W_OK)):
        raise ReadOnlyError(translate("database", READ_ONLY_MESSAGE))
    data_folder.mkdir(parents=True, exist_ok=True)
    if not database.exists():
        _copy_in(backup, database)
        kept = None
    else:
        try:
            kept = make_of_file(database, data_folder, "before-restore", now)
            _write_into(backup, database)
        except sqlite3.DatabaseError as exc:
            if "not a database" not in str(exc).lower() and "malformed" not in str(exc).lower():
                raise StorageError(explain(exc, database)) from exc
            # Too damaged to be read or written through SQLite: moved aside whole, and replaced.
            kept = paths.move_aside(data_folder)
            _copy_in(backup, database)
    open_database(database).close()  # an earlier version's backup is upgraded now, not half-way
    return kept


def _write_into(backup: Path, database: Path) -> None:
    dest = sqlite3.connect(str(database), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    source = _open_read_only(backup)
    converted: Path | None = None
    try:
        size = dest.execute("PRAGMA page_size").fetchone()[0]
        if source.execute("PRAGMA page_size").fetchone()[0] != size:
            # a database in WAL mode only takes pages of its own size: convert a copy first
            source.close()
            converted = folder_of(database.parent) / f".restore-{os.getpid()}{SUFFIX}{PARTIAL}"
            converted.parent.mkdir(exist_ok=True)
            shutil.copyfile(backup, converted)
            source = sqlite3.connect(str(converted), isolation_level=None)
            source.execute("PRAGMA journal_mode=DELETE")
            source.execute(f"PRAGMA page_size={int(size)}")
            source.execute("VACUUM")
        source.backup(dest)
    finally:
        source.close()
        dest.close()
        if converted is not None:
            converted.unlink(missing_ok=True)


def _copy_in(backup: Path, database: Path) -> None:
    partial = database.with_name(database.name + PARTIAL)
    shutil.copyfile(backup, partial)
    for suffix in ("-wal", "-shm", "-journal"):  # a stale log must not be replayed over the copy
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(partial, database)


def latest_first(data_folder: Path, sound_only: bool = True) -> list[Path]:
    """The folder's backups, the newest first; ``sound_only``: those passing a quick check."""
    return [b.path for b in backups(data_folder) if not sound_only or inspect(b.path).problem is None]
