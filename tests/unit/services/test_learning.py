"""The CPL log, evidence, supervision, registration and audit, on a real database and files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner.core.errors import UserError
from planner.core.regulators import Registration
from planner.core.status import State
from planner.services.learning import LearningService
from planner.services.personal import personal_worker_id, start_just_me
from planner.services.status_service import StatusService, status_rows
from planner.storage.database import StorageError
from planner.storage.evidence import MAX_EVIDENCE_BYTES
from tests.conftest import FIXED_TODAY


@pytest.fixture
def me(starter_ws):
    worker_id = start_just_me(
        starter_ws,
        {"name": "Seònaid NicLeòid", "regulator": "NMC"},
        [("health-visitor", date(2024, 1, 8))],
        Registration(revalidation_on=date(2027, 6, 30)),
    )
    return starter_ws, worker_id


def module_id(ws, code):
    return next(m.id for m in ws.catalogue_repo.load().modules if m.code == code)


def test_just_me_creates_an_organisation_of_one(me):
    ws, worker_id = me
    assert personal_worker_id(ws) == worker_id
    worker = ws.people_repo.worker(worker_id)
    assert worker.staff_no == "ME" and worker.regulator == "NMC" and len(worker.roles) == 1


def test_entry_with_a_module_counts_as_a_completion_and_updates_status(me):
    ws, worker_id = me
    service = LearningService(ws, today=FIXED_TODAY)
    status = StatusService(ws)

    def trauma_state():
        p = status.pathway_for(ws.people_repo.worker(worker_id), FIXED_TODAY)
        return next(r for r in p.requirements if r.label.startswith("Trauma")).steps[0].state

    assert trauma_state() is State.OVERDUE
    _, entry_id = service.add_entry(
        worker_id,
        {
            "occurred_on": date(2026, 11, 1),
            "title": "Opening Doors",
            "hours": 0.5,
            "kind": "e-learning",
            "module_id": module_id(ws, "NES-OD"),
            "learned": "Trauma shows up in small moments.",
        },
    )
    assert trauma_state() is State.RECORDED
    entry = next(e for e in service.history(worker_id) if e.id == entry_id)
    assert entry.frameworks == ("trauma",) and entry.topics == ("trauma",)
    # deleting removes the completion too; undo brings both back
    service.delete_entry(entry_id)
    assert trauma_state() is State.OVERDUE and service.entries(worker_id) == []
    service.undo_delete_entry(entry_id)
    assert trauma_state() is State.RECORDED
    assert len(ws.people_repo.completions(worker_id)) == 1
    # changing the module moves the completion, never duplicates it
    service.update_entry(
        entry_id,
        {
            "occurred_on": date(2026, 11, 1),
            "title": "Sowing Seeds",
            "hours": 2,
            "kind": "workshop",
            "module_id": module_id(ws, "NES-SS"),
        },
    )
    completions = ws.people_repo.completions(worker_id)
    assert [c.module_id for c in completions] == [module_id(ws, "NES-SS")]


def test_bad_entries_leave_nothing_behind(me):
    ws, worker_id = me
    service = LearningService(ws, today=FIXED_TODAY)
    for fields, message in (
        ({"occurred_on": date(2026, 11, 23), "title": "t", "hours": 1}, "future"),
        ({"occurred_on": date(2026, 11, 1), "title": "t", "hours": -1}, "negative"),
    ):
        with pytest.raises(UserError, match=message):
            service.add_entry(worker_id, fields)
    with pytest.raises(StorageError, match="does not exist"):
        service.add_entry(
            worker_id, {"occurred_on": date(2026, 11, 1), "title": "t", "hours": 1}, ["/no/such/certificate.pdf"]
        )
    assert service.entries(worker_id) == []
    assert ws.people_repo.completions(worker_id) == []


def test_evidence_is_stored_once_by_content(me, tmp_path):
    ws, worker_id = me
    service = LearningService(ws, today=FIXED_TODAY)
    cert = tmp_path / "certificate.pdf"
    cert.write_bytes("%PDF-1.4 certificate of Seònaid".encode())
    copy = tmp_path / "same-certificate-again.pdf"
    copy.write_bytes(cert.read_bytes())
    _, first = service.add_entry(worker_id, {"occurred_on": date(2026, 11, 1), "title": "a", "hours": 1}, [cert])
    _, second = service.add_entry(worker_id, {"occurred_on": date(2026, 11, 2), "title": "b", "hours": 1}, [copy])
    files = [p for p in (ws.folder / "evidence").rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].read_bytes() == cert.read_bytes()
    [(_link, name, path, size)] = service.evidence(second)
    assert name == "same-certificate-again.pdf" and path == files[0] and size == cert.stat().st_size
    assert service.entry(first).evidence_count == 1


def test_huge_evidence_is_refused_before_anything_is_copied(me, tmp_path):
    ws, worker_id = me
    huge = tmp_path / "huge.bin"
    with huge.open("wb") as f:  # a sparse file: 2 GB on paper, nothing on disk
        f.truncate(2 * 1024**3)
    assert huge.stat().st_size > MAX_EVIDENCE_BYTES
    service = LearningService(ws, today=FIXED_TODAY)
    with pytest.raises(StorageError, match="evidence files can be up to"):
        service.add_entry(worker_id, {"occurred_on": date(2026, 11, 1), "title": "t", "hours": 1}, [huge])
    assert not (ws.folder / "evidence").exists() or not any(p.is_file() for p in (ws.folder / "evidence").rglob("*"))


def test_a_folder_is_not_evidence(me, tmp_path):
    ws, worker_id = me
    with pytest.raises(StorageError, match="is not a file"):
        LearningService(ws, today=FIXED_TODAY).add_entry(
            worker_id, {"occurred_on": date(2026, 11, 1), "title": "t", "hours": 1}, [tmp_path]
        )


def test_reflections_stay_private(me):
    ws, worker_id = me
    service = LearningService(ws, today=FIXED_TODAY)
    secret = "I felt out of my depth with the family"
    service.add_entry(
        worker_id,
        {
            "occurred_on": date(2026, 11, 1),
            "title": "Shadowing",
            "hours": 3,
            "kind": "shadowing",
            "learned": secret,
            "practice_change": secret,
        },
    )
    assert service.entries(worker_id)[0].learned == ""
    assert service.entries(worker_id, with_reflections=True)[0].learned == secret
    assert service.reflection_written(worker_id) == {service.entries(worker_id)[0].id}
    rows = status_rows(StatusService(ws).team_statuses(FIXED_TODAY), ws.catalogue_repo.load())
    assert secret not in json.dumps(rows)
    assert secret not in json.dumps(service.audit(worker_id))


def test_every_change_is_audited(me):
    ws, worker_id = me
    service = LearningService(ws, today=FIXED_TODAY)
    _, entry_id = service.add_entry(worker_id, {"occurred_on": date(2026, 11, 1), "title": "a", "hours": 1})
    service.update_entry(entry_id, {"occurred_on": date(2026, 11, 1), "title": "b", "hours": 1.5})
    service.delete_entry(entry_id)
    service.undo_delete_entry(entry_id)
    _, _session = service.add_session(worker_id, {"occurred_on": date(2026, 11, 2), "kind": "group", "minutes": 90})
    log = service.audit(worker_id)
    assert [e["action"] for e in reversed(log)] == ["add", "edit", "delete", "restore", "add"]
    edit = next(e for e in log if e["action"] == "edit")
    assert "hours" in edit["summary"] and "title" in edit["summary"]
    assert all(e["actor"] and e["at"] for e in log)


def test_supervision_updates_status(me):
    ws, worker_id = me
    service = LearningService(ws, today=FIXED_TODAY)
    status = StatusService(ws)

    def supervision():
        p = status.pathway_for(ws.people_repo.worker(worker_id), FIXED_TODAY)
        return next(r for r in p.requirements if r.kind == "supervision")

    assert supervision().state is State.OVERDUE  # health visitor: every 90 days, none yet
    _, session = service.add_session(
        worker_id,
        {
            "occurred_on": date(2026, 11, 20),
            "kind": "one-to-one",
            "minutes": 60,
            "private_notes": "mine",
            "topics": "Endings; family time",
        },
    )
    assert supervision().state is State.RECORDED
    assert service.sessions(worker_id)[0].topics == "Endings; family time"
    assert service.sessions(worker_id)[0].private_notes == ""
    assert service.sessions(worker_id, with_notes=True)[0].private_notes == "mine"
    service.delete_session(session)
    assert supervision().state is State.OVERDUE
    service.undo_delete_session(session)
    assert supervision().state is State.RECORDED
    with pytest.raises(UserError, match="future"):
        service.add_session(worker_id, {"occurred_on": date(2027, 1, 1), "kind": "peer", "minutes": 30})


def test_registration_cycle_follows_entries(me):
    ws, worker_id = me
    service = LearningService(ws, today=FIXED_TODAY)
    service.add_entry(
        worker_id,
        {"occurred_on": date(2026, 3, 1), "title": "Course", "hours": 20, "participatory": True, "learned": "x"},
    )
    summary = service.cycle(worker_id, FIXED_TODAY)
    assert (summary.start, summary.end) == (date(2024, 7, 1), date(2027, 6, 30))
    assert summary.hours == 20 and summary.participatory_hours == 20 and summary.reflections == 1
    service.save_registration(worker_id, Registration(revalidation_on=date(2026, 12, 31)))
    assert service.cycle(worker_id, FIXED_TODAY).start == date(2024, 1, 1)


def test_drafts_round_trip(me):
    ws, _ = me
    service = LearningService(ws)
    service.save_draft("cpl:new:x", {"learned": "half a thought"})
    assert service.draft("cpl:new:x") == {"learned": "half a thought"}
    service.clear_draft("cpl:new:x")
    assert service.draft("cpl:new:x") is None
