"""Repositories on a real database: edits, friendly refusals, nothing orphaned."""

from __future__ import annotations

from datetime import date

import pytest

from planner.storage.errors import DuplicateError, InUseError


def test_starter_catalogue_loads_in_order(starter_ws):
    cat = starter_ws.catalogue_repo.load()
    assert [f.code for f in cat.frameworks] == [
        "trauma",
        "child-protection",
        "childrens-rights",
        "child-development",
        "attachment",
    ]
    trauma = cat.frameworks[0]
    assert [lv.name for lv in trauma.levels] == ["Informed", "Skilled", "Enhanced", "Specialist"]
    assert [lv.name for lv in cat.frameworks[1].levels] == ["Wider", "General", "Specific", "Intensive"]
    rights = cat.frameworks[2]
    assert len(rights.levels) == 3 and len(rights.tags) == 5
    assert len(cat.roles) >= 16
    assert all(r.example for r in cat.roles)
    codes = {m.code for m in cat.modules}
    assert {"NES-OD", "NES-SS", "NES-TSP", "NES-STILT"} <= codes
    cp = next(m for m in cat.modules if m.code == "LOC-CP-WIDER")
    assert cp.renewal_months == 36


def test_module_edit_and_refusals(starter_ws):
    repo = starter_ws.catalogue_repo
    cat = repo.load()
    informed = cat.frameworks[0].levels[0].id
    mid = repo.add_module({"code": "X1", "title": "Local trauma awareness", "hours": 1.5}, [informed])
    with pytest.raises(DuplicateError, match="X1"):
        repo.add_module({"code": "X1", "title": "again"})
    repo.update_module(mid, {"title": "Renamed"}, [])
    module = next(m for m in repo.load().modules if m.id == mid)
    assert module.title == "Renamed" and module.grants == frozenset()
    repo.delete_module(mid)
    assert all(m.id != mid for m in repo.load().modules)


def test_module_with_completions_cannot_be_deleted_only_retired(demo_ws):
    repo = demo_ws.catalogue_repo
    used = next(m for m in repo.load().modules if repo.module_usage(m.id)["completions"])
    with pytest.raises(InUseError, match="Retire it instead"):
        repo.delete_module(used.id)
    repo.set_module_retired(used.id, True)
    assert next(m for m in repo.load().modules if m.id == used.id).retired


def test_role_requirements_replace(starter_ws):
    repo = starter_ws.catalogue_repo
    cat = repo.load()
    role = next(r for r in cat.roles if r.code == "teacher")
    trauma = cat.frameworks[0]
    stilt = next(m for m in cat.modules if m.code == "NES-STILT")
    repo.set_role_requirements(role.id, {trauma.id: trauma.levels[3].id}, [stilt.id])
    role = next(r for r in repo.load().roles if r.code == "teacher")
    assert [(r.framework_id, r.level_id) for r in role.level_requirements] == [(trauma.id, trauma.levels[3].id)]
    assert role.module_requirements == (stilt.id,)


def test_role_in_use_cannot_be_deleted(demo_ws):
    repo = demo_ws.catalogue_repo
    role = next(r for r in repo.load().roles if repo.role_usage(r.id))
    with pytest.raises(InUseError):
        repo.delete_role(role.id)


def test_workers_roles_and_completions(starter_ws):
    people = starter_ws.people_repo
    cat = starter_ws.catalogue_repo.load()
    team = people.add_team("Test team")
    role = cat.roles[0]
    wid = people.add_worker(
        {"staff_no": "S1", "name": "Łukasz Nowak", "team_id": team, "regulator": "SSSC"}, [(role.id, date(2026, 1, 5))]
    )
    worker = people.worker_by_staff_no("S1")
    assert worker.name == "Łukasz Nowak" and worker.roles[0].started_on == date(2026, 1, 5)
    with pytest.raises(DuplicateError, match="S1"):
        people.add_worker({"staff_no": "S1", "name": "Someone else"})
    people.add_completion(wid, cat.modules[0].id, date(2026, 2, 1))
    with pytest.raises(InUseError, match="Mark as left instead"):
        people.delete_worker(wid)
    with pytest.raises(InUseError):
        people.delete_team(team)
    ids = [w.id for w in people.workers(team)]
    assert ids == [wid]
    assert people.completions_by_worker()[wid][0].completed_on == date(2026, 2, 1)
    for stamp in starter_ws.db.conn.execute("SELECT created_at, updated_at FROM workers"):
        assert all(s and s.endswith("+00:00") for s in stamp)


def test_bad_regulator_refused(starter_ws):
    from planner.storage.database import StorageError

    with pytest.raises(StorageError, match="Regulator must be one of"):
        starter_ws.people_repo.add_worker({"staff_no": "S2", "name": "A", "regulator": "HCPC"})
