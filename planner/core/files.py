"""The one way the app writes a file it makes for the person (PDFs, CSV and XLSX exports, JSON):
checked first, written to a temporary name in the same folder, flushed to disk, then renamed, so
the file at the target path is complete or absent — never half written. New files get the
user's usual permissions (their umask), not owner-only ones."""

from __future__ import annotations

import errno
import glob
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from planner.core.errors import UserError
from planner.core.i18n import fill, translate


class OutputError(UserError):
    """The target cannot be written; the message says why and what to do."""


def umask() -> int:
    """The user's umask, read without changing it where the system allows (Linux)."""
    try:  # Linux: read it without changing it
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _no_nul(path: Path) -> None:
    if "\x00" in str(path):
        raise OutputError(
            translate("files", "A file or folder name cannot contain a NUL character: type the name again.")
        )


def check_target(path: Path) -> Path:
    """Refuse, with a message, a target that cannot become the file asked for."""
    _no_nul(path)
    text = str(path)
    if text.endswith((os.sep, "/")) or (path.exists() and path.is_dir()):
        raise OutputError(
            fill(
                translate("files", "%1 is a folder: give a file name inside it, such as %2."),
                path,
                path / "document.pdf",
            )
        )
    if path.exists() and not path.is_file():
        raise OutputError(
            fill(translate("files", "%1 is not an ordinary file (a device or a pipe): choose a file name."), path)
        )
    if _is_database(path):
        raise OutputError(
            fill(translate("files", "%1 is a database: writing there would destroy it. Choose another name."), path)
        )
    parent = path.parent
    if not parent.exists():
        raise OutputError(
            fill(translate("files", "The folder %1 does not exist: create it first, or choose another place."), parent)
        )
    if not parent.is_dir():
        raise OutputError(
            fill(translate("files", "%1 is a file, not a folder: choose another place to save %2."), parent, path.name)
        )
    if not os.access(parent, os.W_OK):
        raise OutputError(
            fill(translate("files", "The folder %1 cannot be written to: choose a folder of your own."), parent)
        )
    return path


def _is_database(path: Path) -> bool:
    """A SQLite database, or the write-ahead log or shared memory beside one."""
    for suffix in ("-wal", "-shm", "-journal"):
        if path.name.endswith(suffix) and path.with_name(path.name.removesuffix(suffix)).exists():
            return True
    try:
        with path.open("rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def check_folder(path: Path) -> Path:
    """A folder to write several files into: it may be created, but must not be a file."""
    _no_nul(path)
    if path.exists() and not path.is_dir():
        raise OutputError(
            fill(
                translate(
                    "files",
                    "%1 is a file, not a folder: give a folder for the files, or a name ending in .pdf for "
                    "one combined file.",
                ),
                path,
            )
        )
    ancestor = path
    while not ancestor.exists():
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputError(
            fill(translate("files", "%1 is a file, not a folder: choose another place for the files."), ancestor)
        )
    if not os.access(ancestor, os.W_OK) or not _writable(ancestor):
        what = "cannot be written to" if ancestor == path else f"cannot be created in {ancestor}"
        raise OutputError(fill(translate("files", "The folder %1 %2: choose a folder of your own."), path, what))
    if path.is_dir():
        remove_stale_partials(path)
    return path


def _writable(folder: Path) -> bool:
    """Whether a file can really be made here (root passes os.access on read-only places)."""
    try:
        fd, name = tempfile.mkstemp(prefix=".planner-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(name)
    return True


STALE_AFTER_S = 10 * 60  # a temporary file this old is left from a crash, not being written


def remove_stale_partials(folder: Path, stem: str = "") -> int:
    """Remove the temporary files an interrupted export left in ``folder`` (``.<stem>-….partial``
    older than ten minutes; younger ones may still be being written). Returns how many."""
    removed = 0
    now = time.time()
    try:
        candidates = list(folder.glob(f".{glob.escape(stem)}*-*.partial*"))
    except OSError:
        return 0
    for path in candidates:
        try:
            if path.is_file() and now - path.stat().st_mtime >= STALE_AFTER_S:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def _explain(exc: OSError, path: Path) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError(
            fill(translate("files", "The disk is full: %1 was not saved. Free some space and try again."), path.name)
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(
            fill(translate("files", "%1 cannot be written (%2): choose another place."), path, exc.strerror)
        )
    if exc.errno == errno.ENOENT:
        return OutputError(
            fill(
                translate("files", "%1 does not accept new files: choose another place to save %2."),
                path.parent,
                path.name,
            )
        )
    return OutputError(fill(translate("files", "%1 could not be saved: %2."), path, exc.strerror or exc))


@contextmanager
def atomic_file(
    path: Path, mode: str = "wb", encoding: str | None = None, newline: str | None = None
) -> Iterator[IO[Any]]:
    """``with atomic_file(path, "w", encoding="utf-8") as f: ...`` — the file appears when the
    block ends without an error, complete; otherwise nothing is left behind."""
    path = check_target(Path(path))
    remove_stale_partials(path.parent, path.stem)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise _explain(exc, path) from exc
    temp = Path(name)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        _finish(temp, path)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, UserError):
            raise _explain(exc, path) from exc
        raise


WEB_PAGE_SUFFIXES = (".html", ".htm")


def is_web_page(path: Path) -> bool:
    """A document asked for as a file ending in .html (or .htm) is written as an accessible web page."""
    return path.suffix.lower() in WEB_PAGE_SUFFIXES


def check_document_name(path: Path) -> Path:
    """A document is a PDF or a web page: refuse, with a message, a name that says neither (a
    .txt would get a PDF inside it that nothing opens as text). A wrong place is named first."""
    check_target(path)
    if path.suffix.lower() not in (".pdf", *WEB_PAGE_SUFFIXES):
        raise OutputError(
            fill(
                translate(
                    "files",
                    "%1: a document is saved as a PDF (.pdf) or as an accessible web page (.html): "
                    "end the name with one of them.",
                ),
                path.name or str(path),
            )
        )
    return path


def write_bytes(path: Path, content: bytes) -> Path:
    with atomic_file(path) as f:
        f.write(content)
    return Path(path)


def write_with(path: Path, save: Callable[[Path], None]) -> Path:
    """For libraries that write to a file name themselves (openpyxl): ``save(temporary_path)``."""
    path = check_target(Path(path))
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".partial" + path.suffix, dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        save(temp)
        with temp.open("rb+") as f:
            os.fsync(f.fileno())
        _finish(temp, path)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _explain(exc, path) from exc
        raise
    return path


def _finish(temp: Path, path: Path) -> None:
    os.chmod(temp, 0o666 & ~umask())
    os.replace(temp, path)
    if hasattr(os, "O_DIRECTORY"):  # the rename itself survives a power cut
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def safe_filename(text: str) -> str:
    """Letters (accents kept), digits, spaces, dots and dashes; nothing a file system refuses."""
    cleaned = re.sub(r"[^\w .\-]+", "", text, flags=re.UNICODE).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:120] or "document"
