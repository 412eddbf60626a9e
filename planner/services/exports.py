"""Tables written as CSV files for spreadsheets: UTF-8 with a byte-order mark (so Excel keeps
accents), written atomically (planner.core.files), booleans as yes/no and lists joined.

Every CSV and XLSX value passes through here, so a name or title a spreadsheet would run as a
formula (starting = + - @, a tab or a carriage return) never does: in CSV it gets a leading
apostrophe (OWASP's rule), and in XLSX it is written as text."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from planner.core.files import atomic_file

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral(text: str) -> str:
    """Text a spreadsheet shows as it is, never runs: a leading apostrophe before a formula start."""
    return "'" + text if text.startswith(FORMULA_START) else text


def cell(value: Any) -> Any:
    """A value as a spreadsheet reader expects it, and safe to open."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return neutral("; ".join(str(v) for v in value))
    if isinstance(value, str):  # a lone carriage return would end a row in some readers
        return neutral(value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value)
    return value


def as_text(cells: Iterable[Any]) -> None:
    """XLSX cells (openpyxl) whose text looks like a formula are stored as text instead."""
    for c in cells:
        if getattr(c, "data_type", None) == "f":
            c.data_type = "s"


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    with atomic_file(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow([cell(h) for h in header])
        for row in rows:
            out.writerow([cell(v) for v in row])
    return Path(path)
