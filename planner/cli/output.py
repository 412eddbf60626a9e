"""What every command shares: the mistake a person can fix, and JSON and CSV output."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from planner.core.errors import UserError
from planner.services.exports import cell

__all__ = [
    "EXIT_BUG",
    "EXIT_DAMAGED",
    "EXIT_USER_ERROR",
    "Output",
    "UserError",
    "csv_lines",
    "csv_text",
    "json_array",
    "json_lines",
    "json_text",
]

Output = str | Iterable[str]  # what a command prints: all at once, or piece by piece as it is made
BATCH = 500  # rows per write
BATCH_CHARS = 256 * 1024  # characters of JSON per write

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


def json_lines(rows: Iterable[Any], pretty: bool = False) -> Iterator[str]:
    """A JSON array written as it is made: one row per line by the C encoder, so a whole
    organisation's rows never sit in memory as text; ``pretty`` indents it for people."""
    if pretty:  # json_text's indented form, a row at a time
        encode = json.JSONEncoder(ensure_ascii=False, indent=2).encode
        yield from json_array("  " + encode(row).replace("\n", "\n  ") for row in rows)
        return
    yield from json_array(map(json.JSONEncoder(ensure_ascii=False).encode, rows))


def json_array(encoded: Iterable[str]) -> Iterator[str]:
    """A JSON array of objects already written as text, one per line, written in batches of
    about 256 KB."""
    yield "["
    batch: list[str] = []
    size = 0
    separator = "\n"
    for piece in encoded:
        batch.append(piece)
        size += len(piece)
        if size >= BATCH_CHARS:
            yield separator + ",\n".join(batch)
            batch.clear()
            size = 0
            separator = ",\n"
    if batch:
        yield separator + ",\n".join(batch)
        separator = ",\n"
    yield "\n]\n" if separator != "\n" else "]\n"


def csv_lines(rows: Iterable[dict[str, Any]], fields: Sequence[str]) -> Iterator[str]:
    """CSV written as it is made (see :func:`csv_text`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for n, row in enumerate(rows, start=1):
        writer.writerow({k: cell(v) for k, v in row.items()})
        if n % BATCH == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()
