"""Backups of a data folder, for File ▸ Back up now…/Restore… and `planner backup|backups|restore`.

Automatic backups: once a day at start-up (:meth:`BackupService.daily`) and before every
import (``make("before-import")``), restore (:func:`restore_into`) and upgrade (the storage
layer's migrations). After each, rotation keeps the newest backup of each of the last 7 days
that have backups and of each of the last 4 ISO weeks (the settings ``backup_daily`` and
``backup_weekly``), the one just made, and the newest made before a restore and before an
upgrade. Read-only data is never written: no automatic backup is made there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.services.workspace import Workspace
from planner.storage import backups as store
from planner.storage.database import READ_ONLY_MESSAGE, ReadOnlyError

DAILY_KEY = "backup_daily"
WEEKLY_KEY = "backup_weekly"
DEFAULT_DAILY = 7
DEFAULT_WEEKLY = 4
MAX_KEPT = 1000


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # local time
    size: int  # bytes
    workers: int | None  # None when it cannot be read
    reason: str  # "" (made on request), "daily", "before-import", "before-restore", "before-upgrade-0005"…
    problem: str | None  # None: sound and restorable; else what is wrong, in words

    @property
    def sound(self) -> bool:
        return self.problem is None

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "size": self.size,
            "workers": self.workers,
            "reason": self.reason,
            "sound": self.sound,
        }


def check_kept(daily: int, weekly: int) -> None:
    """The numbers of backups to keep, or a UserError saying what is allowed."""
    for label, value in (("daily", daily), ("weekly", weekly)):
        if not 0 <= value <= MAX_KEPT:
            raise UserError(
                fill(translate("backups", "Keep between 0 and %1 %2 backups, not %3."), MAX_KEPT, label, value)
            )
    if daily + weekly == 0:
        raise UserError(translate("backups", "Keep at least one daily or weekly backup."))


class BackupService:
    def __init__(self, ws: Workspace, now: Callable[[], datetime] = datetime.now) -> None:
        self._ws = ws
        self._now = now

    # -- the settings ---------------------------------------------------------------------
    @property
    def kept_daily(self) -> int:
        return self._count(DAILY_KEY, DEFAULT_DAILY)

    @property
    def kept_weekly(self) -> int:
        return self._count(WEEKLY_KEY, DEFAULT_WEEKLY)

    def _count(self, key: str, default: int) -> int:
        text = self._ws.settings_repo.get(key)
        try:
            value = int(text) if text is not None else default
        except ValueError:
            return default  # a value nobody should have typed: the default, not a failure
        return value if 0 <= value <= MAX_KEPT else default

    def set_kept(self, daily: int, weekly: int) -> None:
        """How many daily and weekly backups rotation keeps."""
        check_kept(daily, weekly)
        with self._ws.db.atomic():
            self._ws.settings_repo.set(DAILY_KEY, str(daily))
            self._ws.settings_repo.set(WEEKLY_KEY, str(weekly))

    # -- making ---------------------------------------------------------------------------
    @property
    def folder(self) -> Path | None:
        """Where backups are kept (None for data held in memory)."""
        return store.folder_of(self._ws.folder) if self._ws.folder is not None else None

    def make(self, reason: str = "", target: Path | None = None) -> Path:
        """A backup now: into the backups folder (then rotated), or a copy at ``target``."""
        if target is not None:
            return store.write_copy(self._ws.db.conn, self._check_target(Path(target)))
        folder = self._ws.folder
        if folder is None:
            raise UserError(translate("backups", "This data is held in memory only: give a file to copy it to."))
        if self._ws.read_only:
            raise ReadOnlyError(
                translate("database", READ_ONLY_MESSAGE)
                + " "
                + translate("backups", "A copy can still be saved elsewhere (`planner backup -o FILE`).")
            )
        store.remove_leftovers(folder)
        made = store.make(self._ws.db.conn, folder, reason, self._now())
        store.rotate(folder, self.kept_daily, self.kept_weekly, keep=made)
        return made

    def daily(self) -> Path | None:
        """The start-up backup: one made if none was made today; None if there was one already,
        or nothing to back up (data in memory, read-only, or not started yet)."""
        folder = self._ws.folder
        if folder is None or self._ws.read_only or self._ws.is_empty():
            return None
        today = self._now().date()
        if any(b.made_at.date() == today for b in store.backups(folder)):
            store.remove_leftovers(folder)
            return None
        return self.make("daily")

    def _check_target(self, target: Path) -> Path:
        if "\x00" in str(target):
            raise UserError(translate("backups", "A file name cannot contain a NUL character: type the name again."))
        target = target.expanduser()
        if target.is_dir():
            raise UserError(
                fill(
                    translate("backups", "%1 is a folder: give a file name for the copy (e.g. %2)."),
                    target,
                    target / "planner.sqlite3",
                )
            )
        if not target.parent.is_dir():
            raise UserError(
                fill(
                    translate("backups", "The folder %1 does not exist: create it first, or choose another place."),
                    target.parent,
                )
            )
        live = self._ws.database_path
        if live is not None and target.resolve().name.startswith(live.name) and target.resolve().parent == live.parent:
            raise UserError(
                fill(
                    translate("backups", "%1 is the database in use (or one of its files): choose another name."),
                    target,
                )
            )
        return target

    def restore(self, backup: Path) -> Path | None:
        """Restore into this data folder (see :func:`restore_into`); the open connection stays
        usable and reads the restored data."""
        if self._ws.folder is None:
            raise UserError(
                translate("backups", "This data is held in memory only: there is no data folder to restore into.")
            )
        return restore_into(self._ws.folder, backup, self._now())

    # -- reading --------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        """Every backup, the newest first; a damaged one is listed as damaged."""
        folder = self._ws.folder
        return [] if folder is None else list_backups(folder)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups of a data folder, each read without writing anything beside it."""
    found = []
    for b in store.backups(folder):
        try:
            size = b.path.stat().st_size
        except OSError:
            continue  # removed by rotation in another copy of the app meanwhile
        seen = store.inspect(b.path)
        found.append(BackupInfo(b.path, b.made_at, size, seen.workers, b.reason, seen.problem))
    return found


def size_text(size: int) -> str:
    """A file's size for people: 1.2 MB, 459 kB."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} kB"


def reason_text(reason: str) -> str:
    """Why a backup was made, in words."""
    if reason.startswith("before-upgrade"):
        return translate("backups", "before an upgrade")
    return {
        "": translate("backups", "on request"),
        "daily": "daily",
        "before-import": translate("backups", "before an import"),
        "before-restore": translate("backups", "before a restore (the data then in use)"),
    }.get(reason, reason.replace("-", " "))


def restore_into(folder: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Put ``backup`` back as the data in ``folder``, after checking its integrity; a damaged,
    foreign or newer backup is refused (UserError) and nothing changes. The data in use is kept
    first as a backup (returned; None when the folder held no data). Safe while the folder is
    open elsewhere: open windows see the restored data as a change made outside them."""
    backup = Path(backup).expanduser()
    kept = store.restore_into(folder, backup, now)
    store.remove_leftovers(folder)
    return kept
