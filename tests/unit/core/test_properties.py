"""Invariants of the status engine, checked over generated workers with hypothesis."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.model import Completion, RoleAssignment
from planner.core.pathway import pathway
from planner.core.status import State, evaluate
from tests.unit.core.factory import MODULES, ROLES, catalogue

CAT = catalogue()
dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))
assignments = st.lists(
    st.builds(RoleAssignment, role_id=st.sampled_from([r.id for r in ROLES]), started_on=dates),
    min_size=0,
    max_size=3,
)
completions = st.lists(
    st.builds(Completion, module_id=st.sampled_from([m.id for m in MODULES]), completed_on=dates),
    max_size=8,
)
warning = st.integers(min_value=0, max_value=120)


@settings(max_examples=300, deadline=None)
@given(assignments, completions, st.builds(Completion, st.sampled_from([m.id for m in MODULES]), dates), dates, warning)
def test_recording_a_completion_never_makes_any_state_worse(roles, comps, extra, on, warn):
    before = {s.key: s.state for s in evaluate(roles, comps, CAT, on, warn)}
    after = {s.key: s.state for s in evaluate(roles, comps + [extra], CAT, on, warn)}
    assert before.keys() == after.keys()  # completions never change what is required
    for key, state in before.items():
        assert after[key].severity <= state.severity, (key, state, after[key])


@settings(max_examples=200, deadline=None)
@given(assignments, completions, dates)
def test_recorded_level_means_every_level_below_is_held(roles, comps, on):
    for req in evaluate(roles, comps, CAT, on):
        if req.state.held:
            assert all(step.state.held for step in req.steps)
            assert req.due_date is None
        else:
            assert req.due_date is not None
        if req.kind == "level":
            ranks = [CAT.level(s.level_id).rank for s in req.steps]
            assert ranks == list(range(1, len(ranks) + 1))


@settings(max_examples=200, deadline=None)
@given(assignments, assignments, completions, dates)
def test_more_roles_never_lower_a_required_level(roles_a, roles_b, comps, on):
    alone = evaluate(roles_a, comps, CAT, on)
    together = {s.key: s for s in evaluate(roles_a + roles_b, comps, CAT, on)}
    for req in alone:
        assert req.key in together
        if req.kind == "level":
            assert CAT.level(together[req.key].level_id).rank >= CAT.level(req.level_id).rank


@settings(max_examples=200, deadline=None)
@given(assignments, completions, dates)
def test_pathway_lists_exactly_the_steps_not_recorded(roles, comps, on):
    statuses = evaluate(roles, comps, CAT, on)
    steps = pathway(statuses, CAT)
    expected = sum(1 for r in statuses for s in r.steps if s.state is not State.RECORDED)
    assert len(steps) == expected
    # within one framework, a lower level that needs action never comes after a higher one
    seen: dict[str, int] = {}
    for step in steps:
        if step.level_id and step.state.needs_action:
            fw = CAT.level(step.level_id).framework_id
            assert step.rank >= seen.get(fw, 0)
            seen[fw] = step.rank
        if step.level_id:
            assert all(step.level_id in m.grants and not m.retired for m in step.options)


@settings(max_examples=200, deadline=None)
@given(assignments, dates, st.integers(min_value=1, max_value=2000))
def test_without_learning_time_only_moves_due_towards_overdue(roles, on, days):
    now = {s.key: s.state for s in evaluate(roles, [], CAT, on)}
    later = {s.key: s.state for s in evaluate(roles, [], CAT, on + timedelta(days=days))}
    for key, state in now.items():
        if key in later:
            assert state in (State.DUE, State.OVERDUE)
            assert later[key].severity >= state.severity
