"""Exporting the visible team matrix: CSV (words) and XLSX (the same colours, marks and a key).
Both are written to a temporary name and renamed, so a file appears complete or not at all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import cast

from planner.core import wording
from planner.core.dates import uk
from planner.core.files import write_with
from planner.core.matrix import BLANK, STATES
from planner.services import exports
from planner.services.matrix_service import MatrixData

MARKS = wording.STATE_MARK
FILLS = {state: fill.lstrip("#").upper() for state, fill in wording.STATE_FILL.items()}


def cell_words(code: int, ordinal: int) -> str:
    """ "overdue since 3 Mar 2026"; empty for a blank cell."""
    if code == BLANK:
        return ""
    return wording.state_words(STATES[code].value, date.fromordinal(ordinal) if ordinal > 0 else None)


def _header(data: MatrixData, cols: Sequence[int]) -> list[str]:
    return ["Name", "Staff no.", "Team", "Roles", "Recorded", *(data.columns[c].full_label for c in cols)]


def _fixed(data: MatrixData, r: int, cols: Sequence[int]) -> list[str]:
    codes = [data.state(r, c) for c in cols]
    held = sum(1 for s in codes if s in (0, 1))
    required = sum(1 for s in codes if s != BLANK)
    return [data.names[r], data.staff[r], data.teams[r], data.roles[r] if data.roles else "", f"{held}/{required}"]


def write_csv(data: MatrixData, rows: Sequence[int], cols: Sequence[int], path: Path) -> None:
    exports.write_csv(
        path,
        _header(data, cols),
        (
            [*_fixed(data, r, cols), *(cell_words(data.state(r, c), data.date_ordinal(r, c)) for c in cols)]
            for r in rows
        ),
    )


def write_xlsx(data: MatrixData, rows: Sequence[int], cols: Sequence[int], path: Path, title: str = "") -> None:
    """The matrix sheet (coloured cells with a mark and words, frozen names and headings) and a
    Key sheet explaining the marks and colours."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    # A new workbook's active sheet is its one worksheet; the stubs allow for none or a chart sheet.
    ws = cast(Worksheet, wb.active)
    ws.title = "Matrix"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append([title or "Team matrix", f"as on {uk(data.on)}"])
    exports.as_text(ws[1])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["", "", "", "", "", *(data.columns[c].group for c in cols)])
    ws.append(_header(data, cols))
    exports.as_text(ws[2] + ws[3])
    for cell in ws[2] + ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    fills = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in FILLS.items()}
    for r in rows:
        values = [*_fixed(data, r, cols)]
        states = []
        for c in cols:
            code = data.state(r, c)
            words = cell_words(code, data.date_ordinal(r, c))
            values.append(f"{MARKS[STATES[code].value]} {words}" if code != BLANK else "")
            states.append(STATES[code].value if code != BLANK else None)
        ws.append(values)
        row_cells = ws[ws.max_row]
        exports.as_text(row_cells)
        for cell, state in zip(row_cells[5:], states, strict=True):
            cell.border = border
            if state:
                cell.fill = fills[state]
    ws.freeze_panes = "B4"  # names and headings stay in view
    widths = {"A": 28, "B": 11, "C": 30, "D": 30, "E": 10}
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    for i in range(len(cols)):
        ws.column_dimensions[get_column_letter(6 + i)].width = 24
    key = wb.create_sheet("Key")
    key.append(["Mark", "State", "Meaning"])
    for state, meaning in wording.STATE_MEANING.items():
        key.append([MARKS[state], state, meaning])
        key.cell(row=key.max_row, column=1).fill = fills[state]
        key.cell(row=key.max_row, column=2).fill = fills[state]
    key.append(["", "blank", wording.BLANK_MEANING])
    key.column_dimensions["C"].width = 60
    write_with(path, lambda temp: wb.save(str(temp)))
