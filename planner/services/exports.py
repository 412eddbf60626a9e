"""Tables written as CSV files for spreadsheets: UTF-8 with a byte-order mark (so Excel keeps
accents), written atomically (planner.core.files), booleans as yes/no and lists joined."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from planner.core.files import atomic_file


def cell(value: Any) -> Any:
    """A value as a spreadsheet reader expects it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return value


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    with atomic_file(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(header)
        for row in rows:
            out.writerow([cell(v) for v in row])
    return Path(path)
