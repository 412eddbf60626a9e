from __future__ import annotations

from datetime import date

import pytest

from planner.core.dates import add_months, parse_iso, uk
from planner.core.errors import UserError
from planner.core.model import Completion, RoleAssignment
from planner.core.pathway import pathway
from planner.core.status import State, evaluate
from tests.unit.core.factory import catalogue

ON = date(2026, 11, 22)


def test_pathway_order_and_options():
    cat = catalogue()
    roles = [RoleAssignment("care", date(2026, 1, 1))]
    comps = [Completion("m-c12", date(2023, 12, 15))]  # CP expiring in 23 days
    steps = pathway(evaluate(roles, comps, cat, ON), cat)
    labels = [s.label for s in steps]
    assert labels == [
        "Trauma – Informed",
        "Trauma – Skilled",
        "FA First aid",
        "Child protection – Wider",
        "Child protection – General",
    ]
    assert [s.state for s in steps] == [State.OVERDUE] * 3 + [State.EXPIRING] * 2
    # shortest module first; the retired module is never offered
    assert [m.code for m in steps[0].options] == ["T1", "T1B"]
    assert [m.code for m in steps[1].options] == ["T2"]
    assert steps[3].expires_on == date(2026, 12, 15)


def test_uk_dates():
    assert uk(date(2026, 11, 22)) == "22 Nov 2026"
    assert uk(date(2026, 3, 3)) == "3 Mar 2026"
    assert uk(None) == ""


def test_parse_iso_message():
    assert parse_iso("2026-02-28") == date(2026, 2, 28)
    with pytest.raises(UserError, match="use YYYY-MM-DD"):
        parse_iso("22/11/2026")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 12, 15), 36, date(2026, 12, 15)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


def test_a_stored_utc_moment_is_dated_on_this_computer_s_clock(monkeypatch):
    import time

    from planner.core.dates import local_date

    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        # 23:30 UTC on a summer evening is already the next day in the UK (BST)
        assert local_date("2026-06-30T23:30:00+00:00") == date(2026, 7, 1)
        assert local_date("2026-11-22T23:30:00+00:00") == date(2026, 11, 22)  # GMT in winter
    finally:
        monkeypatch.undo()
        time.tzset()
