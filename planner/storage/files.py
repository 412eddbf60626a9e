"""Temporary files the storage layer leaves while it works (a backup being written, an evidence
file being copied in): what ``check`` reports and opening the data folder clears away."""

from __future__ import annotations

import time
from pathlib import Path

from planner.core.files import STALE_AFTER_S  # younger ones may be another copy's, still writing

__all__ = ["STALE_AFTER_S", "leftovers", "remove_leftovers"]


def leftovers(folder: Path, evidence_folder: Path) -> list[Path]:
    """Temporary files under the data folder: half-made copies and half-copied evidence."""
    found = [p for p in folder.glob("*.partial") if p.is_file()]
    found += [p for p in folder.glob(".*.partial*") if p.is_file()]
    if evidence_folder.is_dir():
        found += [p for p in evidence_folder.glob(".incoming-*") if p.is_file()]
    return sorted(set(found))


def remove_leftovers(folder: Path, evidence_folder: Path, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove the temporary files left by a crash (those older than ``older_than_s``)."""
    removed = []
    now = time.time()
    for path in leftovers(folder, evidence_folder):
        try:
            if now - path.stat().st_mtime >= older_than_s:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to remove: check reports what stays
    return removed
