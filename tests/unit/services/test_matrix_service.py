"""The matrix built in bulk from storage agrees with the per-worker status engine."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.core.matrix import BLANK, STATES
from planner.services.matrix_service import Cancelled, MatrixService
from planner.services.status_service import StatusService
from tests.conftest import FIXED_TODAY


@pytest.mark.parametrize("on", [FIXED_TODAY, FIXED_TODAY - timedelta(days=400), FIXED_TODAY + timedelta(days=200)])
def test_bulk_matrix_matches_status_engine(demo_ws, on):
    data = MatrixService(demo_ws).build(on)
    statuses = {s.worker.id: s for s in StatusService(demo_ws).team_statuses(on)}
    assert sorted(data.ids) == sorted(statuses)
    keys = [c.key for c in data.columns]
    for row, worker_id in enumerate(data.ids):
        expected = {}
        for req in statuses[worker_id].requirements:
            for step in req.steps:
                key = step.level_id or (f"module:{step.module_id}" if step.module_id else req.key)
                expected[key] = step.state
        got = {keys[c]: STATES[data.state(row, c)] for c in range(data.width) if data.state(row, c) != BLANK}
        assert got == expected, data.names[row]


def test_team_matrix_and_counts(demo_ws):
    team = demo_ws.people_repo.teams()[0]
    data = MatrixService(demo_ws).build(FIXED_TODAY, team.name)
    assert set(data.teams) == {team.name}
    assert len(data) == len(demo_ws.people_repo.workers(team.id))
    for col in data.used_columns():
        held, required = data.column_counts(col)
        assert 0 <= held <= required > 0
    held, required = data.row_counts(0)
    assert 0 <= held <= required


def test_progress_can_cancel(demo_ws):
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return False

    with pytest.raises(Cancelled):
        MatrixService(demo_ws).build(date.today(), progress=progress, every=10)
    assert seen == [(10, 48)]


def test_parallel_build_equals_single_process_build(demo_ws, monkeypatch):
    import planner.services.matrix_service as ms

    single = MatrixService(demo_ws).build(FIXED_TODAY)
    monkeypatch.setattr(ms, "PARALLEL_FROM", 10)
    monkeypatch.setattr(ms.os, "cpu_count", lambda: 2)
    seen = []
    split = ms.build_detached(demo_ws, FIXED_TODAY, progress=lambda done, total: seen.append(done) or True)
    assert seen[0] == 0 and seen[-1] == 48
    by_id = {i: n for n, i in enumerate(split.ids)}
    assert sorted(split.ids) == sorted(single.ids)
    for row, worker_id in enumerate(single.ids):
        other = by_id[worker_id]
        assert [single.state(row, c) for c in range(single.width)] == [
            split.state(other, c) for c in range(split.width)
        ]
        assert split.names[other] == single.names[row] and split.teams[other] == single.teams[row]
