"""Training sessions (booking, waiting list, attendance, cancelling, forecast), the due list
and the learning-needs analysis, on the example organisation."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.core.errors import UserError
from planner.core.status import State
from planner.services.planning import PlanningService
from planner.services.status_service import StatusService
from planner.services.training import TrainingService
from planner.storage.database import StorageError
from tests.conftest import FIXED_TODAY


@pytest.fixture
def training(demo_ws):
    return TrainingService(demo_ws)


def new_session(training, code="LOC-CP-WIDER", capacity=3, held_on=FIXED_TODAY + timedelta(days=10)):
    _, session_id = training.add_session(
        {"module_id": training.module_by_code(code), "held_on": held_on, "capacity": capacity, "venue": "Room 2"}
    )
    return session_id


def test_suggestions_are_people_who_need_it_most_urgent_first(training):
    session = new_session(training)
    found = training.suggest(session, FIXED_TODAY)
    assert found
    severities = [s.candidate.state.severity for s in found]
    assert severities == sorted(severities, reverse=True)
    assert all(s.candidate.requirement == "Child protection – Wider" for s in found)
    assert all(s.candidate.state is not State.RECORDED for s in found)


def test_booking_past_capacity_waits_and_release_promotes(training):
    session = new_session(training, capacity=2)
    ids = [s.worker.id for s in training.suggest(session, FIXED_TODAY)[:3]]
    _, result = training.book(session, ids)
    assert [result[i] for i in ids] == ["booked", "booked", "waiting"]
    assert training.session(session).free_places == 0
    _, again = training.book(session, ids[:1])
    assert again[ids[0]] == "booked"  # booking twice changes nothing
    training.release(session, ids[0])
    statuses = {b.worker_id: b.status for b in training.bookings(session)}
    assert statuses == {ids[0]: "released", ids[1]: "booked", ids[2]: "booked"}
    # already-booked people are no longer suggested
    assert not {ids[1], ids[2]} & {s.worker.id for s in training.suggest(session, FIXED_TODAY)}


def test_attendance_records_completions_and_no_shows_stay_suggested(training, demo_ws):
    held = FIXED_TODAY - timedelta(days=1)
    session = new_session(training, capacity=5, held_on=held)
    people = [s.worker.id for s in training.suggest(session, FIXED_TODAY)[:3]]
    training.book(session, people)
    with pytest.raises(StorageError, match="on or after the day"):
        training.attend(new_session(training), people[:1], today=FIXED_TODAY)
    training.attend(session, people[:2], today=FIXED_TODAY)
    statuses = {b.worker_id: b.status for b in training.bookings(session)}
    assert statuses == {people[0]: "attended", people[1]: "attended", people[2]: "no-show"}
    for worker_id in people[:2]:
        assert any(c.completed_on == held and c.source == "session" for c in demo_ws.people_repo.completions(worker_id))
    assert training.session(session).status == "completed"
    nxt = new_session(training)
    suggested = {s.worker.id for s in training.suggest(nxt, FIXED_TODAY)}
    assert people[2] in suggested and people[0] not in suggested
    with pytest.raises(StorageError, match="completed"):
        training.book(session, people[2:])


def test_cancel_releases_bookings(training):
    session = new_session(training)
    ids = [s.worker.id for s in training.suggest(session, FIXED_TODAY)[:2]]
    training.book(session, ids)
    training.cancel(session)
    assert {b.status for b in training.bookings(session)} == {"released"}
    assert training.session(session).status == "cancelled"
    with pytest.raises(StorageError, match="cancelled"):
        training.attend(session, ids, today=FIXED_TODAY + timedelta(days=30))


def test_forecast_counts_booked_places(training):
    session = new_session(training, capacity=None)
    ids = [s.worker.id for s in training.suggest(session, FIXED_TODAY)]
    training.book(session, ids)
    f = training.forecast(FIXED_TODAY)
    # as it would be once every booked session (the example's own and this one) has happened
    assert f.after == max(s.held_on for s in training.sessions() if s.booked) >= FIXED_TODAY + timedelta(days=10)
    assert sum(f.now.values()) == sum(f.forecast.values()) == sum(f.without.values())
    better = f.forecast["recorded"] + f.forecast["expiring"]
    assert better > f.without["recorded"] + f.without["expiring"]


def test_due_list_horizon_and_order(demo_ws):
    planning = PlanningService(demo_ws)
    soon = planning.due(FIXED_TODAY, 30)
    later = planning.due(FIXED_TODAY, 365)
    assert len(later) >= len(soon) > 0
    order = {"overdue": 0, "expired": 1, "due": 2, "expiring": 3}
    assert [order[r["state"]] for r in soon] == sorted(order[r["state"]] for r in soon)
    horizon = (FIXED_TODAY + timedelta(days=30)).isoformat()
    for r in soon:
        if r["state"] in ("due", "expiring"):
            assert r["date"] <= horizon
    assert all(r["modules"] for r in soon if r["step"].startswith("Child protection"))
    with pytest.raises(UserError):
        planning.due(FIXED_TODAY, -1)


def test_needs_analysis_counts_cumulative_levels(demo_ws):
    rows = PlanningService(demo_ws).needs(FIXED_TODAY)
    cp = [r for r in rows if r["framework"] == "Child protection"]
    assert [r["level"] for r in cp] == ["Wider", "General", "Specific", "Intensive"]
    needs = [r["need"] for r in cp]
    assert needs == sorted(needs, reverse=True)  # everyone needing Specific also needs Wider
    for r in rows:
        assert r["need"] == r["recorded"] + r["expiring"] + r["due"] + r["expired"] + r["overdue"]
    workers = len(demo_ws.people_repo.workers())
    assert next(r for r in rows if r["level"] == "Informed")["need"] == workers
    statuses = StatusService(demo_ws).team_statuses(FIXED_TODAY)
    overdue_wider = sum(
        1
        for s in statuses
        for req in s.requirements
        for st in req.steps
        if st.level_id
        and demo_ws.catalogue_repo.load().level(st.level_id).name == "Wider"
        and st.state is State.OVERDUE
    )
    assert cp[0]["overdue"] == overdue_wider


def test_the_due_overview_is_the_due_list_figures_declarations_and_needs(demo_ws):
    """What is due's data comes from one matrix, and says exactly what each separate call says."""
    from planner.services.planning import PlanningService
    from tests.conftest import FIXED_TODAY

    planning = PlanningService(demo_ws)
    overview = planning.overview(FIXED_TODAY, 60, None)
    rows, figures = planning.due_with_figures(FIXED_TODAY, 60, None)
    assert overview.rows == rows and overview.figures == figures
    assert overview.declarations == planning.declarations(FIXED_TODAY, 60, None)
    assert overview.needs == planning.needs(FIXED_TODAY, None)
    assert overview.rows  # the example organisation has something due


