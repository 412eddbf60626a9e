"""The example organisation and the status rows the CLI and GUI share."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner.core.errors import UserError
from planner.services.demo import FEATURED, create_demo, states_present
from planner.services.status_service import StatusService, pathway_dict, status_rows
from planner.storage.database import StorageError
from tests.conftest import FIXED_TODAY


def test_demo_has_teams_names_and_every_state(demo_ws):
    people = demo_ws.people_repo
    workers = people.workers()
    assert 40 <= len(workers) <= 60
    names = {w.name for w in workers}
    assert {"Siobhán Ó Súilleabháin", "Łukasz Nowak", "Gwŷn ap Rhys"} <= names
    assert set(FEATURED) <= names
    teams = {t.name for t in people.teams()}
    assert len(teams) == 7
    assert any("Hearings" in t for t in teams) and any("Youth Justice" in t for t in teams)
    assert states_present(demo_ws, FIXED_TODAY) == {"recorded", "expiring", "due", "expired", "overdue"}
    assert len({w.staff_no for w in workers}) == len(workers)


def test_demo_refuses_when_workers_exist(demo_ws):
    with pytest.raises(StorageError, match="--force"):
        create_demo(demo_ws)


def test_demo_is_reproducible_for_a_seed(tmp_path):
    from planner.services.workspace import Workspace

    def names(folder):
        ws = Workspace.open(tmp_path / folder)
        create_demo(ws, workers=30, seed=7, today=FIXED_TODAY)
        out = [(w.staff_no, w.name) for w in ws.people_repo.workers()]
        ws.close()
        return out

    assert names("a") == names("b")


def test_status_rows_and_pathway_agree(demo_ws):
    service = StatusService(demo_ws)
    cat = demo_ws.catalogue_repo.load()
    rows = status_rows(service.team_statuses(FIXED_TODAY), cat)
    worker = demo_ws.people_repo.workers()[0]
    mine = [r for r in rows if r["staff_no"] == worker.staff_no]
    p = pathway_dict(service.worker_pathway(worker.staff_no, FIXED_TODAY), cat)
    assert [(r["requirement"], r["state"]) for r in mine] == [(r["requirement"], r["state"]) for r in p["requirements"]]
    for step in p["next_steps"]:
        assert step["state"] in {"expiring", "due", "expired", "overdue"}


def test_warning_window_setting_changes_states(demo_ws):
    service = StatusService(demo_ws)
    before = sum(1 for w in service.team_statuses(FIXED_TODAY) for r in w.requirements if r.state.value == "expiring")
    service.set_warning_days(0)
    after = sum(1 for w in service.team_statuses(FIXED_TODAY) for r in w.requirements if r.state.value == "expiring")
    assert before > 0 and after == 0
    with pytest.raises(UserError):
        service.set_warning_days(-1)


@pytest.mark.parametrize(
    ("on", "team"),
    [(FIXED_TODAY, None), (date(2025, 3, 1), None), (FIXED_TODAY, "Rowan House (residential)")],
)
def test_streamed_status_rows_are_the_per_worker_engines(demo_ws, on, team):
    """`planner status` and the status CSV stream rows from the bulk engine; they are, row for
    row and word for word, what the per-worker status engine gives (the pathway screen's)."""
    service = StatusService(demo_ws)
    if team is not None:
        team = next(t.name for t in demo_ws.people_repo.teams() if t.name.startswith(team))
    expected = status_rows(service.team_statuses(on, team), demo_ws.catalogue_repo.load())
    streamed = list(service.rows(on, team))
    assert len(expected) > 20
    assert streamed == expected
    assert [json.loads(text) for text in service.json_rows(on, team)] == expected


def test_streamed_status_refuses_an_unknown_team_before_the_first_row(demo_ws):
    with pytest.raises(UserError, match="Nowhere"):
        StatusService(demo_ws).json_rows(FIXED_TODAY, "Nowhere")


@pytest.mark.parametrize("team", [None, "Rowan House (residential)"])
def test_status_split_over_two_processes_is_the_same_text(demo_ws, team):
    """A large organisation's `planner status --format json` is worked out in two halves, the
    second by a forked copy of the process: put together, the runs are the one-process text
    exactly, in the same order (a split from 4 workers here, to take that path)."""
    from planner.services.status_stream import StatusStream

    if team is not None:
        team = next(t.name for t in demo_ws.people_repo.teams() if t.name.startswith(team))
    stream = StatusStream(demo_ws, FIXED_TODAY, team, StatusService(demo_ws).warning_days)
    runs = list(stream.json_runs(split_from=4))
    assert demo_ws.people_repo.name_split(0.45, stream.team_id, at_least=4), "too few workers to split"
    assert len(runs) >= 2  # the first half's rows, then the second half's runs from the file
    assert ",\n".join(runs) == ",\n".join(stream.json_rows())
    assert json.loads("[" + ",\n".join(runs) + "]") == list(stream.rows())


def test_status_split_stopped_early_stops_its_second_process(demo_ws):
    """A reader that stops after the first row (``planner status | head -1``) leaves no
    process behind: the forked copy is ended and reaped."""
    import os

    from planner.services.status_stream import StatusStream

    stream = StatusStream(demo_ws, FIXED_TODAY, None, StatusService(demo_ws).warning_days)
    runs = stream.json_runs(split_from=10)
    assert json.loads(next(runs))["staff_no"]
    assert stream.helper > 0
    runs.close()
    with pytest.raises(ChildProcessError):  # ended and reaped: no longer a child of this process
        os.waitpid(stream.helper, os.WNOHANG)
