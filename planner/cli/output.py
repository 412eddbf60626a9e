"""What every command shares: the mistake a person can fix, and JSON and CSV output."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

EXIT_USER_ERROR = 2
EXIT_DAMAGED = 1


class UserError(Exception):
    """A mistake in what was asked: shown as a message, never a traceback."""



def csv_text(rows: list[dict[str, Any]], fields: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def _cell(value: Any) -> Any:
    """Lists joined with "; ", yes and no for true and false (as a spreadsheet reader expects)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)

