"""Names, teams and titles that a spreadsheet would run as formulas go out of every CSV and XLSX
writer as plain text; control characters never get into the database."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from planner import cli
from planner.services.container import Services
from tests.conftest import FIXED_TODAY

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+SUM(1,2)", "-2+3", "@cmd", "\tTabbed", "\rReturn"]
DANGER = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    services = Services.open(folder)
    services.create_demo(workers=12, seed=5, force=False)
    ws = services._ws
    workers = services.people.workers()
    with ws.db.atomic():
        for worker, text in zip(workers, HOSTILE, strict=False):
            ws.db.execute("UPDATE workers SET name = ? WHERE id = ?", [text, worker.id])
        team_id = workers[0].team_id
        ws.db.execute("UPDATE teams SET name = ? WHERE id = ?", ["=1+1", team_id])
        ws.db.execute("UPDATE levels SET name = ? WHERE name = 'Informed'", ["=Informed()"])
    services.learning.add_entry(
        workers[0].id, {"occurred_on": date(2026, 11, 1), "title": "@SUM(A1:A9)", "kind": "reading", "hours": 1}
    )
    services.close()
    return folder, workers[0].staff_no


def _cells(text: str) -> list[str]:
    return [value for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for value in row]


def _run(capsys, *argv: str) -> str:
    assert cli.main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [
        ["status", "--format", "csv"],
        ["due", "--format", "csv", "--days", "3650"],
        ["needs", "--format", "csv"],
        ["workers", "--format", "csv"],
        ["cpl", "list", "STAFF", "--format", "csv"],
    ],
)
def test_every_cli_csv_neutralises_formulas(hostile_dir, capsys, command):
    folder, staff_no = hostile_dir
    argv = ["--data-dir", str(folder), *[staff_no if c == "STAFF" else c for c in command]]
    cells = _cells(_run(capsys, *argv))
    assert cells, "the export is empty"
    bad = [c for c in cells if c.startswith(DANGER)]
    assert bad == []
    written = "\n".join(cells)
    # the hostile text is still there, readable, behind its apostrophe
    assert "'=" in written or "'@" in written or "'+" in written


def test_matrix_csv_and_xlsx_write_formulas_as_text(hostile_dir, tmp_path):
    from openpyxl import load_workbook

    from planner.services.matrix_export import write_csv, write_xlsx

    folder, _ = hostile_dir
    services = Services.open(folder)
    try:
        data = services.build_matrix_detached(FIXED_TODAY, None, lambda done, total: True)
    finally:
        services.close()
    rows, cols = list(range(len(data.names))), list(range(len(data.columns)))
    write_csv(data, rows, cols, tmp_path / "m.csv")
    cells = _cells((tmp_path / "m.csv").read_text(encoding="utf-8-sig"))
    assert [c for c in cells if c.startswith(DANGER)] == []
    assert "'=HYPERLINK" in "".join(cells) and "'=1+1" in "".join(cells)

    write_xlsx(data, rows, cols, tmp_path / "m.xlsx", title="=cmd|' /C calc'!A0")
    book = load_workbook(tmp_path / "m.xlsx")
    formulas = [c.coordinate for sheet in book for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    texts = [c.value for row in book["Matrix"].iter_rows() for c in row if isinstance(c.value, str)]
    assert HOSTILE[0] in texts and "=1+1" in texts  # shown exactly as typed, as text


def test_control_characters_never_reach_the_database(tmp_path):
    services = Services.open(tmp_path / "d")
    services.create_demo(workers=3, seed=1, force=False)
    services._ws.settings_repo.set("mode", "personal")  # reflections are kept only in a worker's own copy
    worker = services.people.workers()[0]
    _, entry_id = services.learning.add_entry(
        worker.id,
        {
            "occurred_on": date(2026, 11, 1),
            "title": "Course\x1b[2J\x00 on\x07 trauma\x9b",
            "kind": "course",
            "hours": 1,
            "learned": "First line\r\nsecond\tline",
        },
    )
    entry = services.learning.entry(entry_id)
    services.close()
    assert entry.title == "Course[2J on trauma"
    assert entry.learned == "First line\nsecond\tline"
