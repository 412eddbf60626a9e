"""Bugs are logged, not disguised.

A :class:`UserError` (or a storage failure that stands for one: the disk is full, the database is
locked or damaged, a file cannot be written) is the person's to fix and gets its message.
Anything else is a bug: its traceback goes to a rotating log file in the data folder
(``logs/planner.log``), and the person is told "Something went wrong — details saved to …"."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import traceback
from pathlib import Path

from planner import __version__
from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.storage import paths
from planner.storage.database import as_storage_error

LOG_NAME = "planner.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 3
_ENVIRONMENT_ERRNOS = {
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EACCES,
    errno.EPERM,
    errno.EROFS,
    errno.ENOENT,
    errno.ENOTDIR,
    errno.EISDIR,
    errno.EEXIST,
    errno.ENAMETOOLONG,
    errno.EMFILE,
    errno.EIO,
}


def as_user_error(exc: BaseException) -> UserError | None:
    """The message a failure stands for, if the person can act on it; None for a bug."""
    if isinstance(exc, UserError):
        return exc
    known = as_storage_error(exc, None)
    if known is not None:
        return known
    if isinstance(exc, OSError) and exc.errno in _ENVIRONMENT_ERRNOS:
        return UserError(describe_os_error(exc))
    return None


def describe_os_error(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("bugs", "The disk is full: nothing was saved. Free some space and try again.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return fill(
            translate("bugs", "Cannot write to%1: permission denied. Choose a place of your own."),
            where or " that place",
        )
    if exc.errno == errno.EIO:
        return fill(
            translate("bugs", "The disk could not be read or written%1 (an I/O error): check the disk."),
            where and " at" + where,
        )
    return fill(translate("bugs", "Cannot use%1: %2."), where, exc.strerror or exc)


def log_folder(data_folder: Path | None) -> Path:
    """The data folder's logs/, else the configuration folder's, else the temporary folder."""
    for base in (data_folder, paths.config_dir(), Path(tempfile.gettempdir()) / "pathway-planner"):
        if base is None:
            continue
        folder = Path(base) / "logs"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder
    return Path(tempfile.gettempdir())


def details(exc: BaseException) -> str:
    """What a developer needs: the version, Python, platform and the traceback."""
    head = f"Pathway Planner {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
    return head + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def record(exc: BaseException, data_folder: Path | None, context: str = "") -> Path:
    """Append the bug to the rotating log; returns the log file's path."""
    path = log_folder(data_folder) / LOG_NAME
    import logging  # with its handlers, only when a bug is written down
    import logging.handlers

    logger = logging.getLogger("planner.bugs")
    logger.propagate = False
    try:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8", errors="backslashreplace"
        )
    except OSError:
        return path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    try:
        logger.error("%s\n%s", context or "Unexpected error", details(exc))
    finally:
        logger.removeHandler(handler)
        handler.close()
    return path


def message(log: Path) -> str:
    return fill(
        translate(
            "bugs",
            "Something went wrong — details saved to %1. Please send that file to whoever supports "
            "Pathway Planner for you.",
        ),
        log,
    )
