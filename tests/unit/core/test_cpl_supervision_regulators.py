"""CPL checks, supervision status, and each regulator's cycle, at its boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.cpl import CplEntry, check_entry
from planner.core.errors import UserError
from planner.core.history import coverage
from planner.core.hours import hours_text, total
from planner.core.model import Catalogue, Framework, Level, Module, RoleAssignment
from planner.core.regulators import (
    Registration,
    RegulatorSettings,
    Revalidation,
    cycle_bounds,
    sssc_registration_steps,
    summarise,
)
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
    with pytest.raises(UserError, match=message):
        check_entry(when, title, kind, hours, TODAY)


def test_good_entry_today_with_zero_hours_is_fine():
    check_entry(TODAY, "Read a practice note", "reading", 0, TODAY)
    check_entry(TODAY, "Shadowed a colleague", "shadowing", 2.75, TODAY)


def test_session_checks():
    check_session(TODAY, "one-to-one", 60, TODAY)
    with pytest.raises(UserError, match="future"):
        check_session(date(2027, 1, 1), "group", 60, TODAY)
    with pytest.raises(UserError, match="Kind"):
        check_session(TODAY, "chat", 60, TODAY)
    with pytest.raises(UserError, match="at least one minute"):
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
@given(
    st.lists(st.dates(date(2020, 1, 1), date(2027, 12, 31)), max_size=5),
    st.dates(date(2020, 1, 1), date(2027, 12, 31)),
    st.dates(date(2019, 1, 1), date(2027, 12, 31)),
    st.integers(7, 120),
)
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


def test_nmc_counts_hours_participatory_and_reflective_accounts_inside_the_cycle_only():
    reg = Registration(revalidation_on=date(2027, 6, 30))
    entries = [
        entry(date(2024, 6, 30), 10, participatory=True),  # the day the last cycle ended: not this one
        entry(date(2024, 7, 1), 20, participatory=True, learned="x", reflective_account=True),  # first day
        entry(date(2026, 5, 1), 15, learned="y", practice_change="z"),  # a reflection, not an NMC account
    ]
    s = summarise("NMC", reg, entries, TODAY)
    assert (s.start, s.end) == (date(2024, 7, 1), date(2027, 6, 30))
    assert s.hours == 35 and s.participatory_hours == 20 and s.reflections == 2 and s.reflective_accounts == 1
    checks = {c.code: c for c in s.checks}
    assert checks["cpd-hours"].met and checks["participatory-hours"].met
    assert not checks["reflective-accounts"].met and checks["reflective-accounts"].detail == "1 of 5"
    assert [e.occurred_on for e in checks["reflective-accounts"].evidence] == [date(2024, 7, 1)]
    # the checklist a line manager confirms: nothing recorded yet, so nothing met
    for code in (
        "feedback",
        "practice-hours",
        "reflective-discussion",
        "health-character",
        "indemnity",
        "confirmation",
    ):
        assert not checks[code].met, code


def test_nmc_checklist_for_the_cycle_counts():
    reg = Registration(revalidation_on=date(2027, 6, 30))
    done = Revalidation(
        date(2027, 6, 30),
        practice_hours=450,
        feedback=5,
        discussion_on=date(2027, 5, 1),
        discussion_with="A. Nurse",
        confirmer="Line Manager",
        confirmed_on=date(2027, 5, 2),
        health_character=True,
        indemnity=True,
    )
    s = summarise("NMC", reg, [], date(2027, 6, 1), revalidation=done)
    checks = {c.code: c.met for c in s.checks}
    assert all(
        checks[c]
        for c in (
            "feedback",
            "practice-hours",
            "reflective-discussion",
            "health-character",
            "indemnity",
            "confirmation",
        )
    )
    assert (
        not summarise("NMC", reg, [], date(2027, 6, 1), revalidation=replace(done, dual_registration=True))
        .check("practice-hours")
        .met
    )
    # a checklist kept for another cycle does not count for this one
    assert not summarise("NMC", reg, [], date(2027, 8, 1), revalidation=done).check("feedback").met


def test_nmc_without_a_date_judges_nothing():
    s = summarise("NMC", Registration(), [entry(date(2026, 5, 1), 40, participatory=True)], TODAY)
    assert s.needs_date and s.checks == () and s.start is None and s.end is None
    assert "revalidation" in s.notes[0] and s.hours_by_year == {2026: 40.0}


def test_sssc_mandatory_learning_follows_the_workers_year_and_elements_the_register_part():
    reg = Registration(declaration_on=date(2027, 3, 1))
    entries = [
        entry(date(2026, 4, 1), topics=("trauma",), sssc_elements=("communication",)),
        entry(date(2026, 3, 1), topics=("child-protection",), sssc_elements=("protection",)),  # the year before
        entry(date(2026, 9, 1), topics=("adult-protection",), sssc_elements=("protection",)),
    ]
    s = summarise("SSSC", reg, entries, TODAY)
    checks = {c.code: c for c in s.checks}
    assert {c: checks[c].met for c in ("trauma", "child-protection", "adult-protection")} == {
        "trauma": True,
        "child-protection": False,
        "adult-protection": True,
    }
    assert [e.occurred_on for e in checks["trauma"].evidence] == [date(2026, 4, 1)]
    assert "Communication and relationships" in s.elements_covered
    assert not any("social workers" in e for e in s.elements_missing)
    sw = summarise("SSSC", replace(reg, social_worker=True), entries, TODAY)
    assert any("social workers" in e for e in sw.elements_missing)


def test_sssc_year_follows_the_registration_date_when_no_declaration_date_is_given():
    s = summarise("SSSC", Registration(registered_on=date(2023, 7, 5)), [], TODAY)
    assert (s.start, s.end) == (date(2026, 7, 5), date(2027, 7, 4)) and s.anchor_set  # from the registration day
    first = summarise("SSSC", Registration(registered_on=date(2021, 11, 27)), [], date(2021, 11, 27))
    assert (first.start, first.end) == (date(2021, 11, 27), date(2022, 11, 26))
    s = summarise("SSSC", Registration(), [], TODAY)
    assert (s.start, s.end) == (date(2026, 1, 1), date(2026, 12, 31)) and not s.anchor_set and s.notes


def test_sssc_new_starter_registration_deadlines():
    started = date(2026, 9, 1)
    s = summarise("SSSC", Registration(), [], TODAY, started_on=started)
    assert s.check("sssc-apply").detail == "due by 1 Dec 2026" and not s.check("sssc-apply").met
    assert s.check("sssc-register").detail == "due by 1 Mar 2027"
    s = summarise("SSSC", Registration(applied_on=date(2026, 10, 1)), [], TODAY, started_on=started)
    assert s.check("sssc-apply").met and not s.check("sssc-register").met
    s = summarise("SSSC", Registration(registration_no="1234567"), [], TODAY, started_on=started)
    assert s.check("sssc-apply").met and s.check("sssc-register").met
    steps = sssc_registration_steps(started, Registration(registered_on=date(2027, 1, 10)), TODAY)
    assert [st.done for st in steps] == [False, False]  # registered later than the date asked about


def test_sssc_funded_elc_hours_come_from_the_setting():
    reg = Registration(declaration_on=date(2027, 3, 1), funded_elc=True)
    s = summarise("SSSC", reg, [entry(date(2026, 5, 1), 11.75)], TODAY)
    elc = s.check("elc-hours")
    assert not elc.met and elc.detail == "11.75 of 12 h"
    assert summarise("SSSC", reg, [entry(date(2026, 5, 1), 12)], TODAY).check("elc-hours").met
    assert (
        summarise("SSSC", reg, [entry(date(2026, 5, 1), 11.75)], TODAY, RegulatorSettings(elc_hours=10))
        .check("elc-hours")
        .met
    )
    assert summarise("SSSC", replace(reg, funded_elc=False), [], TODAY).check("elc-hours") is None


def test_gtcs_professional_update_over_the_school_session():
    reg = Registration(signoff_on=date(2028, 8, 1), details_updated_on=date(2026, 8, 20), prd_on=date(2026, 5, 1))
    entries = [entry(date(2026, 7, 31), 30), entry(date(2026, 8, 1), 35)]
    s = summarise("GTCS", reg, entries, TODAY)
    assert (s.start, s.end) == (date(2026, 8, 1), date(2027, 7, 31))
    assert s.hours == 35 and s.signoff_due == date(2028, 7, 1)
    checks = {c.code: c.met for c in s.checks}
    assert checks == {"details-updated": True, "learning-record": True, "prd": False}  # no 35 h without SNCT
    snct = summarise("GTCS", replace(reg, snct=True), entries, TODAY)
    assert snct.check("snct-hours").met and snct.check("snct-hours").detail == "35 of 35 h"
    associate = summarise("GTCS", replace(reg, associate=True), entries, TODAY)
    assert associate.signoff_exempt and associate.signoff_due is None
    late = summarise("GTCS", replace(reg, signoff_on=date(2026, 7, 1)), entries, TODAY)
    assert not late.check("signoff").met and "was due by 1 Jul 2026" in late.check("signoff").detail


def test_no_regulator_gives_totals_by_year():
    s = summarise(
        "none",
        Registration(),
        [entry(date(2025, 2, 1), 2), entry(date(2026, 2, 1), 3.5), entry(date(2026, 3, 1), 1)],
        TODAY,
    )
    assert s.checks == () and s.hours_by_year == {2025: 2.0, 2026: 4.5}


def test_coverage_from_module_and_frameworks():
    """What an entry covers: its own ticks, its module's levels, topics and elements; trauma and
    child protection frameworks are topics too, and topics cover the SSSC elements that must
    include them."""
    cp = Framework("CPX", "child-protection", "Child protection", (Level("CPX1", "CPX", 1, "Wider"),))
    asp = Module("m-asp", "ASP", "Adult protection", topics=("adult-protection",), sssc_elements=("knowledge",))
    cp_module = Module("m-cp", "CPW", "CP wider", grants=frozenset({"CPX1"}))
    cat = Catalogue((TRAUMA, cp), (*MODULES, asp, cp_module), ROLES)
    got = coverage(entry(TODAY, module_id="m-asp"), cat)
    assert got.topics == ("adult-protection",) and got.sssc_elements == ("knowledge", "protection")
    got = coverage(entry(TODAY, module_id="m-cp"), cat)
    assert got.frameworks == ("child-protection",) and got.topics == ("child-protection",)
    got = coverage(entry(TODAY, frameworks=("trauma",)), cat)
    assert got.topics == ("trauma",) and got.sssc_elements == ("communication",)
    assert coverage(entry(TODAY, module_id="m-t2"), cat).frameworks == ("trauma",)


def test_hours_are_shown_exactly():
    assert [hours_text(h) for h in (1.25, 1.5, 2.0, 0, 0.75, 12.0, None)] == ["1.25", "1.5", "2", "0", "0.75", "12", ""]
    assert total([0.25] * 7) == 1.75
