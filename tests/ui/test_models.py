"""Every table model passes pytest-qt's model tester with real data."""

from __future__ import annotations

from planner.services.status_service import StatusService
from planner.ui.frameworks_view import (
    LevelRow,
    LevelsModel,
    ModuleRow,
    ModulesModel,
    grants_text,
)
from planner.ui.pathway_view import RequirementsModel, StepsModel
from planner.ui.people_view import WorkerRow, WorkersModel
from planner.ui.roles_view import RolesModel, requirement_summary
from planner.ui.table_model import SORT_ROLE
from tests.conftest import FIXED_TODAY


def test_models_pass_the_model_tester(qtmodeltester, demo_ws):
    cat = demo_ws.catalogue_repo.load()
    fw = cat.frameworks[0]
    qtmodeltester.check(LevelsModel([LevelRow(lv, "x") for lv in fw.levels]))
    qtmodeltester.check(ModulesModel([ModuleRow(m, grants_text(cat, m)) for m in cat.modules]))
    qtmodeltester.check(RolesModel([(r, requirement_summary(cat, r)) for r in cat.roles]))
    workers = demo_ws.people_repo.workers()
    qtmodeltester.check(WorkersModel([WorkerRow(w, "team", "roles") for w in workers]))
    p = StatusService(demo_ws).pathway_for(workers[0], FIXED_TODAY)
    qtmodeltester.check(RequirementsModel(p.requirements))
    qtmodeltester.check(StepsModel(list(enumerate(p.steps, start=1))))
    qtmodeltester.check(WorkersModel([]))


def test_sort_role_returns_native_values(demo_ws):
    cat = demo_ws.catalogue_repo.load()
    model = ModulesModel([ModuleRow(m, "") for m in cat.modules])
    hours = model.data(model.index(0, ModulesModel.HOURS), SORT_ROLE)
    assert isinstance(hours, float)


def test_the_filter_matches_every_word_and_follows_new_rows(qtbot, demo_ws):
    """Typing filters in one pass (accents and case ignored, every word must appear); rows set
    afterwards are matched against the same words."""
    from planner.ui.common import table_view

    workers = demo_ws.people_repo.workers()
    model = WorkersModel([WorkerRow(w, "team", "roles") for w in workers])
    _view, proxy = table_view(model, "Workers")
    lukasz = next(w for w in workers if w.name == "Łukasz Nowak")
    proxy.set_text("lukasz NOWAK")
    assert proxy.rowCount() == 1 and model.row(proxy.mapToSource(proxy.index(0, 0)).row()).worker.id == lukasz.id
    proxy.set_text("lukasz zzz")
    assert proxy.rowCount() == 0
    proxy.set_text("lukasz")
    others = [WorkerRow(w, "team", "roles") for w in workers if w.id != lukasz.id]
    model.set_rows(others)  # the same words over new rows
    assert proxy.rowCount() == 0
    model.set_rows([*others, WorkerRow(lukasz, "team", "roles")])
    assert proxy.rowCount() == 1
    proxy.set_text("")
    assert proxy.rowCount() == len(workers)
