"""What every command shares: the mistake a person can fix, and JSON and CSV output."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from planner.core.errors import UserError
from planner.services.exports import cell

__all__ = ["EXIT_BUG", "EXIT_DAMAGED", "EXIT_USER_ERROR", "UserError", "csv_text", "json_text"]

EXIT_USER_ERROR = 2
EXIT_DAMAGED = 1
EXIT_BUG = 1  # "Something went wrong": a bug, logged with its details


def csv_text(rows: list[dict[str, Any]], fields: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: cell(v) for k, v in row.items()})
    return out.getvalue()


def json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
