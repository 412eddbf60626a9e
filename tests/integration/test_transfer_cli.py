"""`planner export csv|json` and `planner import json` as a real process on real data folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("transfer") / "demo"
    run("--data-dir", str(folder), "demo", "--workers", "10", "--seed", "4")
    return folder


@pytest.fixture(scope="module")
def export(demo):
    path = demo.parent / "organisation.json"
    out = run("--data-dir", str(demo), "export", "json", "-o", str(path))
    assert out.stdout.startswith("Wrote ") and str(path) in out.stdout and "evidence files" in out.stdout
    return path


def workers(folder: Path) -> list[dict[str, object]]:
    return json.loads(run("--data-dir", str(folder), "workers", "--format", "json").stdout)


def test_import_into_a_new_folder_gives_the_same_organisation(demo, export, tmp_path):
    out = run("--data-dir", str(tmp_path / "copy"), "import", "json", str(export))
    assert out.stdout.startswith(f"Imported {export}:")
    assert workers(tmp_path / "copy") == workers(demo)
    status = ("status", "--on", "2026-11-22", "--format", "json")
    assert run("--data-dir", str(tmp_path / "copy"), *status).stdout == run("--data-dir", str(demo), *status).stdout
    assert run("--data-dir", str(tmp_path / "copy"), "check").returncode == 0


def test_import_into_a_folder_with_data_is_refused_unless_merging(demo, export):
    before = workers(demo)
    refused(run("--data-dir", str(demo), "import", "json", str(export), check=False), "--merge")
    assert workers(demo) == before
    out = run("--data-dir", str(demo), "import", "json", str(export), "--merge")
    assert "0 records added, 0 updated" in out.stdout and "kept" in out.stdout
    assert workers(demo) == before


def test_merge_brings_the_newer_change(demo, export, tmp_path):
    data = json.loads(export.read_text(encoding="utf-8"))
    first = min(data["tables"]["workers"], key=lambda w: w["staff_no"])
    first.update(name="Eilidh Newer", updated_at="2099-01-01T00:00:00+00:00")
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    copy = tmp_path / "copy"
    run("--data-dir", str(copy), "import", "json", str(export))
    out = run("--data-dir", str(copy), "import", "json", str(path), "--merge")
    assert "0 records added, 1 updated" in out.stdout
    assert "Eilidh Newer" in {w["name"] for w in workers(copy)}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "is not valid JSON"),
        ('{"format": "pathway-planner-export", "schema_version": 6, "tables": {"workers": [7]}}', "tables.workers[0]"),
        ('{"format": "pathway-planner-export", "schema_version": 99, "tables": {}}', "newer version"),
    ],
)
def test_a_malformed_file_is_one_line_and_exit_2(content, words, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    refused(run("--data-dir", str(tmp_path / "data"), "import", "json", str(path), check=False), words)
    refused(run("--data-dir", str(tmp_path / "data"), "import", "json", str(tmp_path / "nope.json"), check=False), "")


def test_csv_exports_have_a_bom_and_neutralise_a_hostile_name(tmp_path):
    from planner.services.container import Services

    folder = tmp_path / "data"
    run("--data-dir", str(folder), "demo", "--workers", "6")
    s = Services.open(folder)  # a name typed by a hostile hand, saved as the app saves it
    worker = s.people.workers()[0]
    roles = [(a.id, a.role_id, a.started_on, a.ended_on) for a in worker.roles]
    s.people.save_worker(worker.id, {"name": "=cmd|' /C calc'!A0"}, roles)
    s.close()
    for kind in ("status", "completions", "cpl", "workers"):
        path = tmp_path / f"{kind}.csv"
        out = run("--data-dir", str(folder), "export", "csv", kind, "-o", str(path))
        assert out.stdout.startswith("Wrote ") and out.stdout.endswith(f"rows to {path}\n")
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        text = raw.decode("utf-8-sig")
        assert "'=cmd|' /C calc'!A0" in text and "\n=cmd" not in text and ",=cmd" not in text
    team = run("--data-dir", str(folder), "export", "csv", "workers", "--team", "Nowhere", "-o", str(path), check=False)
    refused(team, "no team called")
    refused(
        run("--data-dir", str(folder), "export", "csv", "workers", "-o", str(tmp_path / "no" / "x.csv"), check=False),
        "does not exist",
    )


def test_help_names_the_commands():
    assert "status, completions, cpl or workers" in run("export", "csv", "--help").stdout
    wrong = run("export", "csv", "salaries", "-o", "x.csv", check=False)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr and wrong.stderr.count("\n") == 1
    assert "--merge" in run("import", "json", "--help").stdout
