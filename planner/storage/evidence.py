"""Evidence files (certificates, notes, photos of sign-in sheets), stored by content hash.

A file is copied into ``evidence/<first two hex digits>/<sha256>`` under the data folder, so a
file attached twice is stored once. The copy is written to a temporary name and renamed into
place, so a crash never leaves half a file under its real name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

from planner.core.i18n import fill, translate
from planner.storage.database import StorageError

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024
CHUNK = 1024 * 1024


class EvidenceStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def add(self, source: str | os.PathLike[str]) -> tuple[str, int]:
        """Copy a file in (once); returns (sha256, size). Raises StorageError with a reason."""
        path = Path(source)
        if not path.exists():
            raise StorageError(fill(translate("evidence", "The file %1 does not exist."), path))
        if not path.is_file():
            raise StorageError(fill(translate("evidence", "%1 is not a file."), path))
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise StorageError(
                fill(translate("evidence", "The file %1 cannot be read: %2."), path.name, exc.strerror)
            ) from exc
        if size > MAX_EVIDENCE_BYTES:
            raise StorageError(
                fill(
                    translate(
                        "evidence",
                        "%1 is %2 MB; evidence files can be up to %3 MB. Attach a smaller copy or a scan of fewer "
                        "pages.",
                    ),
                    path.name,
                    format(size / 1024 / 1024, ",.0f"),
                    MAX_EVIDENCE_BYTES // 1024 // 1024,
                )
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as out, path.open("rb") as src:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists():
                os.unlink(temp_name)
                os.utime(final)  # in use again: the orphan clean-up leaves it alone
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp_name, final)
        except OSError as exc:
            if os.path.exists(temp_name):
                os.unlink(temp_name)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageError(
                    fill(
                        translate("evidence", "The disk is full: %1 was not attached. Free some space and try again."),
                        path.name,
                    )
                ) from exc
            if exc.filename and Path(exc.filename) == path:
                raise StorageError(
                    fill(translate("evidence", "The file %1 cannot be read: %2."), path.name, exc.strerror or exc)
                ) from exc
            raise StorageError(
                fill(translate("evidence", "%1 could not be stored with the data: %2."), path.name, exc.strerror or exc)
            ) from exc
        return sha, size

    def stored(self) -> dict[str, Path]:
        """Every evidence file held, by its sha256 name."""
        if not self.folder.is_dir():
            return {}
        return {
            p.name: p
            for p in self.folder.glob("??/*")
            if p.is_file() and len(p.name) == 64 and not p.name.startswith(".")
        }

    def remove(self, sha256: str) -> None:
        try:
            self.path_for(sha256).unlink()
        except FileNotFoundError:
            pass
