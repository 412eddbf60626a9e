"""The bulk matrix engine agrees with the status engine, step by step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.matrix import BLANK, STATES, MatrixEngine
from planner.core.model import Catalogue, Completion, RoleAssignment
from planner.core.regulators import Registration
from planner.core.status import evaluate
from tests.unit.core.factory import CP, MODULES, ROLES, TRAUMA

CAT = Catalogue((TRAUMA, CP), MODULES, (replace(ROLES[0], supervision_days=30), *ROLES[1:]))
ENGINE = MatrixEngine(CAT, warning_days=45)
dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))
assignments = st.lists(
    st.builds(
        RoleAssignment,
        role_id=st.sampled_from([r.id for r in CAT.roles]),
        started_on=dates,
        ended_on=st.one_of(st.none(), dates),
    ),
    max_size=3,
)
completions = st.lists(
    st.builds(Completion, module_id=st.sampled_from([m.id for m in MODULES]), completed_on=dates), max_size=10
)


@settings(max_examples=400, deadline=None)
@given(
    assignments,
    completions,
    st.lists(dates, max_size=4),
    dates,
    st.sampled_from(["SSSC", "none", "NMC"]),
    st.builds(
        Registration,
        applied_on=st.one_of(st.none(), dates),
        registered_on=st.one_of(st.none(), dates),
        registration_no=st.sampled_from(["", "1234567"]),
    ),
)
def test_engine_matches_evaluate(roles, comps, sessions, on, regulator, registration):
    states, when = ENGINE.cells(roles, comps, sessions, on, regulator, registration)
    expected = {}
    for req in evaluate(roles, comps, CAT, on, 45, sessions, regulator, registration):
        for step in req.steps:
            if step.level_id:
                key = step.level_id
            elif step.module_id:
                key = f"module:{step.module_id}"
            else:
                key = req.key  # supervision, or one of the SSSC registration deadlines
            expected[key] = step.state
    got = {c.key: STATES[states[i]] for i, c in enumerate(ENGINE.columns) if states[i] != BLANK}
    assert got == expected
    for i, c in enumerate(ENGINE.columns):
        # every cell has a date, except supervision before a first session and a registration
        # known only by its number
        assert (when[i] > 0) == (states[i] != BLANK) or c.key in ("supervision", "sssc-apply", "sssc-register")


@settings(max_examples=400, deadline=None)
@given(
    assignments,
    completions,
    st.lists(dates, max_size=4),
    dates,
    st.sampled_from(["SSSC", "none"]),
    st.builds(Registration, applied_on=st.one_of(st.none(), dates), registered_on=st.one_of(st.none(), dates)),
)
def test_requirements_match_evaluate(roles, comps, sessions, on, regulator, registration):
    """What `planner status` lists (the bulk engine's requirements) is what the status engine
    says, requirement by requirement: state, dates, roles, and the step that dates it."""
    on_ord = on.toordinal()
    latest: dict[str, int] = {}
    for c in comps:
        if c.completed_on <= on:
            latest[c.module_id] = max(latest.get(c.module_id, 0), c.completed_on.toordinal())
    taken = [d.toordinal() for d in sessions if d <= on]
    got = ENGINE.requirements_raw(
        [(a.role_id, a.started_on.toordinal(), a.ended_on.toordinal() if a.ended_on else 0) for a in roles],
        latest,
        max(taken, default=0),
        on_ord,
        registration if regulator == "SSSC" else None,
    )
    expected = evaluate(roles, comps, CAT, on, 45, sessions, regulator, registration)
    assert [r.kind for r in got] == [r.kind for r in expected]

    def ordinal(d):
        return d.toordinal() if d else 0

    for cell, req in zip(got, expected, strict=True):
        column = ENGINE.columns[cell.column]
        if req.kind == "level":
            assert column.key == req.level_id
        elif req.kind == "module":
            assert column.key == f"module:{req.module_id}"
        assert STATES[cell.state] == req.state, req.label
        assert (cell.due, cell.expires, cell.done) == (
            ordinal(req.due_date),
            ordinal(req.expires_on),
            ordinal(req.completed_on),
        ), req.label
        assert cell.roles == req.role_ids
        if req.kind == "supervision":
            assert cell.period and str(cell.period) in req.label
        # the step whose date the words name: the open step setting the due date, or the
        # step whose expiry dates it (the first such, as requirement_phrase picks it)
        if req.kind == "level" and (req.state.needs_action or req.state.value == "expiring"):
            if req.state.value in ("due", "overdue"):
                step = next(s for s in req.steps if s.state.needs_action and s.due_date == req.due_date)
                assert cell.stage == step.stage
            else:
                held = req.state.held
                step = next(s for s in req.steps if s.expires_on == req.expires_on and s.state.held == held)
            assert ENGINE.columns[cell.step_column].key == step.level_id


def test_staged_windows_set_each_due_date():
    """A stage sets its level's (and the levels below it's) due date; a later stage never delays
    a lower level past the role's own window; a stage outside the role is ignored."""
    start = date(2026, 3, 1)
    reqs = {r.key: r for r in evaluate([RoleAssignment("carer", start)], [], CAT, date(2026, 1, 1))}
    cp = [s for s in reqs["level:C"].steps]
    assert [(s.due_date, s.stage) for s in cp] == [
        (date(2026, 1, 30), "pre-approval"),
        (date(2027, 3, 1), ""),
        (date(2028, 2, 29), "CPD"),
    ]
    assert reqs["module:m-first"].steps[0].due_date == date(2026, 3, 8)
    assert reqs["module:m-first"].steps[0].stage == "induction"
    assert [s.due_date for s in reqs["level:T"].steps] == [date(2027, 3, 1)] * 2  # no Specialist stage
    # on 1 Jan 2026, before the start, only the pre-approval learning is already due
    assert [s.state.value for s in cp] == ["due", "due", "due"]
    later = {r.key: r for r in evaluate([RoleAssignment("carer", start)], [], CAT, date(2026, 2, 15))}
    assert later["level:C"].steps[0].state.value == "overdue"


def test_columns_are_grouped_by_framework_then_modules_then_supervision():
    groups = [c.group for c in ENGINE.columns]
    assert groups[:4] == ["Trauma"] * 4 and groups[4:7] == ["Child protection"] * 3
    assert groups[-4:] == ["Specific modules", "SSSC registration", "SSSC registration", "Supervision"]
    assert ENGINE.columns[1].full_label == "Trauma – Skilled"
