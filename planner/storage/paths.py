"""Where data lives: the one module that resolves paths (platformdirs, inside functions).

Order: an explicit ``--data-dir``, then ``PLANNER_DATA_DIR``, then the user's data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "PLANNER_DATA_DIR"
DB_NAME = "planner.sqlite3"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "afs", "9p", "davfs"}


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir("pathway-planner", appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DB_NAME


def network_share_warning(folder: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """A warning when the data folder is on a network file system, where SQLite's locking is
    unreliable and a dropped connection can damage the database."""
    text = str(folder)
    if sys.platform == "win32" and (text.startswith("\\\\") or text.startswith("//")):
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
        if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > best[0]:
            best = (len(mount_point), fs_type)
    if best[1] in _NETWORK_FS:
        return _warning(folder)
    return None


def _warning(folder: Path) -> str:
    return (
        f"The data folder {folder} is on a network share. SQLite databases can be damaged "
        "there if the connection drops: keep the data on this computer's own disk."
    )
