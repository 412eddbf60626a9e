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
