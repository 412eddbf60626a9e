"""The rules a new user's trial of packs found wanting: what a pack may change here, and what it
may not, on two data folders as two machines."""

from __future__ import annotations

import json
import time

import pytest

from planner.core.errors import UserError
from planner.core.regulators import Registration
from tests.conftest import FIXED_TODAY
from tests.integration.test_packs import REFLECTION, _counts, _edited, _record_learning, _rewrite


def _worker_row(services, worker_id):
    return services._ws.db.conn.execute(
        "SELECT regulator, register_part, registration_no FROM workers WHERE id = ?", [worker_id]
    ).fetchone()


def test_blank_regulator_details_never_wipe_the_organisations(machines):
    manager, worker, subject, me, tmp_path = machines
    manager._ws.db.execute(
        "UPDATE workers SET regulator = 'SSSC', register_part = 'Residential', registration_no = '' WHERE id = ?",
        [subject.id],
    )
    time.sleep(1.05)  # the worker's change is the later one
    worker._ws.db.execute(
        "UPDATE workers SET regulator = 'none', register_part = '', registration_no = '1234567', updated_at = ? "
        "WHERE id = ?",
        ["2099-01-01T00:00:00+00:00", me],
    )
    worker.packs.export_worker(tmp_path / "p.zip")
    plan = manager.packs.preview(tmp_path / "p.zip")
    assert [c.label for c in plan.changes if c.table == "workers"] == ["registration no: blank → 1234567"]
    manager.packs.apply(plan)
    assert _worker_row(manager, subject.id) == ("SSSC", "Residential", "1234567")


def test_registration_records_travel(machines):
    manager, worker, subject, me, tmp_path = machines
    worker.learning.save_registration(me, Registration(applied_on=FIXED_TODAY, declaration_on=FIXED_TODAY))
    worker.packs.export_worker(tmp_path / "p.zip")
    plan = manager.packs.preview(tmp_path / "p.zip")
    assert plan.counts("new").get("registrations") == 1
    manager.packs.apply(plan)
    assert manager.learning.registration(subject.id).applied_on == FIXED_TODAY


def test_a_manifest_naming_someone_else_is_refused(machines):
    manager, worker, _subject, me, tmp_path = machines
    _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "p.zip")
    other = next(w for w in manager.people.workers() if w.staff_no != worker.people.worker(me).staff_no)

    def retarget(members):
        manifest = json.loads(members["manifest.json"])
        manifest["staff_no"] = other.staff_no
        members["manifest.json"] = json.dumps(manifest).encode()
        return members

    _rewrite(tmp_path / "p.zip", tmp_path / "other.zip", retarget)
    before = _counts(manager)
    with pytest.raises(UserError, match="names someone other than its records"):
        manager.packs.preview(tmp_path / "other.zip")
    assert _counts(manager) == before


def test_a_different_name_is_imported_only_when_confirmed(machines):
    manager, worker, subject, me, tmp_path = machines
    worker._ws.db.execute("UPDATE workers SET name = 'Someone Else Entirely' WHERE id = ?", [me])
    _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "p.zip")
    plan = manager.packs.preview(tmp_path / "p.zip")
    assert "Someone Else Entirely" in plan.warning and subject.name in plan.warning
    assert plan.summary_lines()[1].startswith("Check first:")
    before = _counts(manager)
    files = sorted((tmp_path / "manager").rglob("evidence/**/*"))
    with pytest.raises(UserError, match="same person"):
        manager.packs.apply(plan)
    assert _counts(manager) == before
    assert sorted((tmp_path / "manager").rglob("evidence/**/*")) == files  # the preview stored nothing either
    assert manager.check() == []
    manager.packs.apply(plan, same_person=True)
    assert _counts(manager) != before


def test_an_older_pack_never_brings_back_what_was_deleted(machines):
    manager, worker, subject, me, tmp_path = machines
    _reading, course, _session = _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "p1.zip")
    manager.packs.apply(manager.packs.preview(tmp_path / "p1.zip"))
    time.sleep(1.05)
    worker.learning.delete_entry(course)
    worker.packs.export_worker(tmp_path / "p2.zip", since_last=True)
    manager.packs.apply(manager.packs.preview(tmp_path / "p2.zip"), remove_deleted=True)
    completions = {e.id for e in manager.learning.completions(subject.id)}
    again = manager.packs.preview(tmp_path / "p1.zip")
    assert not again.changes_anything, again.summary_lines()
    manager.packs.apply(again)
    assert {e.id for e in manager.learning.completions(subject.id)} == completions
    assert manager.check() == []
    # undone on the worker's side later: the learning and its completion come back together
    time.sleep(1.05)
    worker.learning.undo_delete_entry(course)
    worker.packs.export_worker(tmp_path / "p3.zip", since_last=True)
    manager.packs.apply(manager.packs.preview(tmp_path / "p3.zip"))
    assert course in {e.id for e in manager.learning.completions(subject.id)}
    assert manager.check() == []


