"""`planner import staff|completions` as a real process: the preview contract, exit codes, and
all or nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROWS = [
    "Staff No;Full name;Post;Team",
    "0042;Siobhán Ó Súilleabháin;Social worker;Northfield",
    "0043;Łukasz Nowak;Teacher;Ashgrove",
    "0042;Twice Over;Teacher;Ashgrove",
]


def planner(*args, folder):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    assert planner("demo", "--workers", "3", folder=folder).returncode == 0
    return folder


def test_rejected_rows_stop_the_import_with_their_lines(folder, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="cp1252", errors="replace")
    result = planner("import", "staff", str(path), folder=folder)
    assert result.returncode == 2
    assert "line 4: staff number 0042 is also on line 2" in result.stdout
    assert result.stderr.startswith("planner: Nothing was imported") and len(result.stderr.splitlines()) == 1
    workers = json.loads(planner("workers", "--format", "json", folder=folder).stdout)
    assert not any(w["staff_no"] in ("0042", "0043") for w in workers)  # all or nothing


def test_dry_run_json_is_the_preview_and_writes_nothing(folder, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    result = planner("import", "staff", str(path), "--dry-run", "--format", "json", folder=folder)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(r["line"], r["outcome"], r["staff_no"]) for r in data["rows"]] == [
        (2, "new", "0042"),
        (3, "new", "0043"),
        (4, "rejected", "0042"),
    ]
    assert all({"line", "outcome", "reason", "staff_no"} <= set(r) for r in data["rows"])
    assert data["applied"] is False
    workers = json.loads(planner("workers", "--format", "json", folder=folder).stdout)
    assert not any(w["staff_no"] == "0042" for w in workers)


def test_skip_rejected_imports_the_rest_and_a_second_run_changes_nothing(folder, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    first = planner("import", "staff", str(path), "--skip-rejected", folder=folder)
    assert first.returncode == 0, first.stderr
    assert "2 new, 1 rejected" in first.stdout
    again = json.loads(
        planner("import", "staff", str(path), "--skip-rejected", "--format", "json", folder=folder).stdout
    )
    assert again["counts"] == {"new": 0, "updated": 0, "unchanged": 2, "rejected": 1, "leaver": 0}


def test_completions_import_and_course_mapping(folder, tmp_path):
    path = tmp_path / "done.csv"
    path.write_text("Staff number,Course,Completed\nE01000,A course of our own,01/10/2026\n", encoding="utf-8")
    refused = planner("import", "completions", str(path), folder=folder)
    assert refused.returncode == 2 and "line 2: the course 'A course of our own' is not matched" in refused.stdout
    mapped = planner("import", "completions", str(path), "--map-course", "A course of our own=NES-TSP", folder=folder)
    assert mapped.returncode == 0, mapped.stderr
    assert "1 new" in mapped.stdout
    listed = json.loads(planner("completion", "list", "E01000", "--format", "json", folder=folder).stdout)
    assert any(c.get("completed_on") == "2026-10-01" for c in listed)


def test_a_mapping_file_names_unknown_columns(folder, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Ref,Who\n9001,Kerr Okafor\n", encoding="utf-8")
    assert "Which column holds the staff number" in planner("import", "staff", str(path), folder=folder).stderr
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Ref": "staff_no", "Who": "name"}))
    done = planner("import", "staff", str(path), "--mapping", str(mapping), folder=folder)
    assert done.returncode == 0, done.stderr
    assert "1 new" in done.stdout
