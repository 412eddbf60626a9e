"""`planner person export|erase` as a real process on a real data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PLANNER_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-m", "planner", *args], capture_output=True, text=True, env=env, timeout=120, encoding="utf-8"
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("planner: ") and result.stderr.count("\n") == 1, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr


@pytest.fixture
def demo(tmp_path):
    folder = tmp_path / "demo"
    run("--data-dir", str(folder), "demo", "--workers", "10", "--seed", "4")
    return folder


def workers(folder) -> list[dict[str, object]]:
    return json.loads(run("--data-dir", str(folder), "workers", "--format", "json").stdout)


def test_export_writes_a_folder_and_refuses_a_file_in_the_way(demo, tmp_path):
    staff_no = str(workers(demo)[0]["staff_no"])
    out = run("--data-dir", str(demo), "person", "export", staff_no, "-o", str(tmp_path / "sar"))
    assert str(tmp_path / "sar") in out.stdout and "person.json" in out.stdout
    assert {p.name for p in (tmp_path / "sar").iterdir()} >= {"person.json", "cpl.csv", "learning-record.pdf"}
    (tmp_path / "in-the-way").write_text("x")
    refused(
        run("--data-dir", str(demo), "person", "export", staff_no, "-o", str(tmp_path / "in-the-way"), check=False),
        "is a file",
    )
    refused(
        run("--data-dir", str(demo), "person", "export", "NOBODY", "-o", str(tmp_path / "n"), check=False), "NOBODY"
    )


def test_erase_needs_yes_then_removes_them_and_lists_older_backups(demo):
    before = workers(demo)
    target = before[1]
    no = run("--data-dir", str(demo), "person", "erase", str(target["staff_no"]), check=False)
    refused(no, "--yes")
    assert "1 worker record" in no.stderr and workers(demo) == before
    run("--data-dir", str(demo), "backup")
    out = run("--data-dir", str(demo), "person", "erase", str(target["staff_no"]), "--yes")
    assert "1 backup made before the erasure" in out.stdout and "backups" in out.stdout
    assert workers(demo) == [w for w in before if w["staff_no"] != target["staff_no"]]
    assert run("--data-dir", str(demo), "check").returncode == 0
    data = (demo / "planner.sqlite3").read_bytes()
    assert str(target["staff_no"]).encode() not in data
    refused(run("--data-dir", str(demo), "person", "erase", str(target["staff_no"]), "--yes", check=False), "no worker")
