"""The status engine's rules, one at a time, on a small hand-made catalogue."""

from __future__ import annotations

from datetime import date

from planner.core.model import Completion, RoleAssignment
from planner.core.status import State, evaluate
from tests.unit.core.factory import catalogue

ON = date(2026, 11, 22)


def by_label(statuses):
    return {s.label: s for s in statuses}


def test_new_starter_within_window_is_due_with_due_date():
    st = evaluate([RoleAssignment("care", date(2026, 10, 1))], [], catalogue(), ON)
    got = by_label(st)
    assert set(got) == {"Trauma – Skilled", "Child protection – General", "FA First aid"}
    assert all(s.state is State.DUE for s in st)
    assert got["Trauma – Skilled"].due_date == date(2026, 12, 30)  # 1 Oct + 90 days


def test_past_due_date_and_never_recorded_is_overdue():
    st = evaluate([RoleAssignment("care", date(2026, 1, 1))], [], catalogue(), ON)
    assert {s.state for s in st} == {State.OVERDUE}


def test_due_date_itself_is_still_due_and_the_day_after_is_overdue():
    start = date(2026, 1, 1)
    due = date(2026, 1, 31)  # driver: 30 days
    assert evaluate([RoleAssignment("driver", start)], [], catalogue(), due)[0].state is State.DUE
    day_after = date(2026, 2, 1)
    assert evaluate([RoleAssignment("driver", start)], [], catalogue(), day_after)[0].state is State.OVERDUE


def test_level_needs_every_level_below_it():
    cat = catalogue()
    only_skilled = [Completion("m-t2", date(2026, 2, 1))]
    st = by_label(evaluate([RoleAssignment("care", date(2025, 1, 1))], only_skilled, cat, ON))
    trauma = st["Trauma – Skilled"]
    assert trauma.state is State.OVERDUE  # Informed is missing, so Skilled is not met
    assert [s.state for s in trauma.steps] == [State.OVERDUE, State.RECORDED]

    both = only_skilled + [Completion("m-t1", date(2026, 1, 5))]
    st = by_label(evaluate([RoleAssignment("care", date(2025, 1, 1))], both, cat, ON))
    assert st["Trauma – Skilled"].state is State.RECORDED
    assert st["Trauma – Skilled"].completed_on == date(2026, 2, 1)


def test_one_module_can_grant_several_levels():
    comps = [Completion("m-c12", date(2025, 6, 1))]
    st = by_label(evaluate([RoleAssignment("care", date(2025, 1, 1))], comps, catalogue(), ON))
    cp = st["Child protection – General"]
    assert cp.state is State.RECORDED
    assert cp.expires_on == date(2028, 6, 1)


def test_expiring_within_warning_window():
    comps = [Completion("m-c12", date(2023, 12, 15))]  # expires 15 Dec 2026, 23 days away
    st = by_label(evaluate([RoleAssignment("care", date(2020, 1, 1))], comps, catalogue(), ON))
    cp = st["Child protection – General"]
    assert cp.state is State.EXPIRING
    assert cp.expires_on == date(2026, 12, 15)
    # a narrower warning window makes the same record plain "recorded"
    st = by_label(evaluate([RoleAssignment("care", date(2020, 1, 1))], comps, catalogue(), ON, warning_days=10))
    assert st["Child protection – General"].state is State.RECORDED


def test_expired_after_the_due_window():
    comps = [Completion("m-c12", date(2022, 1, 10))]  # expired 10 Jan 2025
    st = by_label(evaluate([RoleAssignment("care", date(2020, 1, 1))], comps, catalogue(), ON))
    cp = st["Child protection – General"]
    assert cp.state is State.EXPIRED
    assert cp.expires_on == date(2025, 1, 10)


def test_expiry_day_itself_counts_as_expired():
    comps = [Completion("m-c12", date(2023, 11, 22))]
    st = by_label(evaluate([RoleAssignment("care", date(2020, 1, 1))], comps, catalogue(), ON))
    assert st["Child protection – General"].state is State.EXPIRED


def test_expired_learning_inside_a_new_roles_window_is_due_not_expired():
    comps = [Completion("m-c12", date(2019, 1, 10))]
    st = by_label(evaluate([RoleAssignment("care", date(2026, 11, 1))], comps, catalogue(), ON))
    assert st["Child protection – General"].state is State.DUE


def test_renewal_uses_the_latest_completion():
    comps = [Completion("m-c12", date(2019, 1, 10)), Completion("m-c12", date(2025, 3, 1))]
    st = by_label(evaluate([RoleAssignment("care", date(2018, 1, 1))], comps, catalogue(), ON))
    assert st["Child protection – General"].state is State.RECORDED
    assert st["Child protection – General"].expires_on == date(2028, 3, 1)


def test_two_roles_union_with_the_higher_level_winning():
    roles = [RoleAssignment("care", date(2026, 1, 1)), RoleAssignment("manager", date(2026, 10, 1))]
    st = by_label(evaluate(roles, [], catalogue(), ON))
    # Trauma: manager asks Enhanced (3) > care's Skilled (2); CP: care's General beats Wider
    assert "Trauma – Enhanced" in st and "Trauma – Skilled" not in st
    assert "Child protection – General" in st
    trauma = st["Trauma – Enhanced"]
    assert trauma.role_ids == ("care", "manager")
    # Informed and Skilled were due under the care role (1 Apr 2026): overdue.
    # Enhanced only under manager (1 Oct 2026 + 180 days): still due.
    assert [s.state for s in trauma.steps] == [State.OVERDUE, State.OVERDUE, State.DUE]
    assert trauma.steps[2].due_date == date(2027, 3, 30)
    assert trauma.state is State.OVERDUE
    assert trauma.due_date == date(2026, 4, 1)


def test_ended_role_no_longer_counts():
    roles = [RoleAssignment("manager", date(2020, 1, 1), ended_on=date(2026, 1, 1))]
    assert evaluate(roles, [], catalogue(), ON) == []
    assert evaluate(roles, [], catalogue(), date(2025, 12, 31)) != []


def test_learning_after_the_as_on_date_does_not_count_yet():
    comps = [Completion("m-t1", date(2026, 12, 1))]
    st = evaluate([RoleAssignment("driver", date(2026, 1, 1))], comps, catalogue(), ON)
    assert st[0].state is State.OVERDUE
    later = evaluate([RoleAssignment("driver", date(2026, 1, 1))], comps, catalogue(), date(2026, 12, 2))
    assert later[0].state is State.RECORDED


def test_specific_module_requirement_expires():
    comps = [Completion("m-first", date(2022, 1, 1))]
    st = by_label(evaluate([RoleAssignment("care", date(2020, 1, 1))], comps, catalogue(), ON))
    assert st["FA First aid"].state is State.EXPIRED
    assert st["FA First aid"].kind == "module"


def test_unknown_role_is_ignored_not_a_crash():
    assert evaluate([RoleAssignment("gone", date(2020, 1, 1))], [], catalogue(), ON) == []


def test_severity_order():
    order = sorted(State, key=lambda s: s.severity)
    assert order == [State.RECORDED, State.EXPIRING, State.DUE, State.EXPIRED, State.OVERDUE]
