"""CPL checks, supervision status, and each regulator's cycle, at its boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.cpl import CplEntry, check_entry
from planner.core.model import Catalogue, RoleAssignment
from planner.core.regulators import Registration, cycle_bounds, summarise
from planner.core.status import State, evaluate, supervision_status
from planner.core.supervision import check_session
from tests.unit.core.factory import CP, MODULES, ROLES, TRAUMA

TODAY = date(2026, 11, 22)


def catalogue_with_supervision(days: int = 30) -> Catalogue:
    roles = (replace(ROLES[0], supervision_days=days), replace(ROLES[1], supervision_days=90), ROLES[2])
    return Catalogue((TRAUMA, CP), MODULES, roles)


def entry(on: date, hours: float = 1.0, **kw) -> CplEntry:
    return CplEntry(id="e", occurred_on=on, title="t", kind="course", hours=hours, **kw)


# -- CPL entry checks ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("when", "title", "kind", "hours", "message"),
    [
        (date(2026, 11, 23), "t", "course", 1, "in the future"),
        (TODAY, "  ", "course", 1, "title"),
        (TODAY, "t", "film", 1, "Type must be one of"),
        (TODAY, "t", "course", -0.25, "negative"),
        (TODAY, "t", "course", 1.3, "quarter hours"),
        (TODAY, "t", "course", 5000, "more than one entry"),
    ],
)
def test_bad_entries_are_refused_with_a_reason(when, title, kind, hours, message):
    with pytest.raises(ValueError, match=message):
        check_entry(when, title, kind, hours, TODAY)


def test_good_entry_today_with_zero_hours_is_fine():
    check_entry(TODAY, "Read a practice note", "reading", 0, TODAY)
    check_entry(TODAY, "Shadowed a colleague", "shadowing", 2.75, TODAY)


def test_session_checks():
    check_session(TODAY, "one-to-one", 60, TODAY)
    with pytest.raises(ValueError, match="future"):
        check_session(date(2027, 1, 1), "group", 60, TODAY)
    with pytest.raises(ValueError, match="Kind"):
        check_session(TODAY, "chat", 60, TODAY)
    with pytest.raises(ValueError, match="at least one minute"):
        check_session(TODAY, "peer", 0, TODAY)


# -- supervision ---------------------------------------------------------------------------------

def test_supervision_states():
    cat = catalogue_with_supervision(30)
    roles = [RoleAssignment("care", date(2026, 1, 1))]
    assert supervision_status(roles, [], cat, TODAY).state is State.OVERDUE
    recent = supervision_status(roles, [date(2026, 11, 10)], cat, TODAY)
    assert recent.state is State.RECORDED and recent.due_date == date(2026, 12, 10)
    close = supervision_status(roles, [date(2026, 10, 30)], cat, TODAY)  # due 29 Nov: within 7 days
    assert close.state is State.DUE
    late = supervision_status(roles, [date(2026, 10, 1)], cat, TODAY)
    assert late.state is State.OVERDUE and late.completed_on == date(2026, 10, 1)


def test_new_starter_without_a_session_is_due_not_overdue():
    cat = catalogue_with_supervision(30)
    status = supervision_status([RoleAssignment("care", date(2026, 11, 10))], [], cat, TODAY)
    assert status.state is State.DUE and status.due_date == date(2026, 12, 10)


def test_most_frequent_role_sets_the_target_and_roles_without_one_add_nothing():
    cat = catalogue_with_supervision(30)
    both = [RoleAssignment("manager", date(2025, 1, 1)), RoleAssignment("care", date(2025, 1, 1))]
    assert "every 30 days" in supervision_status(both, [], cat, TODAY).label
    assert supervision_status([RoleAssignment("driver", date(2025, 1, 1))], [], cat, TODAY) is None


def test_evaluate_includes_supervision_only_when_asked():
    cat = catalogue_with_supervision(30)
    roles = [RoleAssignment("care", date(2026, 1, 1))]
    assert all(r.kind != "supervision" for r in evaluate(roles, [], cat, TODAY))
    assert any(r.kind == "supervision" for r in evaluate(roles, [], cat, TODAY, supervision_dates=[]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dates(date(2020, 1, 1), date(2027, 12, 31)), max_size=5),
       st.dates(date(2020, 1, 1), date(2027, 12, 31)), st.dates(date(2019, 1, 1), date(2027, 12, 31)),
       st.integers(7, 120))
def test_recording_supervision_never_makes_it_worse(sessions, extra, start, days):
    cat = catalogue_with_supervision(days)
    roles = [RoleAssignment("care", start)]
    before = supervision_status(roles, sessions, cat, TODAY)
    after = supervision_status(roles, [*sessions, extra], cat, TODAY)
    assert after.state.severity <= before.state.severity


# -- regulator cycles ---------------------------------------------------------------------------

def test_cycle_bounds_anchor_and_calendar():
    assert cycle_bounds(None, 1, TODAY) == (date(2026, 1, 1), date(2026, 12, 31))
    assert cycle_bounds(date(2027, 3, 1), 1, TODAY) == (date(2026, 3, 2), date(2027, 3, 1))
    # the anchor has passed: the cycle rolls on to the next anniversary
    assert cycle_bounds(date(2026, 3, 1), 1, TODAY) == (date(2026, 3, 2), date(2027, 3, 1))
    # an anchor years ahead steps back to the cycle containing today
    assert cycle_bounds(date(2029, 6, 30), 3, TODAY) == (date(2026, 7, 1), date(2029, 6, 30))
    # on the anchor date itself, that cycle ends today
    assert cycle_bounds(date(2026, 11, 22), 1, TODAY) == (date(2025, 11, 23), date(2026, 11, 22))


def test_nmc_counts_hours_participatory_and_reflections_inside_the_cycle_only():
    reg = Registration(revalidation_on=date(2027, 6, 30))
    entries = [
        entry(date(2024, 6, 30), 10, participatory=True),  # the day the last cycle ended: not this one
        entry(date(2024, 7, 1), 20, participatory=True, learned="x"),  # first day of this cycle
        entry(date(2026, 5, 1), 15, learned="y", practice_change="z"),
    ]
    s = summarise("NMC", reg, entries, TODAY)
    assert (s.start, s.end) == (date(2024, 7, 1), date(2027, 6, 30))
    assert s.hours == 35 and s.participatory_hours == 20 and s.reflections == 2
    checks = {c.label: c for c in s.checks}
    assert checks["CPD hours"].met and checks["of which participatory"].met
    assert not checks["Written reflective accounts"].met
    assert checks["Written reflective accounts"].detail == "2 of 5"


def test_sssc_mandatory_learning_and_elements():
    reg = Registration(declaration_on=date(2027, 3, 1))
    entries = [
        entry(date(2026, 4, 1), frameworks=("trauma",), sssc_elements=("communication",)),
        entry(date(2026, 3, 1), frameworks=("child-protection",), sssc_elements=("protection",)),  # last year
    ]
    s = summarise("SSSC", reg, entries, TODAY)
    checks = {c.label: c.met for c in s.checks}
    assert checks == {"Trauma-informed learning": True, "Child protection learning": False,
                      "Adult support and protection learning": False}
    assert "Communication and relationships" in s.elements_covered
    assert "Protection" in s.elements_missing
    assert not any("social workers" in e for e in s.elements_missing)
    sw = summarise("SSSC", replace(reg, social_worker=True), entries, TODAY)
    assert any("social workers" in e for e in sw.elements_missing)


def test_sssc_funded_elc_needs_twelve_hours():
    reg = Registration(declaration_on=date(2027, 3, 1), funded_elc=True)
    s = summarise("SSSC", reg, [entry(date(2026, 5, 1), 11.75)], TODAY)
    elc = next(c for c in s.checks if "early learning" in c.label)
    assert not elc.met and elc.detail == "11.8 h of 12.0 h"
    s = summarise("SSSC", reg, [entry(date(2026, 5, 1), 12)], TODAY)
    assert next(c for c in s.checks if "early learning" in c.label).met


def test_gtcs_calendar_year_and_signoff():
    reg = Registration(signoff_on=date(2028, 8, 1))
    s = summarise("GTCS", reg, [entry(date(2025, 12, 31), 30), entry(date(2026, 1, 1), 35)], TODAY)
    assert (s.start, s.end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert s.hours == 35 and s.checks[0].met and s.signoff_on == date(2028, 8, 1)


def test_no_regulator_gives_totals_by_year():
    s = summarise("none", Registration(), [entry(date(2025, 2, 1), 2), entry(date(2026, 2, 1), 3.5),
                                           entry(date(2026, 3, 1), 1)], TODAY)
    assert s.checks == () and s.hours_by_year == {2025: 2.0, 2026: 4.5}
