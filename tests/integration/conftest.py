"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from planner.services.container import Services
from tests.conftest import FIXED_TODAY


@pytest.fixture
def machines(tmp_path):
    """Two data folders as two machines: the manager's example organisation, and the own copy
    ("Just me") of one of its workers, with the same staff number and role."""
    manager = Services.open(tmp_path / "manager")
    manager._today = FIXED_TODAY
    manager.create_demo(workers=20, seed=3, today=FIXED_TODAY)
    subject = next(w for w in manager.people.workers() if w.roles)
    role_code = manager.catalogue.load().role(subject.roles[0].role_id).code
    worker = Services.open(tmp_path / "worker")
    worker._today = FIXED_TODAY
    me = worker.start_just_me(
        {"name": subject.name, "staff_no": subject.staff_no, "regulator": subject.regulator},
        [(role_code, subject.roles[0].started_on)],
    )
    yield manager, worker, subject, me, tmp_path
    manager.close()
    worker.close()