def test_sharing_later_brings_the_words_and_unsharing_takes_them_away(machines):
    manager, worker, subject, me, tmp_path = machines
    reading, _course, _session = _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "p1.zip")
    manager.packs.apply(manager.packs.preview(tmp_path / "p1.zip"))
    worker.packs.export_worker(tmp_path / "p2.zip", share_reflections=True)  # nothing edited in between
    plan = manager.packs.preview(tmp_path / "p2.zip")
    assert plan.counts("updated") == {"cpl_entries": 1}
    assert "shares the words of 1 reflection" in " ".join(plan.notes)
    manager.packs.apply(plan)
    words = {e.id: e.learned for e in manager.learning.entries(subject.id)}
    assert words[reading] == REFLECTION
    worker.packs.export_worker(tmp_path / "p3.zip")  # not shared this time: the words go
    manager.packs.apply(manager.packs.preview(tmp_path / "p3.zip"))
    entry = next(e for e in manager.learning.entries(subject.id) if e.id == reading)
    assert entry.learned == "" and entry.has_reflection


def test_a_forged_shared_flag_never_brings_words_the_worker_did_not_share(machines):
    manager, worker, subject, me, tmp_path = machines
    reading, _course, _session = _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "p.zip")

    def forge(data):
        entry = next(e for e in data["cpl_entries"] if e["id"] == reading)
        entry.update(reflection_shared=1, learned="LEAKED WORDS")

    _rewrite(tmp_path / "p.zip", tmp_path / "forged.zip", _edited("records.json", forge))
    manager.packs.apply(manager.packs.preview(tmp_path / "forged.zip"))
    for path in (tmp_path / "manager").rglob("planner.sqlite3*"):
        assert b"LEAKED WORDS" not in path.read_bytes()
    assert next(e for e in manager.learning.entries(subject.id) if e.id == reading).has_reflection


def test_a_worker_pack_into_another_workers_own_copy_says_so(machines, tmp_path):
    _manager, worker, _subject, _me, path = machines
    from planner.services.container import Services

    other = Services.open(tmp_path / "someone")
    other.start_just_me({"name": "Another Worker", "staff_no": "Z-1"}, [("foster-carer", FIXED_TODAY)])
    worker.packs.export_worker(path / "p.zip")
    with pytest.raises(UserError, match="another worker's own copy"):
        other.packs.preview(path / "p.zip")
    other.close()


def test_blank_registration_dates_never_wipe_the_organisations(machines):
    manager, worker, subject, me, tmp_path = machines
    manager.learning.save_registration(subject.id, Registration(declaration_on=FIXED_TODAY, applied_on=FIXED_TODAY))
    time.sleep(1.05)
    worker.learning.save_registration(me, Registration())  # the Just me set-up saves an empty one
    worker.packs.export_worker(tmp_path / "p.zip")
    plan = manager.packs.preview(tmp_path / "p.zip")
    assert plan.counts("updated").get("registrations") is None
    manager.packs.apply(plan)
    kept = manager.learning.registration(subject.id)
    assert kept.declaration_on == FIXED_TODAY and kept.applied_on == FIXED_TODAY


def test_a_change_of_mind_about_sharing_travels_in_a_since_last_pack(machines):
    manager, worker, subject, me, tmp_path = machines
    reading, _course, _session = _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "p1.zip")
    manager.packs.apply(manager.packs.preview(tmp_path / "p1.zip"))
    time.sleep(1.05)
    shared = worker.packs.export_worker(tmp_path / "p2.zip", since_last=True, share_reflections=True)
    assert shared.shared_reflections == 1
    manager.packs.apply(manager.packs.preview(tmp_path / "p2.zip"))
    assert next(e for e in manager.learning.entries(subject.id) if e.id == reading).learned == REFLECTION
    time.sleep(1.05)
    worker.packs.export_worker(tmp_path / "p3.zip", since_last=True)  # no longer shared
    manager.packs.apply(manager.packs.preview(tmp_path / "p3.zip"))
    assert next(e for e in manager.learning.entries(subject.id) if e.id == reading).learned == ""
    # the older pack that shared them never brings the words back
    again = manager.packs.preview(tmp_path / "p2.zip")
    manager.packs.apply(again)
    assert next(e for e in manager.learning.entries(subject.id) if e.id == reading).learned == ""


@pytest.mark.parametrize("flag", ["false", "no", 1, {"a": 1}])
def test_only_a_true_share_flag_shares(machines, flag):
    manager, worker, subject, me, tmp_path = machines
    reading, _course, _session = _record_learning(worker, me, tmp_path)
    worker.packs.export_worker(tmp_path / "p.zip", share_reflections=True)

    def unshare(members):
        manifest = json.loads(members["manifest.json"])
        manifest["share_reflections"] = flag
        members["manifest.json"] = json.dumps(manifest).encode()
        return members

    _rewrite(tmp_path / "p.zip", tmp_path / "forged.zip", unshare)
    manager.packs.apply(manager.packs.preview(tmp_path / "forged.zip"))
    assert next(e for e in manager.learning.entries(subject.id) if e.id == reading).learned == ""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("kind", {"a": 1}, "kind this version does not know"), ("created", "garbage", "no readable time")],
)
def test_a_manifest_with_unreadable_fields_is_refused(machines, field, value, message):
    manager, worker, _subject, _me, tmp_path = machines
    worker.packs.export_worker(tmp_path / "p.zip")

    def spoil(members):
        manifest = json.loads(members["manifest.json"])
        manifest[field] = value
        members["manifest.json"] = json.dumps(manifest).encode()
        return members

    _rewrite(tmp_path / "p.zip", tmp_path / "bad.zip", spoil)
    with pytest.raises(UserError, match=message):
        manager.packs.preview(tmp_path / "bad.zip")
