"""The command line end to end: a real process, a real data folder, JSON read back."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STATES = {"recorded", "expiring", "due", "expired", "overdue"}


def run(*args: str, data_dir: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PLANNER_DATA_DIR"}
    if data_dir is not None:
        env["PLANNER_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-m", "planner", *args], capture_output=True, text=True, env=env, timeout=120, encoding="utf-8"
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-demo")
    out = run("--data-dir", str(folder), "demo", "--seed", "3")
    assert "48 workers" in out.stdout
    return folder


def test_version():
    from planner import __version__

    assert run("--version").stdout.strip() == f"Pathway Planner {__version__}"


def test_demo_refuses_twice_without_force(demo_dir):
    again = run("demo", data_dir=demo_dir, check=False)
    assert again.returncode == 2
    assert "--force" in again.stderr and "Traceback" not in again.stderr


def test_frameworks_json(demo_dir):
    data = json.loads(run("frameworks", "--format", "json", data_dir=demo_dir).stdout)
    names = [f["name"] for f in data["frameworks"]]
    assert names == ["Trauma", "Child protection", "Children's rights", "Child development", "Attachment"]
    assert [lv["rank"] for lv in data["frameworks"][0]["levels"]] == [1, 2, 3, 4]
    assert "NES-TSP" in data["frameworks"][0]["levels"][1]["modules"]
    assert any(m["code"] == "NES-OD" for m in data["modules"])


def test_roles_json(demo_dir):
    roles = json.loads(run("roles", "--format", "json", data_dir=demo_dir).stdout)
    assert len(roles) >= 16
    panel = next(r for r in roles if r["code"] == "panel-member")
    assert panel["note"] == "example: review locally"
    assert "CHS-PRE" in {q["code"] for q in panel["requirements"] if q["kind"] == "module"}


def test_workers_json_and_team_filter(demo_dir):
    everyone = json.loads(run("workers", "--format", "json", data_dir=demo_dir).stdout)
    assert len(everyone) == 48
    for key in ("staff_no", "name", "team", "roles", "regulator"):
        assert key in everyone[0]
    assert any(w["name"] == "Siobhán Ó Súilleabháin" for w in everyone)
    team = everyone[0]["team"]
    some = json.loads(run("workers", "--team", team, "--format", "json", data_dir=demo_dir).stdout)
    assert some and {w["team"] for w in some} == {team}
    missing = run("workers", "--team", "No Such Team", data_dir=demo_dir, check=False)
    assert missing.returncode == 2 and "no team called" in missing.stderr


def test_status_json_csv_text(demo_dir):
    rows = json.loads(run("status", "--on", "2026-11-22", "--format", "json", data_dir=demo_dir).stdout)
    for key in ("staff_no", "name", "team", "requirement", "state", "due_date", "expires_on"):
        assert key in rows[0]
    assert {r["state"] for r in rows} <= STATES
    assert len({r["state"] for r in rows}) >= 4
    text = run("status", "--format", "csv", "--on", "2026-11-22", data_dir=demo_dir).stdout
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert len(parsed) == len(rows)
    assert [(r["staff_no"], r["state"]) for r in parsed] == [(r["staff_no"], r["state"]) for r in rows]
    assert [r["kind"] for r in parsed] == [r["kind"] for r in rows]  # the column added last
    due = list(
        csv.DictReader(io.StringIO(run("due", "--format", "csv", "--on", "2026-11-22", data_dir=demo_dir).stdout))
    )
    assert {r["kind"] for r in due} >= {"level", "supervision"}
    plain = run("status", "--on", "2026-11-22", data_dir=demo_dir).stdout
    assert plain.startswith("As on 22 Nov 2026")


def test_needs_text_is_headed_by_the_json_field_names_and_agrees_with_them(demo_dir):
    on = ("--on", "2026-11-22")
    rows = json.loads(run("needs", *on, "--format", "json", data_dir=demo_dir).stdout)
    header, *lines = run("needs", *on, data_dir=demo_dir).stdout.splitlines()
    names = ["need", "recorded", "expiring", "due", "expired", "overdue"]
    assert header.split()[-6:] == names
    assert len(lines) == len(rows)
    for line, row in zip(lines, rows, strict=True):
        assert [int(n) for n in line.split()[-6:]] == [row[n] for n in names]


@pytest.mark.parametrize("command", [["status"], ["demo"], ["workers"]])
def test_an_empty_planner_data_dir_is_refused_in_words(command, tmp_path):
    """Set to nothing (``PLANNER_DATA_DIR="$DIR"`` with DIR unset) it used to mean the usual
    folder: a script could read or set up the wrong organisation without a word."""
    env = {**os.environ, "PLANNER_DATA_DIR": "", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env["PLANNER_CONFIG_DIR"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-m", "planner", *command], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "planner: PLANNER_DATA_DIR is set but empty: set it to the data folder, or unset it to use the usual one."
    )
    assert not (tmp_path / "data").exists()  # nothing set up anywhere


def test_needs_lists_only_what_somebody_needs_for_a_team_as_for_everyone(demo_dir):
    on = ("--on", "2026-11-22")
    everyone = json.loads(run("needs", *on, "--format", "json", data_dir=demo_dir).stdout)
    assert everyone and all(r["need"] > 0 for r in everyone)
    for team in sorted({w["team"] for w in json.loads(run("workers", "--format", "json", data_dir=demo_dir).stdout)}):
        rows = json.loads(run("needs", *on, "--team", team, "--format", "json", data_dir=demo_dir).stdout)
        assert all(r["need"] > 0 for r in rows), team
        # a team's needs are a part of everyone's: nothing listed for it is missing overall
        assert {(r["framework"], r["level"]) for r in rows} <= {(r["framework"], r["level"]) for r in everyone}


def test_lists_print_one_row_per_line_and_pretty_indents_them(demo_dir):
    """JSON lists stream one object per line (memory stays flat, a script can read line by
    line); --pretty gives the same data indented for people."""
    on = ["--on", "2026-11-22"]
    for command in (["status", *on], ["due", *on], ["needs", *on], ["workers"], ["declarations", "--days", "400", *on]):
        compact = run(*command, "--format", "json", data_dir=demo_dir).stdout
        lines = compact.splitlines()
        rows = json.loads(compact)
        assert rows, command
        assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(rows) + 2, command
        assert all(json.loads(line.rstrip(",")) == row for line, row in zip(lines[1:-1], rows, strict=True))
        pretty = run(*command, "--format", "json", "--pretty", data_dir=demo_dir).stdout
        assert json.loads(pretty) == rows and '\n  {\n    "' in pretty, command
    empty = run("status", "--team", "No Such Team", "--format", "json", data_dir=demo_dir, check=False)
    assert empty.returncode == 2 and empty.stdout == "" and "no team called" in empty.stderr


def test_status_never_contains_a_traceback_for_bad_dates(demo_dir):
    bad = run("status", "--on", "22/11/2026", data_dir=demo_dir, check=False)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


def test_pathway_json_matches_status(demo_dir):
    rows = json.loads(run("status", "--on", "2026-11-22", "--format", "json", data_dir=demo_dir).stdout)
    staff_no = next(r["staff_no"] for r in rows if r["state"] == "overdue")
    p = json.loads(run("pathway", staff_no, "--on", "2026-11-22", "--format", "json", data_dir=demo_dir).stdout)
    mine = [(r["requirement"], r["state"]) for r in rows if r["staff_no"] == staff_no]
    assert [(r["requirement"], r["state"]) for r in p["requirements"]] == mine
    assert p["next_steps"] and all(
        s["modules"] and "code" in s["modules"][0] for s in p["next_steps"] if s["kind"] in ("level", "module")
    )
    text = run("pathway", staff_no, "--on", "2026-11-22", data_dir=demo_dir).stdout
    assert "Next steps" in text and "22 Nov 2026" in text


def test_unknown_staff_number(demo_dir):
    result = run("pathway", "NOPE", data_dir=demo_dir, check=False)
    assert result.returncode == 2
    assert "no worker with staff number 'NOPE'" in result.stderr and "Traceback" not in result.stderr


def test_check_sound_and_damaged(demo_dir, tmp_path):
    assert "sound" in run("check", data_dir=demo_dir).stdout
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "planner.sqlite3").write_bytes(b"garbage" * 1000)
    result = run("check", data_dir=broken, check=False)
    assert result.returncode != 0 and "damaged" in result.stderr


def test_check_reports_orphaned_records(tmp_path):
    import sqlite3

    folder = tmp_path / "orphans"
    run("demo", "--workers", "5", data_dir=folder)
    conn = sqlite3.connect(folder / "planner.sqlite3")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM modules WHERE id IN (SELECT module_id FROM completions LIMIT 1)")
    conn.commit()
    conn.close()
    result = run("check", data_dir=folder, check=False)
    assert result.returncode == 1 and "missing" in result.stderr


def test_demo_scales(tmp_path):
    run("demo", "--workers", "500", "--seed", "2", data_dir=tmp_path / "big")
    workers = json.loads(run("workers", "--format", "json", data_dir=tmp_path / "big").stdout)
    assert len(workers) == 500


def test_cpl_and_supervision_commands(tmp_path):
    folder = tmp_path / "cpl"
    run("demo", "--workers", "10", data_dir=folder)
    staff = json.loads(run("workers", "--format", "json", data_dir=folder).stdout)[0]["staff_no"]
    cert = tmp_path / "Tystysgrif – certificate.pdf"
    cert.write_bytes(b"%PDF-1.4 test")
    entry_id = run(
        "cpl",
        "add",
        staff,
        "--date",
        "2026-11-20",
        "--title",
        "Sowing Seeds",
        "--hours",
        "2",
        "--type",
        "workshop",
        "--module",
        "NES-SS",
        "--participatory",
        "--reflection-written",
        "--evidence",
        str(cert),
        data_dir=folder,
    ).stdout.strip()
    assert len(entry_id) == 36
    entries = json.loads(run("cpl", "list", staff, "--format", "json", data_dir=folder).stdout)
    mine = next(e for e in entries if e["id"] == entry_id)
    assert mine["module"] == "NES-SS" and mine["hours"] == 2.0 and mine["participatory"] is True
    assert mine["reflection"]["written"] is True and mine["reflection"]["learned"] == ""
    assert mine["evidence"] == ["Tystysgrif – certificate.pdf"]
    csv_rows = list(csv.DictReader(io.StringIO(run("cpl", "list", staff, "--format", "csv", data_dir=folder).stdout)))
    assert next(r for r in csv_rows if r["id"] == entry_id)["reflection_written"] == "yes"
    # an organisation's copy refuses a worker's words rather than drop them silently
    refused = run(
        "cpl",
        "add",
        staff,
        "--date",
        "2026-11-20",
        "--title",
        "Reading",
        "--hours",
        "1",
        "--reflection",
        "A private thought",
        data_dir=folder,
        check=False,
    )
    assert refused.returncode == 2 and "own copy" in refused.stderr and "Traceback" not in refused.stderr
    assert "A private thought" not in run("cpl", "list", staff, data_dir=folder).stdout
    # team-level output never carries the reflection
    for fmt in ("json", "csv", "text"):
        assert "A private thought" not in run("status", "--format", fmt, data_dir=folder).stdout
    for bad, message in (
        (["--date", "2099-01-01", "--hours", "1"], "future"),
        (["--date", "2026-01-01", "--hours", "-2"], "negative"),
        (["--date", "2026-01-01", "--hours", "1", "--module", "NOPE"], "no module"),
        (["--date", "2026-01-01", "--hours", "1", "--evidence", str(tmp_path / "gone.pdf")], "does not exist"),
    ):
        result = run("cpl", "add", staff, "--title", "x", *bad, data_dir=folder, check=False)
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    session = run(
        "supervision", "add", staff, "--date", "2026-11-21", "--kind", "one-to-one", "--minutes", "60", data_dir=folder
    ).stdout.strip()
    sessions = json.loads(run("supervision", "list", staff, "--format", "json", data_dir=folder).stdout)
    assert sessions[0]["id"] == session and sessions[0]["minutes"] == 60


def test_due_needs_and_session_commands(tmp_path):
    folder = tmp_path / "plan"
    run("demo", data_dir=folder)
    due = json.loads(run("due", "--days", "30", "--format", "json", data_dir=folder).stdout)
    assert due and {"staff_no", "name", "team", "requirement", "state", "date", "modules"} <= due[0].keys()
    assert {r["state"] for r in due} <= {"overdue", "expired", "due", "expiring"}
    assert "Overdue, expired" in run("due", "--by", "module", data_dir=folder).stdout
    needs = json.loads(run("needs", "--format", "json", data_dir=folder).stdout)
    assert [r["level"] for r in needs if r["framework"] == "Child protection"] == [
        "Wider",
        "General",
        "Specific",
        "Intensive",
    ]
    assert run("needs", "--format", "csv", data_dir=folder).stdout.startswith("framework,level,rank,need")
    session = run(
        "session", "add", "--module", "LOC-CP-WIDER", "--date", "2026-11-01", "--capacity", "2", data_dir=folder
    ).stdout.strip()
    suggested = json.loads(run("session", "suggest", session, "--format", "json", data_dir=folder).stdout)
    staff = [r["staff_no"] for r in suggested[:3]]
    booked = run("session", "book", session, *staff, data_dir=folder).stdout
    assert booked.splitlines() == [f"{staff[0]}: booked", f"{staff[1]}: booked", f"{staff[2]}: waiting"]
    run("session", "attend", session, staff[0], data_dir=folder)
    sessions = json.loads(run("session", "list", "--format", "json", data_dir=folder).stdout)
    mine = next(s for s in sessions if s["id"] == session)
    assert mine["status"] == "completed"
    assert {b["staff_no"]: b["status"] for b in mine["bookings"]} == {
        staff[0]: "attended",
        staff[1]: "no-show",
        staff[2]: "released",
    }
    bad = run("session", "add", "--module", "NOPE", "--date", "2026-12-01", data_dir=folder, check=False)
    assert bad.returncode == 2 and "no module" in bad.stderr


def test_registration_json_keeps_its_keys_and_shows_evidence(demo_dir):
    data = json.loads(run("registration", "E01001", "--on", "2026-11-22", "--format", "json", data_dir=demo_dir).stdout)
    for key in ("regulator", "cycle_start", "cycle_end", "hours", "participatory_hours", "checks"):
        assert key in data
    assert data["regulator"] == "SSSC"
    codes = {c["code"] for c in data["checks"]}
    assert {"trauma", "child-protection", "adult-protection"} <= codes
    for check in data["checks"]:
        assert {"code", "label", "met", "evidence"} <= set(check) and isinstance(check["met"], bool)
        assert check["met"] or not check["evidence"] or check["code"] == "elc-hours"
        for e in check["evidence"]:
            assert data["cycle_start"] <= e["date"] <= data["cycle_end"]
    text = run("registration", "E01001", "--on", "2026-11-22", data_dir=demo_dir).stdout
    assert "Scottish Social Services Council" in text and ("✔ met" in text or "✖ not yet" in text)


def test_completions_cpl_edit_delete_and_topics(tmp_path):
    folder = tmp_path / "data"
    run("--data-dir", str(folder), "demo", "--seed", "5")
    before = json.loads(run("registration", "E01002", "--format", "json", data_dir=folder).stdout)
    # a completion from the command line is learning too: LOC-ASP covers adult support and protection
    completion = run(
        "completion", "add", "E01002", "--module", "LOC-ASP", "--date", "2026-11-20", data_dir=folder
    ).stdout.strip()
    after = json.loads(run("registration", "E01002", "--format", "json", data_dir=folder).stdout)
    assert after["hours"] == before["hours"] + 1.5
    assert next(c for c in after["checks"] if c["code"] == "adult-protection")["met"]
    listed = json.loads(run("completion", "list", "E01002", "--format", "json", data_dir=folder).stdout)
    mine = next(c for c in listed if c["id"] == completion)
    assert mine["module"] == "LOC-ASP" and mine["hours"] == 1.5 and mine["participatory"] is False
    csv_rows = list(
        csv.DictReader(io.StringIO(run("completion", "list", "E01002", "--format", "csv", data_dir=folder).stdout))
    )
    assert len(csv_rows) == len(listed)
    # the same event is in the CPL export once
    cpl = json.loads(run("cpl", "list", "E01002", data_dir=folder).stdout)
    assert [e["id"] for e in cpl].count(completion) == 1
    # edit it, then delete it: both sides go together
    run("cpl", "edit", completion, "--hours", "1.25", "--reflection-written", data_dir=folder)
    cpl = {e["id"]: e for e in json.loads(run("cpl", "list", "E01002", data_dir=folder).stdout)}
    assert cpl[completion]["hours"] == 1.25 and cpl[completion]["reflection"]["written"] is True
    run("completion", "delete", completion, data_dir=folder)
    assert completion not in {
        c["id"] for c in json.loads(run("completion", "list", "E01002", "--format", "json", data_dir=folder).stdout)
    }
    gone = run("cpl", "delete", completion, data_dir=folder, check=False)
    assert gone.returncode == 2 and "no longer exists" in gone.stderr and "Traceback" not in gone.stderr
    # topics on a plain entry
    entry = run(
        "cpl",
        "add",
        "E01002",
        "--date",
        "2026-11-21",
        "--title",
        "Briefing on adults at risk",
        "--hours",
        "0.75",
        "--topic",
        "adult-protection",
        data_dir=folder,
    ).stdout.strip()
    data = json.loads(run("registration", "E01002", "--format", "json", data_dir=folder).stdout)
    asp = next(c for c in data["checks"] if c["code"] == "adult-protection")
    assert entry in {e["id"] for e in asp["evidence"]}
    bad = run(
        "cpl",
        "add",
        "E01002",
        "--date",
        "2026-11-21",
        "--title",
        "x",
        "--hours",
        "1",
        "--topic",
        "nope",
        data_dir=folder,
        check=False,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_nmc_without_a_date_gets_no_verdict_from_the_command_line(demo_dir):
    workers = json.loads(run("workers", "--format", "json", data_dir=demo_dir).stdout)
    verdicts = {}
    for w in (w for w in workers if w["regulator"] == "NMC"):
        data = json.loads(run("registration", w["staff_no"], "--format", "json", data_dir=demo_dir).stdout)
        verdicts[w["staff_no"]] = (data["cycle_start"], data["checks"])
    assert any(start is None and checks == [] for start, checks in verdicts.values())
    assert any(start is not None and checks for start, checks in verdicts.values())


def test_sssc_pack_is_refused_for_other_regulators(demo_dir, tmp_path):
    workers = json.loads(run("workers", "--format", "json", data_dir=demo_dir).stdout)
    teacher = next(w for w in workers if w["regulator"] == "GTCS")
    out = tmp_path / "pack.pdf"
    result = run("export", "sssc-pack", teacher["staff_no"], "-o", str(out), data_dir=demo_dir, check=False)
    assert result.returncode == 2 and "not registered with the SSSC" in result.stderr and not out.exists()
    sw = next(w for w in workers if w["regulator"] == "SSSC")
    run("export", "sssc-pack", sw["staff_no"], "-o", str(out), data_dir=demo_dir)
    assert out.read_bytes().startswith(b"%PDF")


def test_declarations_and_starter_commands(demo_dir):
    rows = json.loads(run("declarations", "--on", "2026-11-22", "--format", "json", data_dir=demo_dir).stdout)
    for r in rows:
        assert r["missing"] and "2026-11-22" <= r["declaration_on"] <= "2027-01-21"
    listing = json.loads(run("starter", "list", "--format", "json", data_dir=demo_dir).stdout)
    assert listing == {"roles": [], "modules": []}


def test_mistakes_are_one_line_messages_not_tracebacks(demo_dir, tmp_path):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    cases = [
        ("export", "record", "E01000", "-o", str(folder)),  # an existing folder where a file is expected
        ("declarations", "--days", "99999999"),
        ("declarations", "--on", "9999-12-01"),
        ("registration", "E01003", "--on", "9999-12-31"),
        ("export", "sssc-pack", "E01000", "--year", "9999", "-o", str(tmp_path / "p.pdf")),
        ("cpl", "add", "E01000", "--date", "0001-01-01", "--title", "x", "--hours", "1"),
        ("status", "--on", "yesterday"),
        ("completion", "delete", "no-such-id"),
    ]
    for args in cases:
        result = run(*args, data_dir=demo_dir, check=False)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
    assert (
        "no completion with the id" in run("completion", "delete", "no-such-id", data_dir=demo_dir, check=False).stderr
    )


def test_an_empty_folder_gets_the_starter_catalogue_from_the_command_line(tmp_path):
    folder = tmp_path / "empty"
    assert "is empty" in run("starter", "list", data_dir=folder).stdout
    run("starter", "add", "--all", data_dir=folder)
    assert len(json.loads(run("roles", "--format", "json", data_dir=folder).stdout)) == 31
    assert "Nothing new" in run("starter", "list", data_dir=folder).stdout


def test_attendance_taken_back_from_the_command_line(tmp_path):
    folder = tmp_path / "data"
    run("--data-dir", str(folder), "demo", "--seed", "2")
    session = run("session", "add", "--module", "NES-SS", "--date", "2026-11-10", data_dir=folder).stdout.strip()
    run("session", "book", session, "E01005", data_dir=folder)
    before = json.loads(run("registration", "E01005", "--format", "json", data_dir=folder).stdout)["hours"]
    run("session", "attend", session, "E01005", data_dir=folder)
    run("session", "unattend", session, "E01005", data_dir=folder)
    after = json.loads(run("registration", "E01005", "--format", "json", data_dir=folder).stdout)["hours"]
    assert after == before
    sessions = json.loads(run("session", "list", "--format", "json", data_dir=folder).stdout)
    mine = next(s for s in sessions if s["id"] == session)
    assert [b["status"] for b in mine["bookings"]] == ["no-show"]


def test_self_test_proves_a_copy_works_without_touching_any_data(tmp_path):
    result = run("--self-test", data_dir=tmp_path / "never")
    assert "Self-test passed" in result.stdout and "Learning record PDF written and read back" in result.stdout
    assert not (tmp_path / "never").exists()  # a temporary folder, never the user's data


@pytest.mark.parametrize(
    "command", [["status", "--format", "json"], ["due"], ["workers"], ["check"], ["backup"], ["session", "list"]]
)
def test_reading_a_folder_with_no_data_says_so_and_creates_nothing(tmp_path, command):
    """A mistyped --data-dir used to create an empty database there and print an empty list,
    as if the organisation had no one in it."""
    typo = tmp_path / "pathway-planer"
    result = run("--data-dir", str(typo), *command, check=False)
    assert result.returncode == 2, result.stdout
    assert result.stdout == ""
    assert f"no Pathway Planner data in {typo}" in result.stderr and "Traceback" not in result.stderr
    assert not typo.exists()


def test_an_empty_team_name_is_refused_not_read_as_everyone(demo_dir):
    """`--team "$TEAM"` with the variable unset must not list the whole organisation."""
    for command in (["status"], ["due"], ["workers"], ["export", "records", "-o", "x.pdf"]):
        result = run(*command, "--team", "", data_dir=demo_dir, check=False)
        assert result.returncode == 2 and "team's name is empty" in result.stderr, command
        assert result.stdout == ""


def test_every_learning_record_at_once(demo_dir, tmp_path):
    out = run("export", "records", "--all", "-o", str(tmp_path / "all.pdf"), data_dir=demo_dir)
    assert "Wrote 1 file" in out.stdout
    from pypdf import PdfReader

    names = {w["name"] for w in json.loads(run("workers", "--format", "json", data_dir=demo_dir).stdout)}
    outline = {o.title.rsplit(" (", 1)[0] for o in PdfReader(tmp_path / "all.pdf").outline}
    assert outline == names


@pytest.mark.parametrize("command", ["status", "due", "needs"])
def test_pretty_json_is_the_same_rows_indented(demo_dir, command):
    """--pretty streams too (a row at a time), and reads back as the compact rows."""
    compact = run(command, "--format", "json", "--on", "2026-11-22", data_dir=demo_dir).stdout
    pretty = run(command, "--format", "json", "--on", "2026-11-22", "--pretty", data_dir=demo_dir).stdout
    assert pretty == json.dumps(json.loads(compact), ensure_ascii=False, indent=2) + "\n"