def test_the_due_list_is_the_per_worker_engines_steps(demo_ws):
    """`planner due` reads the bulk engine; every row it lists is a step the per-worker engine
    (the pathway's) gives the same state and date, and it lists every such step in the window."""
    days = 60
    horizon = FIXED_TODAY + timedelta(days=days)
    cat = demo_ws.catalogue_repo.load()
    expected = set()
    for s in StatusService(demo_ws).team_statuses(FIXED_TODAY):
        for req in s.requirements:
            for step in req.steps:
                if step.level_id:
                    level = cat.level(step.level_id)
                    label = f"{cat.framework(level.framework_id).name} – {level.name}"
                elif step.module_id:
                    m = cat.module(step.module_id)
                    label = f"{m.code} {m.title}"
                else:
                    continue  # supervision and registration: their labels differ by design
                when = step.expires_on if step.state in (State.EXPIRING, State.EXPIRED) else step.due_date
                if step.state in (State.OVERDUE, State.EXPIRED) or (
                    step.state in (State.DUE, State.EXPIRING) and when <= horizon
                ):
                    expected.add((s.worker.staff_no, label, step.state.value, when.isoformat()))
    got = {
        (r["staff_no"], r["step"], r["state"], r["date"])
        for r in PlanningService(demo_ws).due(FIXED_TODAY, days)
        if r["kind"] in ("level", "module")
    }
    assert len(expected) > 20
    assert got == expected


def test_every_due_row_names_a_requirement_of_planner_status(demo_ws):
    """A script can join `planner due` to `planner status` on staff number and requirement:
    every due row's requirement is one of that worker's status rows, supervision with its
    target ("every 30 days") and registration with its window, as status names them."""
    from planner.services.status_service import status_rows

    statuses = StatusService(demo_ws).team_statuses(FIXED_TODAY)
    named = {(r["staff_no"], r["requirement"]): r["kind"] for r in status_rows(statuses, demo_ws.catalogue_repo.load())}
    rows = PlanningService(demo_ws).due(FIXED_TODAY, 365)
    assert {r["kind"] for r in rows} >= {"level", "supervision", "registration"}
    missing = [(r["staff_no"], r["requirement"]) for r in rows if (r["staff_no"], r["requirement"]) not in named]
    assert missing == []
    assert all(named[(r["staff_no"], r["requirement"])] == r["kind"] for r in rows)


def test_the_due_lists_json_text_reads_back_as_its_rows(demo_ws):
    """`planner due --format json` writes rows put together from pieces; they are the rows."""
    import json

    planning = PlanningService(demo_ws)
    for days in (0, 60, 365):
        rows = planning.due(FIXED_TODAY, days)
        assert [json.loads(text) for text in planning.due_json(FIXED_TODAY, days)] == rows
    assert rows


def test_the_matrix_split_over_two_processes_is_the_one_process_matrix(demo_ws):
    """`planner due` and `planner needs` build a large organisation's matrix in two halves, the
    second in a forked copy of the process: joined, it is the matrix one process builds (a
    split from 4 workers here, to take that path), and so are the due rows and needs."""
    from planner.services.matrix_service import MatrixService, build_split

    whole = MatrixService(demo_ws).build(FIXED_TODAY)
    split = build_split(demo_ws, FIXED_TODAY, split_from=4)
    assert split == whole and len(whole) > 40
    planning = PlanningService(demo_ws)
    assert planning.due(FIXED_TODAY, 60, split=True) == planning.due(FIXED_TODAY, 60)
    assert planning.needs(FIXED_TODAY, split=True) == planning.needs(FIXED_TODAY)
