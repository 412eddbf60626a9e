"""The bulk matrix engine agrees with the status engine, step by step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.matrix import BLANK, STATES, MatrixEngine
from planner.core.model import Catalogue, Completion, RoleAssignment
from planner.core.status import evaluate
from tests.unit.core.factory import CP, MODULES, ROLES, TRAUMA

CAT = Catalogue((TRAUMA, CP), MODULES, (replace(ROLES[0], supervision_days=30), *ROLES[1:]))
ENGINE = MatrixEngine(CAT, warning_days=45)
dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.builds(RoleAssignment, role_id=st.sampled_from([r.id for r in CAT.roles]), started_on=dates,
                       ended_on=st.one_of(st.none(), dates)), max_size=3),
    st.lists(st.builds(Completion, module_id=st.sampled_from([m.id for m in MODULES]), completed_on=dates),
             max_size=10),
    st.lists(dates, max_size=4),
    dates,
)
def test_engine_matches_evaluate(roles, comps, sessions, on):
    states, when = ENGINE.cells(roles, comps, sessions, on)
    expected = {}
    for req in evaluate(roles, comps, CAT, on, 45, sessions):
        for step in req.steps:
            if step.level_id:
                key = step.level_id
            elif step.module_id:
                key = f"module:{step.module_id}"
            else:
                key = "supervision"
            expected[key] = step.state
    got = {c.key: STATES[states[i]] for i, c in enumerate(ENGINE.columns) if states[i] != BLANK}
    assert got == expected
    for i, c in enumerate(ENGINE.columns):
        assert (when[i] > 0) == (states[i] != BLANK) or c.key == "supervision"


def test_columns_are_grouped_by_framework_then_modules_then_supervision():
    groups = [c.group for c in ENGINE.columns]
    assert groups[:4] == ["Trauma"] * 4 and groups[4:7] == ["Child protection"] * 3
    assert groups[-2:] == ["Specific modules", "Supervision"]
    assert ENGINE.columns[1].full_label == "Trauma – Skilled"
