"""The folder a person's export is written to: checked before anything is written, cleared of
what an interrupted export left, and evidence files given distinct names."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

from planner.core.files import STALE_AFTER_S, OutputError
from planner.core.i18n import fill, translate

PARTIAL_MARK = ".planner-person-export"  # inside a folder an export is still writing


def check_export_folder(target: Path) -> None:
    if "\x00" in str(target):
        raise OutputError(translate("person", "A folder name cannot contain a NUL character: type the name again."))
    if target.exists() and not target.is_dir():
        raise OutputError(
            fill(translate("person", "%1 is a file: give a new folder for the person's files (it is created)."), target)
        )
    if target.is_dir() and any(target.iterdir()):
        raise OutputError(
            fill(translate("person", "The folder %1 already has files in it: give a new or empty folder."), target)
        )
    if target.is_dir():
        if not os.access(target, os.W_OK):
            raise OutputError(
                fill(translate("person", "The folder %1 cannot be written to: choose a folder of your own."), target)
            )
        return
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        raise OutputError(
            fill(
                translate("person", "%1 is a file, not a folder: choose another place for the person's files."), parent
            )
        )
    if not parent.is_dir():
        raise OutputError(
            fill(translate("person", "The folder %1 does not exist: create it first, or choose another place."), parent)
        )
    if not os.access(parent, os.W_OK):
        raise OutputError(
            fill(translate("person", "The folder %1 cannot be written to: choose a folder of your own."), parent)
        )


def remove_stale(target: Path) -> None:
    """Folders an interrupted export left (marked as unfinished, ten minutes old)."""
    try:
        candidates = list(target.parent.glob(f".{target.name}-*.partial"))
    except OSError:
        return
    for path in candidates:
        try:
            if (path / PARTIAL_MARK).exists() and time.time() - path.stat().st_mtime >= STALE_AFTER_S:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            continue


def distinct_names(names: Iterable[str]) -> list[str]:
    """Each evidence file's own name made safe for a file system, and distinct ("x (2).pdf")."""
    from planner.core.files import safe_filename

    seen: set[str] = set()
    out = []
    for original in names:
        base = safe_filename(Path(original).name) or "evidence"
        stem, suffix = os.path.splitext(base)
        name, n = base, 1
        while name.lower() in seen:
            n += 1
            name = f"{stem} ({n}){suffix}"
        seen.add(name.lower())
        out.append(name)
    return out
