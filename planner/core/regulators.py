"""Each regulator's CPL cycle, as data, and a summary of where a worker stands in it.

- SSSC (since June 2024): an annual declaration; no hours required, but learning is mapped to
  core learning elements, and the year must include trauma-informed learning and child and
  adult protection. Workers in funded early learning and childcare settings still log 12 hours.
- NMC: revalidation every 3 years, with 35 hours of CPD (20 participatory) and 5 written
  reflective accounts in the cycle.
- GTCS: 35 hours of CPD a year; Professional Update sign-off every 5 years.
- None: totals by year.

A cycle ends on its anchor date (the declaration or revalidation date) and covers the years
before it: learning on the anchor date counts in the cycle that ends then, learning on the
same date a cycle earlier counts in the cycle before. With no anchor date set, the cycle is
the calendar year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from planner.core.cpl import SOCIAL_WORKER_ONLY, SSSC_ELEMENT_NAMES, SSSC_ELEMENTS, CplEntry
from planner.core.dates import add_months


@dataclass(frozen=True)
class RegulatorRule:
    code: str
    name: str
    cycle_years: int
    anchor: str | None  # which Registration date ends a cycle
    anchor_label: str = ""
    hours_target: float | None = None
    participatory_target: float | None = None
    reflections_target: int | None = None
    mandatory_frameworks: tuple[str, ...] = ()  # framework codes that must appear in the cycle
    mandatory_topics: tuple[str, ...] = ()
    maps_elements: bool = False
    elc_hours_target: float | None = None  # funded early learning and childcare settings
    signoff_years: int | None = None
    signoff_label: str = ""


RULES: dict[str, RegulatorRule] = {
    "SSSC": RegulatorRule(
        code="SSSC",
        name="Scottish Social Services Council",
        cycle_years=1,
        anchor="declaration_on",
        anchor_label="Annual CPL declaration",
        mandatory_frameworks=("trauma", "child-protection"),
        mandatory_topics=("adult-protection",),
        maps_elements=True,
        elc_hours_target=12,
    ),
    "NMC": RegulatorRule(
        code="NMC",
        name="Nursing and Midwifery Council",
        cycle_years=3,
        anchor="revalidation_on",
        anchor_label="Revalidation",
        hours_target=35,
        participatory_target=20,
        reflections_target=5,
    ),
    "GTCS": RegulatorRule(
        code="GTCS",
        name="General Teaching Council for Scotland",
        cycle_years=1,
        anchor=None,
        hours_target=35,
        signoff_years=5,
        signoff_label="Professional Update sign-off",
    ),
    "none": RegulatorRule(code="none", name="No regulator", cycle_years=1, anchor=None),
}


@dataclass(frozen=True)
class Registration:
    """What a worker tells the app about their registration (all optional)."""

    declaration_on: date | None = None  # SSSC: next annual declaration
    career_pathway: str = ""  # SSSC
    funded_elc: bool = False  # SSSC: works in a funded ELC setting
    revalidation_on: date | None = None  # NMC
    signoff_on: date | None = None  # GTCS Professional Update
    social_worker: bool = False  # SSSC: the two extra elements apply


@dataclass(frozen=True)
class Check:
    label: str
    met: bool
    detail: str


@dataclass(frozen=True)
class CycleSummary:
    regulator: RegulatorRule
    start: date  # first day of the cycle
    end: date  # last day (the anchor date, or 31 Dec)
    anchor_set: bool
    hours: float
    participatory_hours: float
    reflections: int
    entries: int
    checks: tuple[Check, ...]
    elements_covered: tuple[str, ...] = ()
    elements_missing: tuple[str, ...] = ()
    signoff_on: date | None = None
    hours_by_year: dict[int, float] = field(default_factory=dict)


def cycle_bounds(anchor: date | None, years: int, on: date) -> tuple[date, date]:
    """The cycle containing ``on``: (first day, last day), both inclusive."""
    if anchor is None:
        return date(on.year, 1, 1), date(on.year, 12, 31)
    months = 12 * years
    end = anchor
    while end < on:  # the anchor has passed: the next cycle ends one period later
        end = add_months(end, months)
    while add_months(end, -months) >= on:  # the anchor is far ahead: step back
        end = add_months(end, -months)
    start = add_months(end, -months)
    return date.fromordinal(start.toordinal() + 1), end


def summarise(regulator: str, registration: Registration, entries: Iterable[CplEntry], on: date) -> CycleSummary:
    rule = RULES.get(regulator, RULES["none"])
    anchor = getattr(registration, rule.anchor) if rule.anchor else None
    start, end = cycle_bounds(anchor, rule.cycle_years, on)
    all_entries = list(entries)
    by_year: dict[int, float] = {}
    for e in all_entries:
        by_year[e.occurred_on.year] = by_year.get(e.occurred_on.year, 0.0) + e.hours
    mine = [e for e in all_entries if start <= e.occurred_on <= end]
    hours = sum(e.hours for e in mine)
    participatory = sum(e.hours for e in mine if e.participatory)
    reflections = sum(1 for e in mine if e.has_reflection)
    checks: list[Check] = []
    if rule.hours_target is not None:
        checks.append(_target("CPD hours", hours, rule.hours_target, "h"))
    if rule.participatory_target is not None:
        checks.append(_target("of which participatory", participatory, rule.participatory_target, "h"))
    if rule.reflections_target is not None:
        checks.append(_target("Written reflective accounts", reflections, rule.reflections_target, ""))
    if rule.elc_hours_target is not None and registration.funded_elc:
        checks.append(_target("Hours (funded early learning and childcare)", hours, rule.elc_hours_target, "h"))
    frameworks = {f for e in mine for f in e.frameworks}
    topics = {t for e in mine for t in e.topics}
    names = {"trauma": "Trauma-informed learning", "child-protection": "Child protection learning",
             "adult-protection": "Adult support and protection learning"}
    for code in rule.mandatory_frameworks:
        checks.append(Check(names.get(code, code), code in frameworks, "present" if code in frameworks else "missing"))
    for code in rule.mandatory_topics:
        checks.append(Check(names.get(code, code), code in topics, "present" if code in topics else "missing"))
    covered: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    if rule.maps_elements:
        wanted = [c for c, _ in SSSC_ELEMENTS if registration.social_worker or c not in SOCIAL_WORKER_ONLY]
        got = {el for e in mine for el in e.sssc_elements}
        covered = tuple(SSSC_ELEMENT_NAMES[c] for c in wanted if c in got)
        missing = tuple(SSSC_ELEMENT_NAMES[c] for c in wanted if c not in got)
    signoff = registration.signoff_on if rule.signoff_years else None
    return CycleSummary(
        regulator=rule,
        start=start,
        end=end,
        anchor_set=anchor is not None,
        hours=hours,
        participatory_hours=participatory,
        reflections=reflections,
        entries=len(mine),
        checks=tuple(checks),
        elements_covered=covered,
        elements_missing=missing,
        signoff_on=signoff,
        hours_by_year=dict(sorted(by_year.items())),
    )


def _target(label: str, value: float, target: float, unit: str) -> Check:
    shown = f"{value:.1f}" if unit == "h" else f"{value:g}"
    goal = f"{target:.1f}" if unit == "h" else f"{target:g}"
    suffix = " h" if unit == "h" else ""
    return Check(label, value >= target, f"{shown}{suffix} of {goal}{suffix}")
