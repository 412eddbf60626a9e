"""Importing staff and completions from messy real-world files: encodings, BOMs, title rows,
semicolons, quoted line breaks, UK dates, duplicates, leading zeros, XLSX serials."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from planner.core.errors import UserError
from planner.core.importing import ImportProblem, key, parse_date, text_value
from planner.services.container import Services
from planner.services.importing import read_table
from tests.conftest import FIXED_TODAY

HEADER = ["Employee ID", "Forename", "Surname", "Job Title", "Service", "Start Date", "Email", "Extra column"]
PEOPLE = [
    ["00123", "Siobhán", "Ó Súilleabháin", "Social worker", "Northfield", "03/04/2025", "s@example.org", "x"],
    ["00124", "Zoë", "Brontë-MacLeod", "Residential child care worker", "Rowan House", "31 Jan 2024", "", "y"],
    ["00125", "Amy\nJane", "Wallace", "Mystery post", "New Team", "2025-01-31", "amy@example.org", ""],
]


def write_csv(path, rows, encoding="utf-8", delimiter=",", title=True):
    lines = []
    if title:
        lines += ["Staff list exported 22/11/2026", ""]
    for row in rows:
        cells = [f'"{c}"' if ("\n" in c or delimiter in c) else c for c in row]
        lines.append(delimiter.join(cells))
    data = "\r\n".join(lines) + "\r\n"
    path.write_bytes(data.encode(encoding))
    return path


@pytest.fixture
def services(starter_ws):
    return Services(starter_ws, today=FIXED_TODAY)


# -- the rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/01/2025", date(2025, 1, 31)),
        ("31-01-2025", date(2025, 1, 31)),
        ("31.01.2025", date(2025, 1, 31)),
        ("2025-01-31", date(2025, 1, 31)),
        ("31 Jan 2025", date(2025, 1, 31)),
        ("31 January 2025", date(2025, 1, 31)),
        ("3/4/2025", date(2025, 4, 3)),  # UK order: 3 April, never 4 March
        ("45688", date(2025, 1, 31)),  # an Excel serial
        (45688.0, date(2025, 1, 31)),
        (datetime(2025, 1, 31, 9, 30), date(2025, 1, 31)),
        ("31/01/2025 00:00", date(2025, 1, 31)),
    ],
)
def test_dates_are_read_the_uk_way(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2025", "not a real date"),
        ("01/31/2025", "not a real date"),  # US order is refused, never guessed
        ("31/01/25", "two-digit year"),
        ("next Tuesday", "not a date"),
        ("31 Foo 2025", "not a month"),
        ("", "no date"),
        ("1234567", "not a date"),
        ("31/01/1800", "years 1900"),
    ],
)
def test_impossible_and_ambiguous_dates_are_refused(text, reason):
    with pytest.raises(ImportProblem, match=reason):
        parse_date(text)


def test_text_values_keep_leading_zeros_and_lose_excel_decimals():
    assert text_value("00123") == "00123"
    assert text_value(1234.0) == "1234"
    assert text_value("  Amy \n Jane ") == "Amy Jane"
    assert text_value("a\x1b[2Jb\x00") == "a[2Jb"


def test_course_titles_match_without_case_accents_or_punctuation():
    assert key("Child Protection: Level-1 (Général)") == key("child protection level 1 general")


# -- reading files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", "\t"), ("utf-8", "\t")]
)
def test_csv_in_each_encoding_and_delimiter_reads_the_same(tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "staff.csv", [HEADER, *PEOPLE], encoding, delimiter)
    table = read_table(path, "staff")
    assert table.headers == HEADER
    assert table.header_line == 3  # below a title row and a blank row
    names = [(cells[1], cells[2]) for _line, cells in table.rows]
    assert names == [("Siobhán", "Ó Súilleabháin"), ("Zoë", "Brontë-MacLeod"), ("Amy\nJane", "Wallace")]
    assert [line for line, _ in table.rows] == [4, 5, 6]  # the quoted line break is inside line 6


def test_xlsx_with_a_title_row_serial_dates_and_numeric_staff_numbers(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    sheet = book.create_sheet("Staff")
    sheet.append(["HR export"])
    sheet.append([])
    sheet.append(["Payroll number", "Full name", "Post", "Team", "Start date"])
    sheet.append([1234, "Siobhán Ó Súilleabháin", "Social worker", "Northfield", 45688])
    sheet.append(["00999", "Łukasz Nowak", "Teacher", "Ashgrove", datetime(2024, 8, 15)])
    book.save(tmp_path / "staff.xlsx")
    table = read_table(tmp_path / "staff.xlsx", "staff", "Staff")
    assert table.sheets == ["Notes", "Staff"] and table.header_line == 3
    with pytest.raises(UserError, match="no rows"):
        read_table(tmp_path / "staff.xlsx", "staff")  # the first sheet is empty
    services = Services.in_memory()
    from planner.services.starter import load_starter

    load_starter(services._ws)
    preview = services.imports.preview_staff(table, services.imports.columns(table, "staff"))
    assert [(r.line, r.outcome, r.staff_no) for r in preview.rows] == [(4, "new", "1234"), (5, "new", "00999")]
    services.imports.apply_staff(table, services.imports.columns(table, "staff"))
    siobhan = services.people.worker_by_staff_no("1234")
    assert siobhan.roles[0].started_on == date(2025, 1, 31)
    services.close()


def test_files_that_are_not_tables_are_refused_in_words(tmp_path):
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (tmp_path / "binary.csv").write_bytes(b"\x00\x01\x02staff")
    for name in ("empty.csv", "fake.xlsx", "binary.csv", "missing.csv"):
        with pytest.raises(UserError):
            read_table(tmp_path / name, "staff")


# -- staff ----------------------------------------------------------------------------------------


def test_staff_preview_then_apply_agree_and_reimporting_changes_nothing(services, tmp_path):
    path = write_csv(tmp_path / "staff.csv", [HEADER, *PEOPLE])
    table = services.imports.read(path, "staff")
    columns = services.imports.columns(table, "staff")
    assert set(columns.values()) == {"staff_no", "forename", "surname", "job_title", "team", "start_date", "email"}
    preview = services.imports.preview_staff(table, columns)
    assert [r.outcome for r in preview.rows] == ["new", "new", "new"]
    assert preview.unmapped == {"Mystery post": 1}
    assert preview.new_teams == ["New Team", "Northfield", "Rowan House"]
    applied = services.imports.apply_staff(table, columns)
    assert [r.as_dict() for r in applied.rows] == [r.as_dict() for r in preview.rows]
    workers = {w.staff_no: w for w in services.people.workers()}
    assert set(workers) == {"00123", "00124", "00125"}  # leading zeros kept
    assert workers["00125"].name == "Amy Jane Wallace" and workers["00125"].roles == ()  # role to map
    assert workers["00123"].regulator == "SSSC" and workers["00123"].roles[0].started_on == date(2025, 4, 3)
    again = services.imports.apply_staff(table, columns)
    assert [r.outcome for r in again.rows] == ["unchanged"] * 3


def test_mapping_a_job_title_once_gives_the_role_on_the_next_import(services, tmp_path):
    path = write_csv(tmp_path / "staff.csv", [HEADER, *PEOPLE])
    table = services.imports.read(path, "staff")
    columns = services.imports.columns(table, "staff")
    services.imports.apply_staff(table, columns)
    services.imports.map_titles(job_titles={"Mystery post": "social-worker"})
    preview = services.imports.apply_staff(table, columns)
    row = next(r for r in preview.rows if r.staff_no == "00125")
    assert row.outcome == "updated" and "role" in row.changes and not preview.unmapped
    assert services.people.worker_by_staff_no("00125").roles


def test_rejected_rows_have_line_numbers_and_reasons_and_stop_the_import(services, tmp_path):
    rows = [
        HEADER,
        *PEOPLE,
        ["00126", "Bad", "Date", "Teacher", "Ashgrove", "31/02/2025", "", ""],
        ["00123", "Dupe", "Person", "Teacher", "Ashgrove", "01/01/2025", "", ""],
        ["", "No", "Number", "Teacher", "Ashgrove", "01/01/2025", "", ""],
        ["00128", "Bad", "Email", "Teacher", "Ashgrove", "01/01/2025", "not an email", ""],
    ]
    table = services.imports.read(write_csv(tmp_path / "s.csv", rows), "staff")
    columns = services.imports.columns(table, "staff")
    preview = services.imports.preview_staff(table, columns)
    assert [(r.line, r.reason) for r in preview.rejected] == [
        (8, "'31/02/2025' is not a real date (day/month/year)"),  # Amy's quoted name takes lines 6-7
        (9, "staff number 00123 is also on line 4"),
        (10, "no staff number"),
        (11, "'not an email' is not an email address"),
    ]
    with pytest.raises(UserError, match="Nothing was imported: 4 rows rejected"):
        services.imports.apply_staff(table, columns)
    assert services.people.workers() == []  # all or nothing
    done = services.imports.apply_staff(table, columns, skip_rejected=True)
    assert done.count("new") == 3 and len(services.people.workers()) == 3


def test_a_full_export_offers_missing_workers_as_leavers_never_deletes(services, tmp_path):
    table = services.imports.read(write_csv(tmp_path / "s.csv", [HEADER, *PEOPLE]), "staff")
    columns = services.imports.columns(table, "staff")
    services.imports.apply_staff(table, columns)
    shorter = services.imports.read(write_csv(tmp_path / "s2.csv", [HEADER, *PEOPLE[:2]]), "staff")
    preview = services.imports.apply_staff(shorter, columns, full_export=True)
    leaver = next(r for r in preview.rows if r.outcome == "leaver")
    assert leaver.staff_no == "00125" and "leaves on" in leaver.reason
    amy = services.people.worker_by_staff_no("00125")
    assert amy.retired and amy.left_on == shorter.file_date


def test_leaving_dates_in_the_file_mark_people_as_left(services, tmp_path):
    header = ["Staff No", "Full name", "Leaving date"]
    table = services.imports.read(
        write_csv(tmp_path / "s.csv", [header, ["7", "Kerr Okafor", ""], ["8", "Lorna Morrison", "30/09/2026"]]),
        "staff",
    )
    services.imports.apply_staff(table, services.imports.columns(table, "staff"))
    assert not services.people.worker_by_staff_no("7").retired
    lorna = services.people.worker_by_staff_no("8")
    assert lorna.retired and lorna.left_on == date(2026, 9, 30)


def test_the_column_mapping_is_remembered_for_files_with_the_same_headers(services, tmp_path):
    header = ["Ref", "Who", "Unit"]
    table = services.imports.read(write_csv(tmp_path / "s.csv", [header, ["1", "A B", "T"]], title=False), "staff")
    with pytest.raises(UserError, match="Which column holds the staff number"):
        services.imports.preview_staff(table, services.imports.columns(table, "staff"))
    chosen = {0: "staff_no", 1: "name", 2: "team"}
    services.imports.apply_staff(table, chosen)
    services.imports.remember_columns(table, "staff", chosen)
    same = services.imports.read(write_csv(tmp_path / "t.csv", [header, ["2", "C D", "T"]], title=False), "staff")
    assert services.imports.columns(same, "staff") == chosen


# -- completions ----------------------------------------------------------------------------------


def test_completions_match_modules_by_code_or_title_and_are_stored_once(demo_ws, tmp_path):
    services = Services(demo_ws, today=FIXED_TODAY)
    header = ["Learner ID", "Course Title", "Date Completed", "Duration", "Provider"]
    rows = [
        header,
        ["E01000", "NES-TSP", "12/10/2026", "2", "NES"],
        ["E01001", "child protection - advocating for the child", "1 Oct 2026", "", ""],
        ["E01001", "Child protection: advocating for the child", "01/10/2026", "", ""],  # the same again
        ["E09999", "NES-TSP", "12/10/2026", "", ""],
        ["E01002", "Some other course", "12/10/2026", "", ""],
        ["E01003", "NES-TSP", "12/10/2099", "", ""],
    ]
    table = services.imports.read(write_csv(tmp_path / "c.csv", rows, title=False), "completions")
    columns = services.imports.columns(table, "completions")
    preview = services.imports.preview_completions(table, columns)
    assert [r.outcome for r in preview.rows] == ["new", "new", "unchanged", "rejected", "rejected", "rejected"]
    assert [r.reason for r in preview.rejected] == [
        "no worker has the staff number E09999",
        "the course 'Some other course' is not matched to a module: map it",
        "the completion date 12 Oct 2099 is in the future",
    ]
    before = len(services.learning.entries(services.people.worker_by_staff_no("E01000").id))
    services.imports.apply_completions(table, columns, skip_rejected=True)
    entries = services.learning.entries(services.people.worker_by_staff_no("E01000").id)
    assert len(entries) == before + 1
    new = next(e for e in entries if e.occurred_on == date(2026, 10, 12))
    assert new.hours == 2 and new.provider == "NES" and new.source == "import"  # part of the one history
    again = services.imports.preview_completions(table, columns)
    assert again.count("new") == 0  # imported twice, stored once
    services.imports.map_titles(courses={"Some other course": "NES-TSP"})
    mapped = services.imports.preview_completions(table, columns)
    assert mapped.count("new") == 1 and not mapped.unmapped


# -- found by a new user ---------------------------------------------------------------------------


def test_titles_match_across_apostrophes_ampersands_and_hyphens():
    assert key("Childrens rights and the UNCRC") == key("Children’s rights & the UNCRC")
    assert key("whole work-force") == key("whole workforce") == key("Whole Work Force")


def test_a_partial_mapping_file_adds_to_the_columns_recognised(services, tmp_path):
    from planner.services.import_files import column_mapping, unused_columns

    header = ["Learner ID", "Learner Email", "Course Title", "Completion Date", "Duration (hrs)", "Score"]
    table = services.imports.read(write_csv(tmp_path / "c.csv", [header], title=False), "completions")
    columns = column_mapping(table, {"Score": "hours"}, "completions")
    assert columns == {0: "staff_no", 1: "email", 2: "course", 3: "completed_on", 5: "hours"}
    assert unused_columns(table, columns) == ["Duration (hrs)"]  # said, not dropped silently


def test_a_staff_number_that_lost_its_leading_zeros_is_not_a_new_person(services, tmp_path):
    table = services.imports.read(write_csv(tmp_path / "s.csv", [HEADER, *PEOPLE]), "staff")
    services.imports.apply_staff(table, services.imports.columns(table, "staff"))
    header = ["Payroll number", "Full name"]
    again = services.imports.read(write_csv(tmp_path / "n.csv", [header, ["123", "Siobhán Ó Súilleabháin"]]), "staff")
    preview = services.imports.preview_staff(again, services.imports.columns(again, "staff"))
    assert preview.rows[0].outcome == "rejected" and "looks like 00123" in preview.rows[0].reason


def test_a_full_export_that_would_empty_the_organisation_needs_confirming(services, tmp_path):
    from planner.services.importing import ImportRefused

    table = services.imports.read(write_csv(tmp_path / "s.csv", [HEADER, *PEOPLE]), "staff")
    columns = services.imports.columns(table, "staff")
    services.imports.apply_staff(table, columns)
    header_only = services.imports.read(write_csv(tmp_path / "h.csv", [HEADER], title=False), "staff")
    with pytest.raises(ImportRefused, match="3 of the 3 current workers would leave"):
        services.imports.apply_staff(header_only, columns, full_export=True)
    assert len(services.people.workers()) == 3  # nobody left
    services.imports.apply_staff(header_only, columns, full_export=True, confirm_leavers=True)
    assert services.people.workers() == []


def test_completion_hours_given_differently_update_the_record(demo_ws, tmp_path):
    services = Services(demo_ws, today=FIXED_TODAY)
    rows = [["Staff number", "Course code", "Completed", "Hours"], ["E01000", "NES-TSP", "12/10/2026", "1"]]
    table = services.imports.read(write_csv(tmp_path / "c.csv", rows, title=False), "completions")
    columns = services.imports.columns(table, "completions")
    services.imports.apply_completions(table, columns)
    rows[1][3] = "2.5"
    changed = services.imports.read(write_csv(tmp_path / "d.csv", rows, title=False), "completions")
    preview = services.imports.apply_completions(changed, columns)
    assert preview.rows[0].outcome == "updated" and preview.rows[0].changes == {"hours": ("1", "2.5")}
    worker = services.people.worker_by_staff_no("E01000")
    entry = next(e for e in services.learning.entries(worker.id) if e.occurred_on == date(2026, 10, 12))
    assert entry.hours == 2.5


def test_a_workbook_whose_first_sheet_is_not_the_data_says_which_sheets_there_are(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Summary"
    book.active.append(["Total", 200])
    staff = book.create_sheet("Staff")
    staff.append(["Staff No", "Full name"])
    staff.append(["1", "A B"])
    book.save(tmp_path / "w.xlsx")
    table = read_table(tmp_path / "w.xlsx", "staff")
    assert "Staff" in table.note and "--sheet" in table.note
