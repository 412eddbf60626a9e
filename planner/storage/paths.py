"""Where data lives: the one module that resolves paths (platformdirs, inside functions).

Order: an explicit ``--data-dir``, then ``PLANNER_DATA_DIR``, then the folder last opened in
the app (File ▸ Open data folder…, remembered in the user's config folder), then the user's
data folder.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

from planner.core.errors import UserError
from planner.core.i18n import fill, translate

ENV_VAR = "PLANNER_DATA_DIR"
CONFIG_ENV_VAR = "PLANNER_CONFIG_DIR"
DB_NAME = "planner.sqlite3"
FOLDERS_FILE = "folders.json"
MAX_RECENT = 8
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "afs", "9p", "davfs"}


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env is not None and not env.strip():  # set to nothing, as `PLANNER_DATA_DIR="$DIR"` with DIR unset
        raise UserError(
            fill(
                translate("paths", "%1 is set but empty: set it to the data folder, or unset it to use the usual one."),
                ENV_VAR,
            )
        )
    if env:
        return Path(env).expanduser().resolve()
    current = remembered_folder()
    if current is not None and holds_data(current):
        return current
    return default_data_dir()


def lost_folder_warning(override: str | os.PathLike[str] | None, opened: Path) -> str | None:
    """When the folder last opened in the app has gone (moved, renamed, a drive not connected),
    say so rather than quietly showing other data."""
    if override or os.environ.get(ENV_VAR):
        return None
    lost = remembered_folder()
    if lost is None or holds_data(lost) or lost == opened:
        return None
    return (
        f"The data folder last opened, {lost}, cannot be found: it may have been moved or renamed, or be "
        f"on a drive that is not connected. Showing {opened} instead; File ▸ Open data folder… opens "
        "another."
    )


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("pathway-planner", appauthor=False))


def config_dir() -> Path:
    """The app's own settings that belong to no data folder (the recent folders)."""
    env = os.environ.get(CONFIG_ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_config_dir("pathway-planner", appauthor=False))


def holds_data(folder: Path) -> bool:
    return database_path(folder).is_file()


def remove_database(folder: Path) -> None:
    """Remove a database just created and left unused (the person cancelled the first-run
    choice), so that cancelling leaves the folder as it was."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        database_path(folder).with_name(DB_NAME + suffix).unlink(missing_ok=True)


def _folders() -> dict[str, object]:
    try:
        data = json.loads((config_dir() / FOLDERS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none remembered yet, or a file nobody should have edited: start afresh
    return data if isinstance(data, dict) else {}


def remembered_folder() -> Path | None:
    """The data folder last opened in the app, if one was."""
    current = _folders().get("current")
    return Path(current) if isinstance(current, str) and current else None


def recent_folders() -> list[Path]:
    """Data folders opened in the app, the latest first."""
    recent = _folders().get("recent")
    return [Path(p) for p in recent if isinstance(p, str) and p] if isinstance(recent, list) else []


def remember_folder(folder: Path) -> None:
    """The app opened this folder: the next start (and the command line) use it, and it heads
    the recent folders."""
    folder = folder.resolve()
    recent = [folder, *[p for p in recent_folders() if p != folder]][:MAX_RECENT]
    _save({"current": str(folder), "recent": [str(p) for p in recent]})


def forget_folder(folder: Path) -> None:
    """Take a folder off the recent list (it was moved or deleted)."""
    data = _folders()
    recent = [str(p) for p in recent_folders() if p != folder]
    current = data.get("current") if data.get("current") != str(folder) else None
    _save({"current": current, "recent": recent})


def _save(data: dict[str, object]) -> None:
    from planner.core.files import write_bytes

    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_bytes(folder / FOLDERS_FILE, json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8"))


def database_path(folder: Path) -> Path:
    return folder / DB_NAME


def network_share_warning(folder: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """A warning when the data folder is on a network file system, where SQLite's locking is
    unreliable and a dropped connection can damage the database."""
    text = str(folder)
    if sys.platform == "win32" and (text.startswith(("\\\\", "//"))):
        return _warning(folder)
    try:
        mounts = mounts_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best: tuple[int, str] = (-1, "")
    resolved = str(folder.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point, fs_type = parts[1], parts[2]
        if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > best[
            0
        ]:
            best = (len(mount_point), fs_type)
    if best[1] in _NETWORK_FS:
        return _warning(folder)
    return None


def _warning(folder: Path) -> str:
    return (
        f"The data folder {folder} is on a network share. SQLite databases can be damaged "
        "there if the connection drops: keep the data on this computer's own disk."
    )


def move_aside(folder: Path) -> Path:
    """Rename a damaged database (and its journal files) out of the way, keeping it for
    recovery; the folder can then start afresh. Returns the new name of the database."""
    database = database_path(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.stem}.damaged-{stamp}{database.suffix}")
    for suffix in ("-wal", "-shm"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            extra.replace(target.with_name(target.name + suffix))
    database.replace(target)
    return target


def earlier_copies(folder: Path) -> list[Path]:
    """Sound copies of the database to go back to, the newest first: the backups (daily, before
    imports, restores and upgrades, in ``backups/``) and copies made aside by earlier versions.
    A copy that fails SQLite's quick check is left out, so the first is the latest good one."""
    from planner.storage import backups  # backups builds on this module

    database = database_path(folder)
    found = [p for p in folder.glob(f"{database.stem}.before-*{database.suffix}") if p.is_file()]
    found += [b.path for b in backups.backups(folder)]
    found.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return [p for p in found if backups.inspect(p).problem is None]


def restore_copy(folder: Path, copy: Path) -> Path:
    """Put an earlier copy back as the database; the damaged one is kept aside (its new name
    is returned). The copy itself stays, so restoring can be repeated."""
    kept = move_aside(folder)
    database = database_path(folder)
    partial = database.with_name(database.name + ".partial")
    shutil.copyfile(copy, partial)
    os.replace(partial, database)
    return kept
