"""Reading a spreadsheet to import: CSV in UTF-8 (with or without BOM) or Windows-1252, separated
by commas, semicolons or tabs, with quoted line breaks; or a sheet of an XLSX workbook. The header
row is found below any title and blank rows; every row keeps its line number in the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from planner.core.errors import UserError
from planner.core.i18n import fill, translate
from planner.core.importing import COMPLETION_FIELDS, STAFF_FIELDS, header_score, key, recognise, text_value

KINDS = {"staff": STAFF_FIELDS, "completions": COMPLETION_FIELDS}
HEADER_SEARCH_ROWS = 30


@dataclass
class Table:
    """A file's rows below its header row, each with its line number in the file."""

    path: Path
    headers: list[str]
    header_line: int
    rows: list[tuple[int, list[object]]]
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    encoding: str = ""
    file_date: date = field(default_factory=date.today)
    note: str = ""  # something to know about the file (the data may be on another sheet)

    def signature(self) -> str:
        """Files with the same headers share a remembered column mapping."""
        return key("|".join(h for h in self.headers if h.strip()))[:400]


# -- reading ----------------------------------------------------------------------------------


def read_table(path: str | Path, kind: str, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file; find its header row (title and blank rows above it are skipped)."""
    path = Path(path)
    fields = KINDS[kind]
    if not path.exists():
        raise UserError(fill(translate("import_files", "The file %1 does not exist."), path))
    if path.is_dir():
        raise UserError(fill(translate("import_files", "%1 is a folder: choose a CSV or XLSX file."), path))
    try:
        file_date = datetime.fromtimestamp(path.stat().st_mtime).date()
        with path.open("rb") as f:
            head = f.read(4)
    except OSError as exc:
        raise UserError(
            fill(translate("import_files", "The file %1 cannot be read: %2."), path.name, exc.strerror)
        ) from exc
    if head.startswith(b"PK\x03\x04"):
        records, sheet_name, sheets, encoding = _read_xlsx(path, sheet)
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        raise UserError(
            fill(
                translate(
                    "import_files", "%1 is not an Excel workbook that can be read (it may be damaged or an old .xls)."
                ),
                path.name,
            )
        )
    else:
        records, encoding = _read_csv(path)
        sheet_name, sheets = "", []
    best, best_score = None, 0
    for n, (line, cells) in enumerate(records[:HEADER_SEARCH_ROWS]):
        score = header_score([text_value(c) for c in cells], fields)
        if score > best_score:
            best, best_score = n, score
    if not records:
        raise UserError(fill(translate("import_files", "%1 has no rows to import."), path.name))
    note = ""
    others = [s for s in sheets if s != sheet_name]
    if best_score < 2 and others:
        note = fill(
            translate(
                "import_files",
                "The sheet %1 does not look like the data: the workbook also has %2 (choose the sheet "
                "with --sheet, or Sheet in File ▸ Import…).",
            ),
            sheet_name,
            ", ".join(others),
        )
    if best is None or best_score < 2:
        # headers this app does not know: the first full-width row, for the person to map
        widths = [sum(1 for c in cells if text_value(c)) for _line, cells in records[:HEADER_SEARCH_ROWS]]
        best = widths.index(max(widths))
    header_line, header_cells = records[best]
    headers = [text_value(c) for c in header_cells]
    rows = [(line, cells) for line, cells in records[best + 1 :] if any(text_value(c) for c in cells)]
    return Table(path, headers, header_line, rows, sheet_name, sheets, encoding, file_date, note)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _read_csv(path: Path) -> tuple[list[tuple[int, list[object]]], str]:
    text, encoding = _decode(path.read_bytes())
    if "\x00" in text:
        raise UserError(
            fill(translate("import_files", "%1 is not a text (CSV) file: choose a CSV or XLSX file."), path.name)
        )
    sample = "\n".join(text.splitlines()[:40])
    delimiter = max((",", ";", "\t"), key=lambda d: sum(line.count(d) for line in sample.splitlines()))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[object]]] = []
    start = 1
    try:
        for cells in reader:
            if cells:
                records.append((start, list(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise UserError(fill(translate("import_files", "%1 line %2: %3"), path.name, reader.line_num, exc)) from None
    return records, encoding


def _read_xlsx(path: Path, sheet: str | None) -> tuple[list[tuple[int, list[object]]], str, list[str], str]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file it cannot read: all mean the same here
        raise UserError(
            fill(
                translate("import_files", "%1 cannot be read as an Excel workbook (%2)."), path.name, type(exc).__name__
            )
        ) from exc
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            raise UserError(
                fill(
                    translate("import_files", "%1 has no sheet called '%2': it has %3."),
                    path.name,
                    sheet,
                    ", ".join(names),
                )
            )
        ws = book[sheet or names[0]]
        records: list[tuple[int, list[object]]] = [
            (n, list(values)) for n, values in enumerate(ws.iter_rows(values_only=True), start=1) if values
        ]
        return records, ws.title, names, "XLSX"
    finally:
        book.close()


def parse_mapping_pairs(pairs: Sequence[str], what: str) -> dict[str, str]:
    """'Job title=role-code' pairs from the command line."""
    out: dict[str, str] = {}
    for pair in pairs:
        title, sep, code = pair.rpartition("=")
        if not sep or not title.strip():
            raise UserError(
                fill(
                    translate("import_files", "'%1' is not TITLE=CODE: give the %2 and its code with '=' between."),
                    pair,
                    what,
                )
            )
        out[title.strip()] = code.strip()
    return out


def column_mapping(table: Table, spec: Mapping[str, str], kind: str) -> dict[int, str]:
    """A mapping file's {"column header": "field"} as column index -> field."""
    fields = KINDS[kind]
    by_header = {key(h): i for i, h in enumerate(table.headers)}
    out = recognise(table.headers, fields)  # the file names the rest: a mapping adds to what is recognised
    for header, field_name in spec.items():
        if field_name not in fields:
            raise UserError(
                fill(
                    translate("import_files", "'%1' is not a field to import: use one of %2."),
                    field_name,
                    ", ".join(fields),
                )
            )
        index = by_header.get(key(header))
        if index is None:
            raise UserError(
                fill(
                    translate("import_files", "The file has no column '%1': its columns are %2."),
                    header,
                    ", ".join(table.headers),
                )
            )
        out = {i: f for i, f in out.items() if f != field_name}
        out[index] = field_name
    return out


def unused_columns(table: Table, columns: Mapping[int, str]) -> list[str]:
    """The file's columns that are not imported (so nothing is dropped without a word)."""
    return [h or f"column {i + 1}" for i, h in enumerate(table.headers) if i not in columns and h.strip()]
