"""`planner backup`, `planner backups` and `planner restore` as real processes."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest

from tests.integration.test_cli import run


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    run("--data-dir", str(data), "demo", "--workers", "6", "--seed", "2")
    return data


def workers(where) -> int:
    """Workers in a data folder's database, or in a database file."""
    conn = sqlite3.connect(where if where.is_file() else where / "planner.sqlite3")
    try:
        return conn.execute("SELECT COUNT(*) FROM workers").fetchone()[0]
    finally:
        conn.close()


def test_backup_then_backups_json_keeps_its_keys(folder):
    out = run("backup", data_dir=folder).stdout
    assert out.startswith("Backed up to ") and "/backups/planner-" in out
    listed = json.loads(run("backups", "--format", "json", data_dir=folder).stdout)
    assert len(listed) == 1
    [entry] = listed
    assert set(entry) == {"path", "made_at", "size", "workers", "reason", "sound"}
    assert entry["workers"] == 6 and entry["sound"] is True and entry["reason"] == ""
    assert entry["path"] in out and entry["size"] > 0
    datetime.fromisoformat(entry["made_at"])
    text = run("backups", data_dir=folder).stdout
    assert "6 workers" in text and "sound" in text


def test_backup_to_a_file_and_its_mistakes(folder, tmp_path):
    target = tmp_path / "copy.sqlite3"
    assert run("backup", "-o", str(target), data_dir=folder).stdout.strip() == f"Backed up to {target}."
    assert workers(target) == 6
    assert json.loads(run("backups", "--format", "json", data_dir=folder).stdout) == []
    for bad in (str(tmp_path / "missing" / "x.sqlite3"), str(tmp_path), str(folder / "planner.sqlite3")):
        result = run("backup", "--output", bad, data_dir=folder, check=False)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("planner: ")


def test_restore_brings_back_the_data_and_says_where_the_current_data_went(folder, tmp_path):
    target = tmp_path / "six.sqlite3"
    run("backup", "-o", str(target), data_dir=folder)
    run("demo", "--force", "--workers", "9", data_dir=folder)
    assert workers(folder) == 6 + 9  # the example added to what was there
    out = run("restore", str(target), data_dir=folder).stdout
    assert workers(folder) == 6
    assert "before-restore" in out
    listed = json.loads(run("backups", "--format", "json", data_dir=folder).stdout)
    kept = [b for b in listed if b["reason"] == "before-restore"]
    assert len(kept) == 1 and kept[0]["workers"] == 15 and kept[0]["path"] in out
    assert run("check", data_dir=folder).returncode == 0


def test_restore_refuses_a_damaged_or_foreign_file_with_one_line_and_exit_2(folder, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database at all")
    damaged = tmp_path / "damaged.sqlite3"
    run("backup", "-o", str(damaged), data_dir=folder)
    data = bytearray(damaged.read_bytes())
    for n in range(2, 30):
        data[n * 4096 : n * 4096 + 64] = b"\xa5" * 64
    damaged.write_bytes(bytes(data))
    for bad in (junk, damaged, tmp_path / "missing.sqlite3"):
        result = run("restore", str(bad), data_dir=folder, check=False)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert "Nothing was changed" in result.stderr or "no file" in result.stderr
    assert workers(folder) == 6
    assert json.loads(run("backups", "--format", "json", data_dir=folder).stdout) == []
