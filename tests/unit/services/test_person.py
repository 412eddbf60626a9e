"""One person's data: everything about them exported, and erased so that nothing of theirs remains
in the database file, its write-ahead log or the evidence folder."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from planner.core.errors import UserError
from planner.services.container import Services
from planner.services.person import PersonService
from planner.services.personal import start_just_me
from tests.conftest import FIXED_TODAY


def _counts(ws) -> dict[str, int]:
    tables = [r[0] for r in ws.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: ws.db.conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def subject(demo_ws, tmp_path):
    """A demo worker with a unique name, learning, supervision and a booking, given evidence
    files (one shared with a colleague), certificates, a draft and an audit entry naming them."""
    ws = demo_ws
    s = Services(ws, today=FIXED_TODAY)
    row = ws.db.conn.execute(
        "SELECT w.id, w.staff_no, w.name, w.email FROM workers w "
        "WHERE w.email <> '' AND (SELECT COUNT(*) FROM workers o WHERE o.name = w.name) = 1 "
        "AND EXISTS (SELECT 1 FROM bookings b WHERE b.worker_id = w.id) "
        "AND EXISTS (SELECT 1 FROM supervision_sessions v WHERE v.worker_id = w.id) "
        "AND EXISTS (SELECT 1 FROM completions c WHERE c.worker_id = w.id) ORDER BY w.staff_no LIMIT 1"
    ).fetchone()
    assert row is not None, "the example organisation has a worker with all of these"
    worker_id, staff_no, name, email = row
    other = ws.db.conn.execute(
        "SELECT id FROM workers WHERE id <> ? ORDER BY staff_no LIMIT 1", [worker_id]
    ).fetchone()[0]
    mine = tmp_path / f"{name} certificate.txt"
    mine.write_text(f"Certificate for {name}, {staff_no}, {email}", encoding="utf-8")
    same = tmp_path / "copy/notes.txt"
    same.parent.mkdir()
    same.write_text(f"Notes about {name} ({staff_no})", encoding="utf-8")
    shared = tmp_path / "sign-in.txt"
    shared.write_text("Sign-in sheet, session 4", encoding="utf-8")
    fields = {"occurred_on": date(2026, 10, 1), "title": "Case discussion", "hours": 1.5, "kind": "reading"}
    _, entry_id = s.learning.add_entry(
        worker_id, {**fields, "reflection_written": True}, evidence=[str(mine), str(same), str(shared)]
    )
    ws.db.conn.execute(  # the worker shared the words through a pack
        "UPDATE cpl_entries SET reflection_shared = 1, learned = ? WHERE id = ?",
        [f"{name} shared reflection", entry_id],
    )
    s.learning.add_entry(other, fields, evidence=[str(shared)])
    s.learning.save_draft(f"cpl:new:{worker_id}", {"title": f"draft by {name}"})
    s.documents.certificates_data([worker_id])
    ws.audit_repo.record("tester", "import", "import", "file", None, f"added {name} ({staff_no}, {email})")
    s.learning.add_session(
        worker_id,
        {"occurred_on": date(2026, 11, 2), "kind": "one-to-one", "minutes": 60, "topics": f"Endings with {name}"},
    )
    return s, worker_id, staff_no, name, email, other


def test_the_plan_counts_what_would_go_and_changes_nothing(subject):
    s, _, staff_no, *_ = subject
    before = _counts(s._ws)
    plan = s.person.plan(staff_no)
    assert plan.rows["workers"] == 1 and plan.rows["bookings"] >= 1 and plan.rows["certificates"] >= 1
    assert plan.rows["drafts"] == 1 and plan.evidence_files == 2 and plan.audit_rewritten == 1
    text = plan.describe()
    assert "1 worker record" in text and "2 evidence files" in text and "1 unsaved draft" in text
    assert _counts(s._ws) == before


def test_every_table_that_refers_to_a_worker_is_covered(subject):
    s = subject[0]
    owned = dict(s.person.owned_tables())
    conn = s._ws.db.conn
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if any(fk[2] == "workers" for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")')):
            assert table in owned, table
    assert {"audit_log", "cpl_evidence", "certificates", "bookings", "revalidations"} <= set(owned)


def test_export_writes_everything_about_them(subject, tmp_path):
    s, worker_id, staff_no, name, email, _ = subject
    target = tmp_path / "sar" / "person"
    (tmp_path / "sar").mkdir()
    done = s.person.export(staff_no, target)
    assert done.folder == target and done.evidence == 3 and done.missing_evidence == 0
    names = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert names == sorted(
        [
            "completions.csv",
            "cpl.csv",
            "evidence/notes.txt",
            f"evidence/{name} certificate.txt",
            "evidence/sign-in.txt",
            "learning-record.pdf",
            "manifest.json",
            "person.json",
            "supervision.csv",
        ]
    )
    data = json.loads((target / "person.json").read_text(encoding="utf-8"))
    assert data["format"] == "pathway-planner-person" and data["staff_no"] == staff_no
    assert isinstance(data["schema_version"], int) and data["app_version"] and data["exported_at"]
    tables = data["tables"]
    assert tables["workers"][0]["email"] == email
    for table in ("worker_roles", "completions", "cpl_entries", "cpl_evidence", "supervision_sessions", "bookings"):
        assert tables[table], table
        assert all(r.get("worker_id", worker_id) == worker_id for r in tables[table])
    assert any(e["learned"] == f"{name} shared reflection" for e in tables["cpl_entries"])
    assert all(v["private_notes"] == "" for v in tables["supervision_sessions"])  # never in this copy
    assert tables["certificates"] and tables["drafts"][0]["payload"]["title"] == f"draft by {name}"
    assert {"teams", "roles", "modules", "training_sessions", "evidence_files"} <= set(data["referenced"])
    assert {e["file"] for e in data["evidence"]} == {n for n in names if n.startswith("evidence/")}
    with (target / "cpl.csv").open(encoding="utf-8-sig") as f:
        assert any(r["learned"] == f"{name} shared reflection" for r in csv.DictReader(f))
    assert (target / "learning-record.pdf").read_bytes().startswith(b"%PDF")
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] and {f["file"] for f in manifest["files"]} == set(names) - {"manifest.json"}
    assert not list((tmp_path / "sar").glob(".*partial*"))


def test_export_refuses_a_file_or_a_folder_with_files_and_leaves_nothing_on_failure(subject, tmp_path, monkeypatch):
    s, _, staff_no, *_ = subject
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(UserError, match="is a file"):
        s.person.export(staff_no, tmp_path / "a-file")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(UserError, match="already has files"):
        s.person.export(staff_no, tmp_path / "full")
    with pytest.raises(UserError, match="no worker"):
        s.person.export("NOBODY", tmp_path / "nobody")

    def broken(*_args, **_kw):
        raise RuntimeError("the PDF failed")

    monkeypatch.setattr("planner.services.documents.DocumentService.learning_record", broken)
    with pytest.raises(RuntimeError):
        s.person.export(staff_no, tmp_path / "half")
    assert not (tmp_path / "half").exists() and not list(tmp_path.glob(".half*"))


def test_erasure_leaves_nothing_of_them_in_the_file_the_log_or_the_evidence(subject):
    s, _, staff_no, name, email, other = subject
    ws = s._ws
    plan = s.person.plan(staff_no)
    before = _counts(ws)
    others_entries = len(s.learning.entries(other))
    erased = s.person.erase(staff_no)
    assert erased.wal_cleared and erased.plan.staff_no == staff_no
    after = _counts(ws)
    for table, n in plan.rows.items():
        if table != "audit_log":
            assert after[table] == before[table] - n, table
    assert after["audit_log"] == before["audit_log"] - plan.rows["audit_log"] + 2  # a booking released, the erasure
    assert after["evidence_files"] == before["evidence_files"] - 2
    assert len(s.learning.entries(other)) == others_entries and s.check() == []
    assert ws.db.conn.execute("SELECT COUNT(*) FROM audit_log WHERE summary = 'a person was erased'").fetchone()[0] == 1
    folder = ws.folder
    files = [folder / "planner.sqlite3", *(p for p in (folder / "evidence").rglob("*") if p.is_file())]
    wal = folder / "planner.sqlite3-wal"
    if wal.exists():
        files.append(wal)
    for word in (name, staff_no, email):
        for path in files:
            assert word.encode("utf-8") not in path.read_bytes(), (word, path)


def test_erasure_lists_the_backups_that_still_hold_them(subject):
    s, _, staff_no, *_ = subject
    made = s.backups.make("")
    erased = s.person.erase(staff_no)
    assert [b.path for b in erased.older_backups] == [made]


def test_a_personal_copy_is_not_erased_from_inside(starter_ws):
    start_just_me(starter_ws, {"name": "Łukasz Nowak", "regulator": "none"}, [("residential-worker", date(2024, 1, 8))])
    with pytest.raises(UserError, match="own copy"):
        PersonService(starter_ws).plan("ME")


def test_leavers_past_the_retention_period_are_offered_for_erasure(demo_ws):
    from planner.core.errors import UserError
    from planner.services.person import PersonService

    person = PersonService(demo_ws)
    people = demo_ws.people_repo
    long_gone, recent = people.workers()[:2]
    people.mark_left(long_gone.id, date(2019, 3, 31))
    people.mark_left(recent.id, date(2024, 6, 30))
    assert person.retention_years == 6
    assert [w.staff_no for w in person.due_for_erasure(date(2026, 11, 22))] == [long_gone.staff_no]
    assert person.due_for_erasure(date(2025, 3, 30)) == []  # six years to the day not yet up
    person.set_retention_years(2)
    assert {w.staff_no for w in person.due_for_erasure(date(2026, 11, 22))} == {long_gone.staff_no, recent.staff_no}
    person.set_retention_years(0)
    assert person.due_for_erasure(date(2026, 11, 22)) == []  # 0: never offered
    with pytest.raises(UserError, match="0 to 50 years"):
        person.set_retention_years(51)


def test_an_existing_empty_folder_is_written_into_not_replaced(demo_ws, tmp_path):
    """A USB stick's root is an empty folder that cannot be removed or renamed: write into it."""
    from planner.services.person import PersonService

    target = tmp_path / "stick"
    target.mkdir()
    inode = target.stat().st_ino
    worker = demo_ws.people_repo.workers()[0]
    done = PersonService(demo_ws).export(worker.staff_no, target)
    assert done.folder == target and target.stat().st_ino == inode  # the same folder, not a new one
    names = {p.name for p in target.iterdir()}
    assert {"person.json", "manifest.json", "learning-record.pdf"} <= names
    assert not [n for n in names if n.endswith(".partial")]


def test_the_export_says_where_other_records_name_the_person(demo_ws):
    from planner.services.person import PersonService

    supervised = {r[0] for r in demo_ws.db.conn.execute("SELECT worker_id FROM supervision_sessions")}
    other = next(w for w in demo_ws.people_repo.workers() if w.id in supervised)
    named = next(w for w in demo_ws.people_repo.workers() if w.id != other.id)
    with demo_ws.db.atomic():
        demo_ws.db.execute("UPDATE supervision_sessions SET supervisor = ? WHERE worker_id = ?", [named.name, other.id])
    sessions = demo_ws.db.conn.execute(
        "SELECT COUNT(*) FROM supervision_sessions WHERE worker_id = ? AND deleted_at IS NULL", [other.id]
    ).fetchone()[0]
    data, _ = PersonService(demo_ws).person_data(named.staff_no)
    assert sessions and data["named_in_other_records"].get("supervision_sessions.supervisor", 0) >= sessions
