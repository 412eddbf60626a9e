"""Two data folders as two machines: a worker's own copy ("Just me") and their manager's.

Packs go both ways; the manager's figures change exactly as the worker's learning says; a pack
imported twice changes nothing; altered, escaping, oversized and newer packs are refused with
nothing written."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from planner.core.errors import UserError
from planner.services.container import Services
from planner.services.status_service import StatusService
from planner.storage.database import schema_version
from tests.conftest import FIXED_TODAY

REFLECTION = "I noticed how the boy settled once I slowed down"
NOTES = "Private: I felt out of my depth on Tuesday"


def _counts(s: Services) -> dict[str, int]:
    conn = s._ws.db.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables if t != "audit_log"}


def _hours(s: Services, worker_id: str) -> float:
    return round(sum(e.hours for e in s.learning.entries(worker_id)), 2)


def _record_learning(worker: Services, me: str, tmp_path: Path) -> tuple[str, str, str]:
    cert = tmp_path / "certificate.pdf"
    cert.write_bytes(b"%PDF-1.4 a certificate of learning")
    module_id = worker.training.module_by_code("NES-OD")
    _, reading = worker.learning.add_entry(
        me,
        {
            "occurred_on": FIXED_TODAY - timedelta(days=10),
            "title": "Reading: attachment in adolescence",
            "hours": 2.5,
            "kind": "reading",
            "learned": REFLECTION,
        },
        [str(cert)],
    )
    _, course = worker.learning.add_entry(
        me, {"occurred_on": FIXED_TODAY - timedelta(days=5), "module_id": module_id, "hours": 0.5}
    )
    _, session = worker.learning.add_session(
        me,
        {"occurred_on": FIXED_TODAY - timedelta(days=3), "kind": "one-to-one", "minutes": 60, "private_notes": NOTES},
    )
    return reading, course, session


def test_worker_and_manager_exchange_packs(machines):
    manager, worker, subject, me, tmp_path = machines
    reading, course, _session = _record_learning(worker, me, tmp_path)
    hours_before = _hours(manager, subject.id)
    sent = worker.packs.export_worker(tmp_path / "pack1.zip")
    assert sent.counts["cpl_entries"] == 2 and sent.evidence == 1 and sent.shared_reflections == 0

    # the manager sees what will change before anything is written
    before = _counts(manager)
    plan = manager.packs.preview(tmp_path / "pack1.zip")
    assert _counts(manager) == before
    assert plan.counts("new") == {"completions": 1, "cpl_entries": 2, "supervision_sessions": 1}
    assert any("did not share" in n for n in plan.notes)
    manager.packs.apply(plan)
    assert _hours(manager, subject.id) == round(hours_before + 3.0, 2)  # exactly the worker's 2.5 + 0.5 hours
    entries = {e.id: e for e in manager.learning.entries(subject.id, with_reflections=True)}
    assert entries[reading].has_reflection and entries[reading].learned == ""  # written, not its words
    assert entries[course].completion_id is not None
    assert manager.learning.sessions(subject.id, with_notes=True)[0].private_notes == ""
    assert len(manager.learning.evidence(reading)) == 1
    trauma = [
        r
        for r in StatusService(manager._ws).pathway_for(manager.people.worker(subject.id), FIXED_TODAY).requirements
        if r.label.startswith("Trauma")
    ]
    assert trauma and trauma[0].steps[0].state.value != "overdue"  # NES-OD counts toward trauma here now
    for path in (tmp_path / "manager").rglob("planner.sqlite3*"):
        data = path.read_bytes()
        assert REFLECTION.encode() not in data and NOTES.encode() not in data

    # twice: nothing changes
    again = manager.packs.preview(tmp_path / "pack1.zip")
    assert not again.changes_anything and again.count("unchanged") == 4
    counts = _counts(manager)
    manager.packs.apply(again)
    assert _counts(manager) == counts

    # an edit on the worker's side, sent as "what changed since": replaces the older record
    time.sleep(1.05)  # records' times are to the second: a later edit is a later second
    assert worker.packs.changed_since_last() == 0
    worker.learning.update_entry(reading, {"hours": 3.0})
    worker.learning.delete_entry(course)
    assert worker.packs.changed_since_last() == 2  # the reading edited, the course deleted (its completion gone)
    changed = worker.packs.export_worker(tmp_path / "pack2.zip", since_last=True, share_reflections=True)
    assert changed.since is not None and changed.counts["cpl_entries"] == 2 and changed.counts["completions"] == 0
    plan = manager.packs.preview(tmp_path / "pack2.zip")
    assert plan.counts("updated") == {"cpl_entries": 1} and plan.counts("deleted") == {"cpl_entries": 1}
    result = manager.packs.apply(plan)  # the deletion is shown, not applied
    assert result.kept_deleted == 1 and course in {e.id for e in manager.learning.entries(subject.id)}
    shared = next(e for e in manager.learning.entries(subject.id) if e.id == reading)
    assert shared.hours == 3.0 and shared.learned == REFLECTION and shared.reflection_shared  # shared: kept
    manager.packs.apply(manager.packs.preview(tmp_path / "pack2.zip"), remove_deleted=True)
    assert course not in {e.id for e in manager.learning.entries(subject.id)}
    assert _hours(manager, subject.id) == round(hours_before + 3.0, 2)  # 3.0 reading, the course removed
    assert manager.check() == []


def test_a_team_pack_gives_the_worker_the_same_pathway_without_touching_their_learning(machines):
    manager, worker, subject, me, tmp_path = machines
    _record_learning(worker, me, tmp_path)
    team = next(t.name for t in manager.people.teams(True) if t.id == subject.team_id)
    role = manager.catalogue.load().role(subject.roles[0].role_id)
    manager._ws.db.execute(
        "UPDATE roles SET due_days = 45, updated_at = ? WHERE id = ?", ["2026-11-22T10:00:00+00:00", role.id]
    )
    workers, _size = manager.packs.export_team(tmp_path / "team.zip", team=team)
    assert workers >= 1
    mine_before = [(e.id, e.hours, e.learned) for e in worker.learning.entries(me, with_reflections=True)]
    plan = worker.packs.preview(tmp_path / "team.zip")
    assert plan.kind == "team" and plan.counts("updated").get("roles", 0) >= 1
    worker.packs.apply(plan)
    assert [(e.id, e.hours, e.learned) for e in worker.learning.entries(me, with_reflections=True)] == mine_before
    assert next(r for r in worker.catalogue.load().roles if r.code == role.code).due_days == 45
    on = FIXED_TODAY
    theirs = StatusService(manager._ws).pathway_for(manager.people.worker(subject.id), on)
    ours = StatusService(worker._ws).pathway_for(worker.people.worker(me), on)
    assert [r.label for r in theirs.requirements] == [r.label for r in ours.requirements]
    assert worker.packs.preview(tmp_path / "team.zip").changes_anything is False  # twice: nothing changes
    with pytest.raises(UserError, match="organisation's copy"):
        manager.packs.preview(tmp_path / "team.zip")


def _rewrite(source: Path, target: Path, change) -> None:
    """A copy of a pack with its members changed by ``change(members) -> members``."""
    with zipfile.ZipFile(source) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members = change(members)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            if isinstance(content, zipfile.ZipInfo):
                zf.writestr(content, b"evil")
            else:
                zf.writestr(name, content)


def _tampered(members):
    data = json.loads(members["records.json"])
    data["cpl_entries"][0]["hours"] = 99
    members["records.json"] = json.dumps(data).encode()
    return members


def _escaping(name):
    def change(members):
        members[name] = b"x"
        manifest = json.loads(members["manifest.json"])
        manifest["members"][name] = hashlib.sha256(b"x").hexdigest()
        members["manifest.json"] = json.dumps(manifest).encode()
        return members

    return change


def _link(members):
    info = zipfile.ZipInfo("evidence/" + "a" * 64)
    info.external_attr = 0o120777 << 16
    members["link"] = info
    return members


def _newer(members):
    manifest = json.loads(members["manifest.json"])
    manifest["schema_version"] = schema_version() + 1
    members["manifest.json"] = json.dumps(manifest).encode()
    return members


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_tampered, "does not match the SHA-256"),
        (_escaping("../../outside.txt"), "outside the pack"),
        (_escaping("/etc/cron.d/x"), "absolute path"),
        (_escaping("C:/Windows/x"), "absolute path"),
        (_escaping("evidence/../../x"), "outside the pack"),
        (_link, "link"),
        (_newer, "newer version"),
        (lambda m: {k: v for k, v in m.items() if k != "manifest.json"}, "no manifest"),
    ],
    ids=["tampered", "dot-dot", "absolute", "drive", "nested dot-dot", "symlink", "newer schema", "no manifest"],
)
def test_a_damaged_or_hostile_pack_is_refused_and_nothing_written(machines, change, message):
    manager, worker, _subject, me, tmp_path = machines
    _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "good.zip")
    _rewrite(tmp_path / "good.zip", tmp_path / "bad.zip", change)
    before = _counts(manager)
    evidence_before = sorted((tmp_path / "manager").rglob("*"))
    with pytest.raises(UserError, match=message):
        manager.packs.preview(tmp_path / "bad.zip")
    assert _counts(manager) == before and sorted((tmp_path / "manager").rglob("*")) == evidence_before
    assert not (tmp_path / "outside.txt").exists()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(machines):
    manager, worker, _subject, _me, tmp_path = machines
    worker.packs.export_worker(tmp_path / "good.zip")
    bomb = b"\0" * (64 * 1024**2)  # 64 MB of zeros packs into about 64 KB

    def add_bomb(members):
        sha = hashlib.sha256(bomb).hexdigest()
        members[f"evidence/{sha}"] = bomb
        manifest = json.loads(members["manifest.json"])
        manifest["members"][f"evidence/{sha}"] = sha
        members["manifest.json"] = json.dumps(manifest).encode()
        return members

    _rewrite(tmp_path / "good.zip", tmp_path / "bomb.zip", add_bomb)
    assert (tmp_path / "bomb.zip").stat().st_size < 1024**2
    with pytest.raises(UserError, match="zip bomb"):
        manager.packs.preview(tmp_path / "bomb.zip")


def test_not_a_pack_and_unknown_worker_get_a_message(machines):
    manager, worker, _subject, me, tmp_path = machines
    (tmp_path / "notes.zip").write_bytes(b"not a zip at all")
    with pytest.raises(UserError, match="not a zip"):
        manager.packs.preview(tmp_path / "notes.zip")
    worker._ws.db.execute("UPDATE workers SET staff_no = 'X-999' WHERE id = ?", [me])
    worker.packs.export_worker(tmp_path / "stranger.zip")
    with pytest.raises(UserError, match="no one here has that staff number"):
        manager.packs.preview(tmp_path / "stranger.zip")
    worker._ws.db.execute("UPDATE workers SET staff_no = 'ME' WHERE id = ?", [me])
    with pytest.raises(UserError, match="no staff number yet"):
        worker.packs.export_worker(tmp_path / "me.zip")
    assert not (tmp_path / "me.zip").exists()
    with pytest.raises(UserError, match="say whose learning"):
        manager.packs.export_worker(tmp_path / "whose.zip")


def test_an_organisations_copy_refuses_reflection_words(machines):
    manager, _worker, subject, _me, _tmp_path = machines
    with pytest.raises(UserError, match="own copy"):
        manager.learning.add_entry(
            subject.id, {"occurred_on": FIXED_TODAY, "title": "x", "hours": 1, "learned": "my words"}
        )
    with pytest.raises(UserError, match="own copy"):
        manager.learning.add_session(
            subject.id, {"occurred_on": FIXED_TODAY, "kind": "peer", "minutes": 30, "private_notes": "mine"}
        )


def _edited(member: str, edit):
    """A change to one member that keeps the manifest's hashes true (so only the checks of the
    content itself can refuse it)."""

    def change(members):
        data = json.loads(members[member])
        edit(data)
        members[member] = json.dumps(data).encode()
        manifest = json.loads(members["manifest.json"])
        manifest["members"][member] = hashlib.sha256(members[member]).hexdigest()
        members["manifest.json"] = json.dumps(manifest).encode()
        return members

    return change


def _set(path: list, value):
    def edit(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_set(["cpl_entries", 0, "hours"], "lots"), "should be a number"),
        (_set(["cpl_entries", 0, "occurred_on"], "2026-13-45"), "not a date"),
        (_set(["cpl_entries", 0, "updated_at"], "yesterday"), "not a time"),
        (_set(["cpl_entries", 0, "title"], {"a": 1}), "should be text"),
        (_set(["completions"], "none"), "list"),
        (_set(["supervision_sessions", 0, "minutes"], -5), "not an amount"),
        (_set(["supervision_sessions", 0, "kind"], "therapy"), "value this database does not allow"),
        (_set(["cpl_entries", 0, "hours"], None), "has no hours"),
        (_set(["cpl_entries", 0, "hours"], 1e30), "not an amount"),
        (_set(["cpl_entries", 0, "frameworks"], '["x", 5]'), "JSON list"),
        (_set(["cpl_entries", 0, "participatory"], -5), "0 or 1"),
        (_set(["cpl_entries", 0, "surprise"], 1), "does not have"),
    ],
    ids=[
        "hours text",
        "bad date",
        "bad time",
        "object title",
        "not a list",
        "negative minutes",
        "unknown kind",
        "no hours",
        "huge hours",
        "bad list",
        "flag",
        "unknown field",
    ],
)
def test_a_hand_edited_worker_pack_with_bad_values_is_refused(machines, edit, message):
    manager, worker, _subject, me, tmp_path = machines
    _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "good.zip")
    _rewrite(tmp_path / "good.zip", tmp_path / "bad.zip", _edited("records.json", edit))
    before = _counts(manager)
    with pytest.raises(UserError, match=message):
        manager.packs.preview(tmp_path / "bad.zip")  # refused before import: the preview rehearses it
    assert _counts(manager) == before


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_set(["catalogue", "roles", 0, "due_days"], "abc"), "whole number"),
        (_set(["catalogue", "module_grants", 0, "rank"], "x"), "cannot be"),
        (_set(["catalogue", "role_levels", 0, "role_code"], None), "cannot be"),
        (_set(["catalogue", "levels", 0, "framework_code"], 3), "framework_code"),
        (_set(["workers", 0, "roles", 0, "started_on"], "soon"), "not a date"),
        (_set(["workers", 0, "staff_no"], 12), "staff number"),
        (_set(["catalogue", "roles", 0, "regulator"], "XYZ"), "SSSC, NMC, GTCS or none"),
        (_set(["catalogue", "role_modules", 0, "module_code"], "NO-SUCH"), "refers to 'NO-SUCH'"),
    ],
    ids=[
        "due days text",
        "rank text",
        "no role code",
        "framework code number",
        "bad start",
        "staff no",
        "regulator",
        "unknown module",
    ],
)
def test_a_hand_edited_team_pack_with_bad_values_is_refused(machines, edit, message):
    manager, worker, subject, _me, tmp_path = machines
    manager.packs.export_team(tmp_path / "good.zip", staff_no=subject.staff_no)
    _rewrite(tmp_path / "good.zip", tmp_path / "bad.zip", _edited("team.json", edit))
    before = _counts(worker)
    with pytest.raises(UserError, match=message):
        worker.packs.preview(tmp_path / "bad.zip")
    assert _counts(worker) == before
