"""One learning history, on the example organisation: completions are CPL, each counted once;
regulator checks agree with the pathway; corrections delete and restore both sides together."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.core.errors import UserError
from planner.core.regulators import Registration
from planner.core.status import State
from planner.services.documents import DocumentService
from planner.services.learning import LearningService
from planner.services.matrix_service import MatrixService
from planner.services.planning import PlanningService
from planner.services.status_service import StatusService, status_rows
from planner.services.training import TrainingService
from planner.storage.database import StorageError
from tests.conftest import FIXED_TODAY

TOPIC_OF_FRAMEWORK = {"trauma": "trauma", "child-protection": "child-protection"}


def module(ws, code):
    return next(m for m in ws.catalogue_repo.load().modules if m.code == code)


def worker(ws, staff_no):
    return ws.people_repo.worker_by_staff_no(staff_no)


def test_every_completion_is_one_entry_of_the_history(demo_ws):
    q = demo_ws.db.conn.execute
    assert q("SELECT COUNT(*) FROM completions").fetchone()[0] > 300
    assert (
        q(
            "SELECT COUNT(*) FROM completions c WHERE (SELECT COUNT(*) FROM cpl_entries e "
            "WHERE e.completion_id = c.id AND e.deleted_at IS NULL) != 1"
        ).fetchone()[0]
        == 0
    )
    assert (
        q(
            "SELECT COUNT(*) FROM cpl_entries WHERE module_id IS NOT NULL AND completion_id IS NULL "
            "AND deleted_at IS NULL"
        ).fetchone()[0]
        == 0
    )


def test_regulator_checks_agree_with_the_pathway_for_every_worker(demo_ws):
    """A requirement recorded inside the worker's cycle means its topic's check is met."""
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    catalogue = demo_ws.catalogue_repo.load()
    checked = 0
    for ws_ in StatusService(demo_ws).team_statuses(FIXED_TODAY):
        if ws_.worker.regulator != "SSSC":
            continue
        cycle = learning.cycle(ws_.worker.id, FIXED_TODAY)
        for req in ws_.requirements:
            for step in req.steps:
                if step.completed_on is None or not cycle.start <= step.completed_on <= cycle.end:
                    continue
                topic = None
                if step.level_id:
                    code = catalogue.framework(catalogue.level(step.level_id).framework_id).code
                    topic = TOPIC_OF_FRAMEWORK.get(code)
                elif step.module_id and "adult-protection" in catalogue.module(step.module_id).topics:
                    topic = "adult-protection"
                if topic:
                    assert cycle.check(topic).met, (ws_.worker.name, req.label)
                    checked += 1
    assert checked >= 5  # the example has such learning in the current year


def test_recording_a_module_raises_cpl_hours_exactly_once(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    w = worker(demo_ws, "E01001")
    m = module(demo_ws, "LOC-CP-GEN")  # 6 typical hours
    before = learning.cycle(w.id, FIXED_TODAY)
    completions_before = len(demo_ws.people_repo.completions(w.id))
    _, entry_id = learning.record_completion(w.id, m.id, FIXED_TODAY - timedelta(days=1))
    after = learning.cycle(w.id, FIXED_TODAY)
    assert after.hours == before.hours + 6 and len(after.entries) == len(before.entries) + 1
    assert len(demo_ws.people_repo.completions(w.id)) == completions_before + 1
    entry = learning.entry(entry_id)
    assert (entry.title, entry.provider, entry.participatory, entry.completion_id) == (
        m.title,
        m.provider,
        True,
        entry_id,
    )
    # a CPL entry that completes a module is the same single event
    _, _second = learning.add_entry(
        w.id, {"occurred_on": FIXED_TODAY, "title": "CP workshop", "hours": 2.25, "module_id": m.id}
    )
    again = learning.cycle(w.id, FIXED_TODAY)
    assert again.hours == after.hours + 2.25 and len(demo_ws.people_repo.completions(w.id)) == completions_before + 2
    assert after.check("child-protection").met


def test_attending_a_session_raises_cpl_hours_exactly_once_and_can_be_taken_back(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    training = TrainingService(demo_ws)
    w = worker(demo_ws, "E01002")
    m = module(demo_ws, "NES-SS")  # a 2-hour workshop
    _, session = training.add_session({"module_id": m.id, "held_on": FIXED_TODAY - timedelta(days=2)})
    training.book(session, [w.id])
    before = learning.cycle(w.id, FIXED_TODAY)
    training.attend(session, [w.id], today=FIXED_TODAY)
    training.attend(session, [w.id], today=FIXED_TODAY)  # marking twice records once
    after = learning.cycle(w.id, FIXED_TODAY)
    assert after.hours == before.hours + 2 and after.participatory_hours == before.participatory_hours + 2
    made = [e for e in after.entries if e.source == "session"]
    assert len(made) == 1 and after.check("trauma").met
    # unticking attendance deletes the completion and its learning; the booking is a no-show
    training.set_attendance(session, [], today=FIXED_TODAY)
    assert learning.cycle(w.id, FIXED_TODAY).hours == before.hours
    assert {b.status for b in training.bookings(session)} == {"no-show"}
    assert not any(c.id == made[0].completion_id for c in demo_ws.people_repo.completions(w.id))


def test_loc_asp_meets_the_adult_protection_check(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    missing = PlanningService(demo_ws).declarations(FIXED_TODAY, 60)
    row = next(r for r in missing if "Adult support and protection" in r["missing"])
    w = worker(demo_ws, row["staff_no"])
    assert not learning.cycle(w.id, FIXED_TODAY).check("adult-protection").met
    assert "LOC-ASP" in {m["code"] for m in row["modules"]["Adult support and protection"]}
    learning.record_completion(w.id, module(demo_ws, "LOC-ASP").id, FIXED_TODAY)
    assert learning.cycle(w.id, FIXED_TODAY).check("adult-protection").met
    assert row["staff_no"] not in {
        r["staff_no"]
        for r in PlanningService(demo_ws).declarations(FIXED_TODAY, 60)
        if "Adult support and protection" in r["missing"]
    }


def test_an_nmc_worker_without_a_date_gets_no_verdict(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    nmc = [w for w in demo_ws.people_repo.workers() if w.regulator == "NMC"]
    undated = [w for w in nmc if learning.registration(w.id).revalidation_on is None]
    dated = [w for w in nmc if learning.registration(w.id).revalidation_on is not None]
    assert undated and dated
    for w in undated:
        cycle = learning.cycle(w.id, FIXED_TODAY)
        assert cycle.needs_date and cycle.checks == () and cycle.start is None
    assert all(learning.cycle(w.id, FIXED_TODAY).check("cpd-hours") is not None for w in dated)


def test_a_gtcs_teacher_has_no_35_hour_target_unless_on_snct_terms(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    teacher = next(w for w in demo_ws.people_repo.workers() if w.regulator == "GTCS")
    reg = learning.registration(teacher.id)
    learning.save_registration(teacher.id, Registration(signoff_on=reg.signoff_on, snct=False))
    assert learning.cycle(teacher.id, FIXED_TODAY).check("snct-hours") is None
    learning.save_registration(teacher.id, Registration(signoff_on=reg.signoff_on, snct=True))
    assert learning.cycle(teacher.id, FIXED_TODAY).check("snct-hours") is not None


def test_a_new_sssc_starter_has_the_three_and_six_month_requirements(demo_ws):
    people = demo_ws.people_repo
    role = next(r for r in demo_ws.catalogue_repo.load().roles if r.code == "residential-worker")
    started = FIXED_TODAY - timedelta(days=10)
    worker_id = people.add_worker(
        {"staff_no": "N1", "name": "Nova Starter", "regulator": "SSSC", "team_id": people.teams()[0].id},
        [(role.id, started)],
    )
    p = StatusService(demo_ws).pathway_for(people.worker(worker_id), FIXED_TODAY)
    reqs = {r.key: r for r in p.requirements}
    assert reqs["sssc-apply"].state is State.DUE and reqs["sssc-apply"].due_date == date(2027, 2, 12)
    assert reqs["sssc-register"].state is State.DUE and reqs["sssc-register"].due_date == date(2027, 5, 12)
    assert any(s.requirement_key == "sssc-apply" for s in p.steps)
    # in the status rows (the CLI) and the matrix (Home, the team report) too
    rows = [
        r
        for r in status_rows(StatusService(demo_ws).team_statuses(FIXED_TODAY), demo_ws.catalogue_repo.load())
        if r["staff_no"] == "N1"
    ]
    assert {r["requirement"] for r in rows} >= {reqs["sssc-apply"].label, reqs["sssc-register"].label}
    data = MatrixService(demo_ws).build(FIXED_TODAY)
    row = data.ids.index(worker_id)
    keys = {c.key: i for i, c in enumerate(data.columns)}
    assert data.state(row, keys["sssc-apply"]) == State.DUE.severity
    # once late, both are overdue
    later = StatusService(demo_ws).pathway_for(people.worker(worker_id), date(2027, 6, 1))
    assert {r.key: r.state for r in later.requirements}["sssc-register"] is State.OVERDUE
    LearningService(demo_ws).save_registration(worker_id, Registration(registered_on=date(2027, 1, 5)))
    done = {
        r.key: r for r in StatusService(demo_ws).pathway_for(people.worker(worker_id), date(2027, 6, 1)).requirements
    }
    assert done["sssc-register"].state is State.RECORDED and done["sssc-apply"].state is State.RECORDED


def test_delete_a_completion_and_undo_keeps_its_certificate_valid(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    docs = DocumentService(demo_ws, today=FIXED_TODAY)
    w = worker(demo_ws, "E01000")
    certificates = docs.certificates_data([w.id])
    code = certificates[0].code
    assert docs.verify(code)[0]
    entry = next(
        e
        for e in learning.completions(w.id)
        if e.occurred_on == certificates[0].completed_on and e.title == certificates[0].module_title
    )
    hours_before = learning.cycle(w.id, FIXED_TODAY).hours_by_year
    learning.delete_completion(entry.completion_id)
    assert not any(c.id == entry.completion_id for c in demo_ws.people_repo.completions(w.id))
    assert entry.id not in {e.id for e in learning.entries(w.id)}
    assert not docs.verify(code)[0]
    learning.undo_delete_entry(entry.id)
    assert any(c.id == entry.completion_id for c in demo_ws.people_repo.completions(w.id))
    assert learning.cycle(w.id, FIXED_TODAY).hours_by_year == hours_before
    assert docs.verify(code)[0]
    actions = [(a["action"], a["entity"]) for a in learning.audit(w.id)[:2]]
    assert actions == [("restore", "completion"), ("delete", "completion")]


def test_editing_a_completion_changes_both_sides(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    w = worker(demo_ws, "E01003")
    entry = learning.completions(w.id)[0]
    learning.update_entry(entry.id, {"occurred_on": date(2026, 2, 3), "hours": 1.25})
    completion = next(c for c in demo_ws.people_repo.completions(w.id) if c.id == entry.completion_id)
    assert completion.completed_on == date(2026, 2, 3)  # the same completion, changed in place
    assert learning.entry(entry.id).hours == 1.25
    # taking the module off the entry removes the completion but keeps the learning
    learning.update_entry(entry.id, {"module_id": None})
    assert not any(c.id == entry.completion_id for c in demo_ws.people_repo.completions(w.id))
    assert learning.entry(entry.id).title == entry.title


def test_entries_refuse_unknown_topics_and_elements(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    w = worker(demo_ws, "E01000")
    with pytest.raises(UserError, match="Unknown topic"):
        learning.add_entry(w.id, {"occurred_on": FIXED_TODAY, "title": "x", "hours": 1, "topics": ["gardening"]})
    with pytest.raises(StorageError, match="does not complete a catalogue module"):
        _, plain = learning.add_entry(w.id, {"occurred_on": FIXED_TODAY, "title": "Reading", "hours": 1})
        learning.delete_completion(plain)


def test_the_same_module_on_the_same_day_is_recorded_once(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    training = TrainingService(demo_ws)
    w = worker(demo_ws, "E01009")
    m = module(demo_ws, "NES-SS")
    day = FIXED_TODAY - timedelta(days=12)
    learning.record_completion(w.id, m.id, day)
    with pytest.raises(StorageError, match="already recorded"):
        learning.record_completion(w.id, m.id, day)
    with pytest.raises(StorageError, match="already recorded"):
        learning.add_entry(w.id, {"occurred_on": day, "title": "Sowing Seeds again", "hours": 2, "module_id": m.id})
    # attending a session of it that day links to the learning already recorded, counting it once
    hours = learning.cycle(w.id, FIXED_TODAY).hours
    _, session = training.add_session({"module_id": m.id, "held_on": day})
    training.attend(session, [w.id], today=FIXED_TODAY)
    assert learning.cycle(w.id, FIXED_TODAY).hours == hours
    # taking that attendance back leaves the worker's own record of it
    training.unattend(session, [w.id])
    assert learning.cycle(w.id, FIXED_TODAY).hours == hours


def test_a_new_module_on_an_entry_renames_it_unless_it_had_its_own_title(demo_ws):
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    w = worker(demo_ws, "E01003")
    asp, cp = module(demo_ws, "LOC-ASP"), module(demo_ws, "LOC-CP-WIDER")
    _, entry_id = learning.record_completion(w.id, asp.id, FIXED_TODAY - timedelta(days=21))
    learning.update_entry(entry_id, {"module_id": cp.id})
    assert learning.entry(entry_id).title == cp.title
    learning.update_entry(entry_id, {"title": "Safeguarding morning"})
    learning.update_entry(entry_id, {"module_id": asp.id})
    assert learning.entry(entry_id).title == "Safeguarding morning"


def test_learning_made_by_attending_keeps_its_module(demo_ws):
    training = TrainingService(demo_ws)
    learning = LearningService(demo_ws, today=FIXED_TODAY)
    w = worker(demo_ws, "E01005")
    _, session = training.add_session(
        {"module_id": module(demo_ws, "NES-SS").id, "held_on": FIXED_TODAY - timedelta(days=5)}
    )
    training.attend(session, [w.id], today=FIXED_TODAY)
    entry = next(e for e in learning.entries(w.id) if e.source == "session")
    for change in ({"module_id": None}, {"module_id": module(demo_ws, "LOC-ASP").id}):
        with pytest.raises(StorageError, match="take back the attendance"):
            learning.update_entry(entry.id, change)
    learning.update_entry(entry.id, {"hours": 2.5})  # other corrections are fine
    assert learning.entry(entry.id).hours == 2.5


def test_the_example_has_no_learning_recorded_twice_and_pre_approval_learning_comes_first(demo_ws):
    q = demo_ws.db.conn.execute
    assert (
        q(
            "SELECT COUNT(*) FROM (SELECT worker_id, module_id FROM completions "
            "GROUP BY worker_id, module_id HAVING COUNT(*) > 1)"
        ).fetchone()[0]
        == 0
    )
    late = q(
        "SELECT COUNT(*) FROM completions c JOIN modules m ON m.id = c.module_id JOIN worker_roles r "
        "ON r.worker_id = c.worker_id WHERE m.code = 'LOC-FC-PREP' AND c.completed_on > r.started_on"
    ).fetchone()
    assert late[0] == 0
